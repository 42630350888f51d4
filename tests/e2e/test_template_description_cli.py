"""``programa importar``: a description retyped in case and accents only is a meta changed."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from ism_desktop.domain.audit import FieldChange
from ism_desktop.store.store import Store
from tests.e2e.year_helpers import fill_template, ok

STUDIES = "ESTUDIOS SOCIOECONÓMICOS"
RETYPED = "Estudios socioeconomicos"


def test_a_description_retyped_in_case_only_is_counted_and_kept_in_the_history(
    tmp_path: Path, seed_path: Path
) -> None:
    database = tmp_path / "coordinadora.sqlite3"
    template = tmp_path / "programa_2025.xlsx"
    ok("import-etca", seed_path, "--db", database)
    ok("programa", "nuevo", "--ejercicio", "2025", "--desde", "2024", "--db", database)
    ok("programa", "plantilla", "--ejercicio", "2025", "--out", template, "--db", database)
    fill_template(template, {"MET": (10, 10, 10, 10), "NUM": (5, 5, 5, 5), "DEN": (10,) * 4})
    importing = ("programa", "importar", template, "--ejercicio", "2025", "--db", database)
    ok(*importing)
    book = openpyxl.load_workbook(template)
    [cell] = [row[3] for row in book["004"].iter_rows(min_row=5) if row[3].value == STUDIES]
    cell.value = RETYPED
    book.save(template)

    retyped = ok(*importing).strip()
    again = ok(*importing).strip()

    assert retyped == "Programa 2025: 0 metas nuevas, 1 cambiada, 0 retiradas."
    assert again == (
        "Programa 2025: la plantilla es igual al programa guardado; no se cambió nada."
    )
    with Store.open(database) as store:
        [meta] = [m for m in store.reports.load_year_metas(2025) if m.description == RETYPED]
        history = store.edits.history(2025, meta.stable_id)
    described = [line for line in history if line.change.field == "descripcion"]
    assert [line.change for line in described] == [
        FieldChange("descripcion", "Descripción", STUDIES, RETYPED)
    ]
    assert described[0].author.profile == "Unidad coordinadora (línea de comandos)"
