"""A unit's package export told of each page and sheet, and stopped at any of its steps.

The window's «Cancelar» stops the export by raising from these steps: wherever it stops, no
folder or file is made, no number taken and the quarter stays open.
"""

from __future__ import annotations

import io
import sqlite3
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pdfplumber
import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ImportSource, ProgressReport
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.exchange.export.check import ExportCheck
from ism_desktop.exchange.export.export_steps import ExportSteps
from ism_desktop.exchange.export.report_package import export_package
from ism_desktop.store.sequence_marks import marks_path
from ism_desktop.store.store import Store

UNIT = UnitCode("004")
NOW = datetime(2024, 4, 11, 10, 44).astimezone()
TABLES = ("package_exports", "quarter_closures", "audit_log")


def _no_findings(_report: ProgressReport, _quarter: Quarter, _unit: UnitCode) -> ExportCheck:
    return ExportCheck()


class StoppedError(Exception):
    """What the window's «Cancelar» raises from a step (here, of our own)."""


class Steps:
    """Every step heard, in order; ``stop_at`` (its kind and number) raises ``StoppedError``."""

    def __init__(self, stop_at: tuple[str, int] | None = None) -> None:
        self.heard: list[tuple[str, int, int]] = []
        self._stop_at = stop_at

    def told(self) -> ExportSteps:
        return ExportSteps(
            lambda number, count: self._hear("page", number, count),
            lambda number, count: self._hear("sheet", number, count),
            lambda: self._hear("checkpoint", 0, 0),
        )

    def _hear(self, kind: str, number: int, count: int) -> None:
        self.heard.append((kind, number, count))
        number_of_kind = sum(1 for heard in self.heard if heard[0] == kind)
        if self._stop_at == (kind, number_of_kind):
            raise StoppedError(f"{kind} {number_of_kind}")


@pytest.fixture
def db_path(tmp_path: Path, seed_text: str) -> Path:
    path = tmp_path / "avance.sqlite3"
    with Store.open(path) as store:
        store.reports.save(parse_etca_text(seed_text).report, ImportSource("seed.txt", "0" * 64))
    return path


def _rows(db_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(db_path) as connection:
        return {t: connection.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def _export(db_path: Path, out: Path, steps: Steps) -> Path:
    with Store.open(db_path) as store:
        exported = export_package(
            store, UNIT, Quarter.FIRST, out, validate=_no_findings, now=NOW, steps=steps.told()
        )
    return exported.path


def test_each_page_and_sheet_is_told_between_the_two_checkpoints(
    db_path: Path, tmp_path: Path
) -> None:
    steps = Steps()

    package = _export(db_path, tmp_path / "salida", steps)

    with zipfile.ZipFile(package) as archive:
        pdf, xlsx = archive.read("informe.pdf"), archive.read("informe.xlsx")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        pages = len(document.pages)
    sheets = len(openpyxl.load_workbook(io.BytesIO(xlsx)).sheetnames)
    assert steps.heard == [
        ("checkpoint", 0, 0),
        *(("page", number, pages) for number in range(1, pages + 1)),
        *(("sheet", number, sheets) for number in range(1, sheets + 1)),
        ("checkpoint", 0, 0),
    ]


@pytest.mark.parametrize(
    "stop_at",
    [("checkpoint", 1), ("page", 1), ("sheet", 1), ("sheet", 2), ("checkpoint", 2)],
    ids=lambda stop: f"{stop[0]}-{stop[1]}",
)
def test_a_step_that_raises_leaves_no_file_no_number_and_the_quarter_open(
    db_path: Path, tmp_path: Path, stop_at: tuple[str, int]
) -> None:
    before = _rows(db_path)
    out = tmp_path / "salida"  # not there yet: not even the folder is made
    steps = Steps(stop_at)

    with pytest.raises(StoppedError, match=f"^{stop_at[0]} {stop_at[1]}$"):
        _export(db_path, out, steps)

    assert not out.exists()
    # Beside the database (and its journal) nothing: no package, no temporary file.
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("avance.sqlite3")] == []
    assert not marks_path(db_path).exists()
    assert _rows(db_path) == before
    assert before["package_exports"] == []
