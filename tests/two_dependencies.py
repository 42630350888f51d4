"""A state's report of two dependencies whose unit codes repeat, generated as bench's is."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from bench.generate_state_report import build
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import Role
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.store.store import Store

# In the report written: 003 and 004 stand under both dependencies, 51 and 84; 002 too.
SHARED = UnitCode("003")
DELIVERED, AWAITED = "51", "84"


def _built() -> tuple[str, list[dict[str, object]]]:
    return build(metas=60, dependencies=2, seed=7)


def printed_descriptions() -> dict[tuple[str, str], list[str]]:
    """Per (dependency, unit code), the metas' descriptions as the generator printed them.

    What the report says, not what the program read of it: expected values for its outputs.
    """
    printed: dict[tuple[str, str], list[str]] = {}
    for meta in _built()[1]:
        key = (str(meta["dependency"]), str(meta["unit"]))
        printed.setdefault(key, []).append(str(meta["description"]))
    return printed


def printed_unit_names() -> dict[tuple[str, str], str]:
    """Per (dependency, unit code), the unit's name as the generator printed it."""
    return {(str(m["dependency"]), str(m["unit"])): str(m["unit_name"]) for m in _built()[1]}


def one_unit_s_mets(workbook: Path) -> list[str]:
    """The descriptions of a one-unit report workbook's metas, each on one line.

    Its second sheet is the unit's (the first, the summary); there is no third.
    """
    book = openpyxl.load_workbook(workbook)
    assert len(book.sheetnames) == 2
    sheet = book.worksheets[1]
    return [
        " ".join(str(sheet.cell(row, 1).value).split())
        for row in range(7, sheet.max_row + 1)
        if sheet.cell(row, 5).value == "MET"
    ]


def state_report(folder: Path) -> Path:
    """The generated report's text (60 metas, dependencies 51 and 84), written in ``folder``."""
    text, _expected = _built()
    source = folder / "estatal.txt"
    source.write_text(text, encoding="utf-8")
    return source


def state_database(folder: Path, name: str = "coordinadora.sqlite3") -> Path:
    """A database in ``folder`` with the report imported (no identity: known as nobody's)."""
    path = folder / name
    with Store.open(path) as store:
        import_etca_file(state_report(folder), store.reports)
        assert {(DELIVERED, "002"), (AWAITED, "002")} <= set(store.reports.year_units(2024))
    return path


def known_unit_database(folder: Path) -> Path:
    """A unit's database in ``folder`` with both 003s, known as 84's (its base named it)."""
    database = state_database(folder, "unidad.sqlite3")
    with Store.open(database) as store:
        store.identity.set(PcIdentity(Role.UNIT, AWAITED, SHARED))
    return database
