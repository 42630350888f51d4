"""A unit without the program: its workbook out, filled in Excel, back in as its package."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import ok

pytestmark = pytest.mark.e2e


def _places(book: openpyxl.Workbook) -> tuple[str, list[tuple[str, int, int]]]:
    rows = list(book["ismavance"].iter_rows(values_only=True))
    return str(rows[5][1]), [(str(r[0]), int(r[1]), int(r[2])) for r in rows[7:]]


def _column(sheet: openpyxl.worksheet.worksheet.Worksheet, title: str) -> int:
    return next(int(c.column) for c in sheet[5] if c.value == title)


def test_the_workbook_goes_out_and_comes_back(tmp_path: Path, seed_path: Path) -> None:
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    path = Path(
        ok(
            "libro", "--unidad", "004", "--trimestre", "2", "--out", tmp_path, "--db", database
        ).strip()
    )
    assert path.name == "ETCA-III-04_2024_T2_libro_unidad_004.xlsx"
    book = openpyxl.load_workbook(path)
    name, places = _places(book)
    sheet = book[name]
    achieved = _column(sheet, "REALIZADO")
    assert len(places) == 7
    assert sheet.protection.sheet
    first_top = places[0][1]
    assert not sheet.cell(first_top + 1, achieved + 1).protection.locked  # T2 open
    assert sheet.cell(first_top + 1, achieved).protection.locked  # T1 closed
    assert sheet.cell(first_top + 1, achieved - 5).protection.locked  # modified closed
    assert not sheet.cell(places[0][2], 1).protection.locked  # the evaluation

    # Filled as a person would: every NUM (and DEN) of T2 and every evaluation.
    for index, (_, top, evaluation) in enumerate(places):
        sheet.cell(top + 1, achieved + 1, 10 + index)
        if sheet.cell(top, 3).value == "P":
            sheet.cell(top + 2, achieved + 1, 20 + index)
        sheet.cell(evaluation, 1, f"SE REALIZARON {10 + index} ACCIONES EN EL TRIMESTRE.")
    # And, with the sheet unprotected, a «correction» of the first quarter: not taken, but said.
    sheet.protection.sheet = False
    sheet.cell(first_top + 1, achieved, 999)
    book.save(path)
    wrong = tmp_path / "con_errores.xlsx"
    shutil.copy(path, wrong)
    bad = openpyxl.load_workbook(wrong)
    bad_sheet = bad[name]
    top = places[1][1]
    bad_sheet.cell(top + 1, achieved + 1, "diez")
    original = _column(bad_sheet, "PROGRAMADO ORIGINAL")
    bad_sheet.cell(top + 1, original, 99999)
    bad.save(wrong)
    before = json.loads(ok("dump", "--db", database))

    refused = run_cli("import-package", "--db", database, wrong)

    assert refused.returncode == 2
    letter = chr(64 + achieved + 1)
    assert f"Hoja {name}, celda {letter}{top + 1}: «diez» no es una cifra" in refused.stderr
    assert (
        f"celda {chr(64 + original)}{top + 1}: lo programado original no cambia" in refused.stderr
    )
    assert json.loads(ok("dump", "--db", database)) == before

    review = ok("import-package", "--db", database, path, "--dry-run")
    assert "Realizado T2 (NUM): (vacío) → 10" in review
    received = ok("import-package", "--db", database, path)
    assert (
        f"  Aviso: hoja {name}, celda {chr(64 + achieved)}{first_top + 1}: el realizado NUM de "
        "T1 dice 999 y esta base tiene 386; esa celda está bloqueada en el libro y no se toma"
    ) in received
    after = json.loads(ok("dump", "--db", database, "--trimestre", "2"))
    metas = {m["id"]: m for m in after["metas"]}
    first = metas[places[0][0]]
    assert first["num"][11] == 10
    assert first["num"][10] == 386
    assert first["evaluacion"]["2"] == "SE REALIZARON 10 ACCIONES EN EL TRIMESTRE."
    assert {"unidad": "004", "trimestre": 2, "cerrado": True, "fecha_entrega": None} in after[
        "cierres"
    ]
    # Received once, the quarter is closed: the same workbook again is refused.
    again = run_cli("import-package", "--db", database, path)
    assert again.returncode == 2


def test_a_workbook_already_in_the_folder_is_not_replaced_without_being_asked(
    tmp_path: Path, seed_path: Path
) -> None:
    # The unit sends back its filled workbook under the same name: writing the blank one again
    # into that folder replaced what the unit had typed, without a word.
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    made = ("libro", "--unidad", "004", "--trimestre", "1", "--out", tmp_path, "--db", database)
    path = Path(ok(*made).strip())
    book = openpyxl.load_workbook(path)
    book["004"]["P11"] = 450
    book.save(path)
    filled = path.read_bytes()

    again = run_cli(*made)

    assert again.returncode == 2
    assert again.stderr == (
        f"Error: ya existe «{path.name}» en «{tmp_path}» (¿el libro que la unidad llenó?); no "
        "se escribió nada. Para escribirlo de nuevo en su lugar, agregue --reemplazar.\n"
    )
    assert path.read_bytes() == filled
    assert Path(ok(*made, "--reemplazar").strip()) == path
    assert openpyxl.load_workbook(path)["004"]["P11"].value == 386


def test_the_coordinators_own_unit_gets_no_workbook(tmp_path: Path, seed_path: Path) -> None:
    # Its metas are typed in this database: a filled workbook of 002 is refused on receipt
    # («el paquete es de la unidad 002, que es esta misma»), so writing it wasted a unit's work.
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    before = database.read_bytes()
    out = tmp_path / "libros"

    result = run_cli("libro", "--unidad", "002", "--trimestre", "1", "--out", out, "--db", database)

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Error: la unidad 002 es esta unidad coordinadora")
    assert "No se escribió nada." in result.stderr
    assert not out.exists() or list(out.iterdir()) == []
    assert database.read_bytes() == before
