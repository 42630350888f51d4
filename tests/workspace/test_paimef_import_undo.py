"""A Programa Anual imported from the PAIMEF window is an undo step: Deshacer brings back the one
it replaced, whole (acciones in their order, dates, institution), through the audited write.

It was no step: after a wrong import only the backup brought the previous programme back, and
the steps before it that it touched were refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.programme import AnnualProgramme
from ism_desktop.store.store import Store
from ism_desktop.workspace.changes import UndoRefusedError
from ism_desktop.workspace.paimef_programme import StoredProgrammeError, write_programme_file
from ism_desktop.workspace.paimef_undo import PaimefEditing
from tests.e2e.cli_runner import paimef_history_listed
from tests.paimef_builders import action, programme

AUTHOR = Author("Enlace PAIMEF", "ana")
TODAY = date(2026, 3, 20)
# The file imported: A.1's amount changed, A.2 gone, A.9 new, the order and institution not
# those stored, a date changed and one added.
IMPORTED = replace(
    programme(
        action("C.1", "C", "C-II", "40000.00"),
        action("A.1", "A", "A-I", "31000.00"),
        action("B.1", "B", "B-II", "25000.00", exercised=Decimal("24999.99")),
        action("A.9", "A", "A-I", "1000.00"),
    ),
    institution="ISM Sonora",
    dates={"firma_instrumento": date(2026, 3, 20), "entrega_informe_parcial": date(2026, 12, 1)},
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "datos.sqlite3") as opened:
        opened.paimef.replace(programme(), AUTHOR, "prueba", [])
        yield opened


def _file(tmp_path: Path, imported: AnnualProgramme = IMPORTED) -> Path:
    path = tmp_path / "programa_nuevo.json"
    write_programme_file(imported, path, replacing=True)
    return path


def test_deshacer_brings_back_the_programme_the_import_replaced(
    store: Store, tmp_path: Path
) -> None:
    editing = PaimefEditing(store, AUTHOR, TODAY)
    change = editing.import_file(_file(tmp_path), replacing=True)
    assert change.backup is not None  # a copy first, as before
    assert store.paimef.load(2026) == IMPORTED
    step = editing.history.to_undo()
    assert step is not None
    assert step.description == "importación de programa_nuevo.json"

    said = editing.undo().said

    assert store.paimef.load(2026) == programme()  # whole: order, dates, institution
    assert said.startswith("Se deshizo: ")
    last = store.paimef.history(2026)[-1]
    assert (last.what, last.author) == ("deshacer: importación de programa_nuevo.json", AUTHOR)
    editing.redo()
    assert store.paimef.load(2026) == IMPORTED
    assert store.paimef.history(2026)[-1].what == "rehacer: importación de programa_nuevo.json"


def test_an_import_of_a_new_year_undone_leaves_no_programme(store: Store, tmp_path: Path) -> None:
    editing = PaimefEditing(store, AUTHOR, TODAY)
    editing.import_file(_file(tmp_path, replace(IMPORTED, year=2027)))
    assert store.paimef.years() == [2026, 2027]

    said = editing.undo().said

    assert store.paimef.years() == [2026]
    # Not «3 cambios»: that nothing is left of the year is what the person needs to read.
    assert said == (
        "Se deshizo: importación de programa_nuevo.json: el ejercicio 2027 queda sin Programa "
        "Anual."
    )
    assert store.paimef.history(2027)[-1].what == "deshacer: importación de programa_nuevo.json"


def test_a_programme_changed_since_the_import_is_not_undone(store: Store, tmp_path: Path) -> None:
    editing = PaimefEditing(store, AUTHOR, TODAY)
    editing.import_file(_file(tmp_path), replacing=True)
    changed = replace(IMPORTED, institution="Otro")
    store.paimef.replace(changed, AUTHOR, "un comando", ["Institución cambiada."])

    assert editing.refusals()[0] is not None
    with pytest.raises(UndoRefusedError) as refused:
        editing.undo()

    said = str(refused.value)
    assert said.startswith("No se puede deshacer «importación de programa_nuevo.json»: el ")
    assert "Programa Anual 2026 cambió después de ese paso" in said
    assert said.endswith("No se cambió nada.")
    assert store.paimef.load(2026) == changed


def test_nothing_imported_is_no_step(store: Store, tmp_path: Path) -> None:
    editing = PaimefEditing(store, AUTHOR, TODAY)
    with pytest.raises(StoredProgrammeError, match="Ya hay un Programa Anual PAIMEF 2026 guardado"):
        editing.import_file(_file(tmp_path))  # not agreed to replace the stored one
    editing.import_file(_file(tmp_path, programme()), replacing=True)  # the same as stored

    assert len(editing.history) == 0


def test_an_import_of_a_new_year_undone_writes_one_history_line(
    store: Store, tmp_path: Path
) -> None:
    # It wrote one line per acción removed, and «Queda sin Programa Anual.», where the import
    # had written one: «Programa Anual 2027 nuevo, 4 acciones.».
    editing = PaimefEditing(store, AUTHOR, TODAY)
    editing.import_file(_file(tmp_path, replace(IMPORTED, year=2027)))
    editing.undo()

    listed = paimef_history_listed(tmp_path / "datos.sqlite3", 2027, tmp_path / "datos_cli")
    assert listed == [  # the newest first
        (
            "deshacer: importación de programa_nuevo.json",
            "Programa Anual 2027 quitado, 4 acciones: el ejercicio queda sin Programa Anual.",
        ),
        ("importación de programa_nuevo.json", "Programa Anual 2027 nuevo, 4 acciones."),
    ]
