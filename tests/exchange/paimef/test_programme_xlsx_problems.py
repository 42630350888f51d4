"""A filled template read back: every problem at once by cell, dates as typed, formulas."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.exchange.paimef.xlsx_reading import MAX_LISTED_PROBLEMS, programme_from_xlsx
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_programme import import_programme
from tests.exchange.paimef.template_edits import Cell, bad_amounts, edited_template
from tests.paimef_builders import programme

AUTHOR = Author("Enlace PAIMEF", "mlopez")
TODAY = date(2026, 3, 20)
# One problem per cell, three of them in one acción's row (C6, H6 and the formula in G6).
PROBLEMS: dict[Cell, tuple[object, str]] = {
    ("Metas", "E2"): ("abc", "«abc» no es una cantidad"),
    ("Programa Anual", "H6"): ("diez", "«diez» no es un monto"),
    ("Programa Anual", "C6"): ("Z-IX", "«Z-IX» no es una línea de acción"),
    ("Programa Anual", "G6"): ("=H6/2", "hay una fórmula («=H6/2»); escriba la cifra"),
    ("Programa Anual", "D7"): ("", "no puede quedar vacío"),
    ("Programa Anual", "B2"): ("dos mil", "«dos mil» no es un ejercicio fiscal"),
    ("Fechas", "C5"): ("31/02/2026", "la fecha «31/02/2026» no existe en el calendario"),
}


def _read(path: Path) -> PaimefFormatError:
    with pytest.raises(PaimefFormatError) as refused:
        programme_from_xlsx(path.read_bytes(), path.name)
    return refused.value


def test_every_problem_of_the_workbook_is_named_at_once(tmp_path: Path) -> None:
    # Three problems took three imports: each refusal named only the first cell it met.
    path = edited_template(
        tmp_path / "programa.xlsx", {cell: typed for cell, (typed, _) in PROBLEMS.items()}
    )

    refused = _read(path)

    assert str(refused) == f"programa.xlsx tiene {len(PROBLEMS)} problemas."
    assert len(refused.lines()) == len(PROBLEMS)
    for (sheet, cell), (_typed, reason) in PROBLEMS.items():
        said = f"programa.xlsx, hoja «{sheet}», celda {cell}: {reason}"
        assert any(line.startswith(said) for line in refused.lines()), (said, refused.lines())


def test_one_problem_is_said_as_before(tmp_path: Path) -> None:
    path = edited_template(tmp_path / "programa.xlsx", {("Programa Anual", "H6"): "diez"})

    refused = _read(path)

    assert str(refused).startswith("programa.xlsx, hoja «Programa Anual», celda H6: «diez»")
    assert refused.lines() == [str(refused)]


def test_a_workbook_with_problems_changes_nothing_stored(tmp_path: Path) -> None:
    path = edited_template(
        tmp_path / "programa.xlsx", {cell: typed for cell, (typed, _) in PROBLEMS.items()}
    )
    copies = tmp_path / "copias"
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), AUTHOR, "prueba", [])
        before = list(store._db.conn.iterdump())

        with pytest.raises(PaimefFormatError) as refused:
            import_programme(store, path, AUTHOR, TODAY, backups=copies, replacing=True)

        assert len(refused.value.lines()) == len(PROBLEMS)
        assert list(store._db.conn.iterdump()) == before
    assert not copies.exists()


def test_a_long_list_of_problems_is_cut_and_says_how_many_more(tmp_path: Path) -> None:
    rows = MAX_LISTED_PROBLEMS + 37
    path = edited_template(tmp_path / "programa.xlsx", bad_amounts(rows))

    refused = _read(path)

    assert str(refused) == f"programa.xlsx tiene {rows} problemas."
    lines = refused.lines()
    assert len(lines) == MAX_LISTED_PROBLEMS + 1
    assert lines[0].startswith("programa.xlsx, hoja «Programa Anual», celda G10: «diez»")
    assert lines[-1] == "… y 37 más."


@pytest.mark.parametrize(
    "typed",
    ["13/03/2026", "13/3/2026", " 2026-03-13 ", datetime(2026, 3, 13)],
    ids=["dd-mm-aaaa", "d-m-aaaa", "iso", "excel-date"],
)
def test_a_date_is_read_as_the_window_reads_it(tmp_path: Path, typed: object) -> None:
    # «13/03/2026» typed as text was refused («escríbala como AAAA-MM-DD»), though the window
    # and the README take it.
    path = edited_template(tmp_path / "programa.xlsx", {("Fechas", "C4"): typed})

    read = programme_from_xlsx(path.read_bytes(), path.name)

    assert read.dates["observaciones_ajuste_estructural"] == date(2026, 3, 13)


@pytest.mark.parametrize(
    ("cell", "formula", "what"),
    [
        ("G6", "=G7/2", "la cifra"),
        ("H7", "=SUM(G6:G9)", "la cifra"),
        ("D6", '=CONCAT("Taller ", A6)', "el texto"),
    ],
)
def test_a_formula_is_named_as_a_formula(
    tmp_path: Path, cell: str, formula: str, what: str
) -> None:
    # «=G6/2» was read as an empty cell: «falta el monto».
    path = edited_template(tmp_path / "programa.xlsx", {("Programa Anual", cell): formula})

    refused = _read(path)

    assert str(refused) == (
        f"programa.xlsx, hoja «Programa Anual», celda {cell}: hay una fórmula («{formula}»); "
        f"escriba {what}."
    )


def test_a_date_written_by_a_formula_is_named_as_a_formula(tmp_path: Path) -> None:
    path = edited_template(tmp_path / "programa.xlsx", {("Fechas", "C5"): "=TODAY()"})

    assert str(_read(path)) == (
        "programa.xlsx, hoja «Fechas», celda C5: hay una fórmula («=TODAY()»); escriba la fecha."
    )
