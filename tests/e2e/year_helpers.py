"""Helpers of the year's end-to-end tests: typing a quarter at a unit, dumps of both sides."""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl

from ism_desktop.domain.audit import Author, TargetChangeReason
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_modified
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.e2e.unit_typing import Typing as Typing
from tests.e2e.unit_typing import type_quarter as type_quarter


def ok(*args: str | Path) -> str:
    """Run the CLI, insist on success, return its standard output."""
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def observations_package(coordinator: Path, unit: str, quarter: int, out: Path) -> str:
    """The coordinator writes the unit's observations package of ``quarter``; its path."""
    return ok(
        "export-observations",
        "--db",
        coordinator,
        "--unidad",
        unit,
        "--trimestre",
        str(quarter),
        "--out",
        out,
    ).strip()


def unit_base(coordinator: Path, unit: str, out: Path) -> Path:
    """The coordinator writes the unit's programme base into ``out``; its path."""
    return Path(ok("export-base", "--db", coordinator, "--unidad", unit, "--out", out).strip())


def change_modified(database: Path, year: int, meta_id: str, quarter: Quarter, value: int) -> None:
    """The unit changes a modified target with its reason (the window's «Cambiar meta…»)."""
    with Store.open(database) as store:
        report = store.reports.load(year=year)
        assert report is not None
        before = report.meta_by_id(meta_id)
        assert before is not None
        after = with_modified(before, quarter, Decimal(value))
        reason = TargetChangeReason("Ampliación de la cobertura en municipios")
        store.edits.save(year, before, after, Author("Unidad 004", "prueba"), reason)


def dump(database: Path, year: int, quarter: int, unit: str) -> dict[str, Any]:
    """The unit's metas and quarter states in a side's dump of the year."""
    data = json.loads(
        ok("dump", "--db", database, "--ejercicio", str(year), "--trimestre", str(quarter))
    )
    return {
        "ejercicio": data["ejercicio"],
        "aprobado": data["programa_aprobado"],
        "metas": [meta for meta in data["metas"] if meta["unidad"] == unit],
        "cierres": [item for item in data["cierres"] if item["unidad"] == unit],
    }


def fill_template(path: Path, figures: Mapping[str, tuple[int, int, int, int]]) -> None:
    """Type original quarters into the template by row label (MET, NUM, DEN) as staff would."""
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        if sheet.title == "listas":
            continue
        for row in range(5, sheet.max_row + 1):
            label = sheet.cell(row, 8).value
            if sheet.cell(row, 1).value and label in figures:
                for offset, value in enumerate(figures[label]):
                    sheet.cell(row, 9 + offset, value)
    book.save(path)


def seed_database(folder: Path, seed: Path, role: Role, unit: str) -> Path:
    """The seed report imported into a new database of ``folder``, this PC ``unit``'s."""
    database = folder / f"{role.value}.sqlite3"
    ok("import-etca", seed, "--db", database)
    with Store.open(database) as store:
        report = store.reports.load()
        assert report is not None
        store.identity.set(PcIdentity(role, report.entity.code, UnitCode(unit)))
    return database
