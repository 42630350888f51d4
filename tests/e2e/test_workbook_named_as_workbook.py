"""A unit's filled workbook is named as what it is where it is received, listed and recorded.

It carries no sending number (the program numbers it as the next of the unit), yet the receipt,
the status board and the history called it «envío número 1», a package the unit never sent.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_author import author_in_words, user_in_words
from ism_desktop.store.store import Store
from tests.e2e.year_helpers import ok

pytestmark = pytest.mark.e2e


def _filled_workbook(database: Path, out: Path, quarter: int = 2) -> Path:
    """Unit 004's workbook of ``quarter``, written by the coordinator, filled as by a person."""
    made = ("libro", "--unidad", "004", "--trimestre", str(quarter), "--out", out)
    path = Path(ok(*made, "--db", database))
    path = Path(str(path).strip())
    book = openpyxl.load_workbook(path)
    rows = list(book["ismavance"].iter_rows(values_only=True))
    sheet = book[str(rows[5][1])]
    achieved = next(int(c.column) for c in sheet[5] if c.value == "REALIZADO")
    for index, row in enumerate(rows[7:]):
        top, evaluation = int(row[1]), int(row[2])
        sheet.cell(top + 1, achieved + quarter - 1, 10 + index)
        if sheet.cell(top, 3).value == "P":
            sheet.cell(top + 2, achieved + quarter - 1, 20 + index)
        sheet.cell(evaluation, 1, f"SE REALIZARON {10 + index} ACCIONES EN EL TRIMESTRE.")
    book.save(path)
    return path


def test_the_workbook_is_said_as_the_units_workbook(tmp_path: Path, seed_path: Path) -> None:
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    path = _filled_workbook(database, tmp_path)

    review = ok("import-package", "--db", database, path, "--dry-run")
    received = ok("import-package", "--db", database, path)
    board = ok("status", "--db", database, "--trimestre", "2")

    for said in (review, received):
        assert "libro de excel de la unidad 004" in said.lower(), said
        assert "envío número" not in said
    assert (
        f"Recibido «{path.name}»: libro de Excel de la unidad 004, ejercicio 2024, trimestre 2;"
    ) in received
    (row,) = [line for line in board.splitlines() if line.startswith("004 ")]
    assert " libro de Excel " in row
    with Store.open(database) as store:
        report = store.reports.load(year=2024)
        assert report is not None
        meta = report.metas_of(UnitCode("004"))[0]
        (entry, *_) = reversed(store.edits.history(2024, meta.stable_id))
    assert author_in_words(entry.author.profile) == "Libro de Excel de la unidad 004"
    assert user_in_words(entry.author.profile, "luz") == "luz (recibió el libro de Excel)"


def test_the_workbook_after_a_workbook_names_the_one_before_as_a_workbook(
    tmp_path: Path, seed_path: Path
) -> None:
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    ok("import-package", "--db", database, _filled_workbook(database, tmp_path / "t2"))
    third = _filled_workbook(database, tmp_path / "t3", quarter=3)

    review = ok("import-package", "--db", database, third, "--dry-run")

    assert "(el anterior fue el libro de Excel)." in review, review
    assert "envío número" not in review
