"""A file that is there already is asked about before the report is made, not after.

At state scale the consolidated PDF runs to hundreds of pages: made first, then «¿Reemplazarlo?»
answered «No», the seconds it took were thrown away.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import answer_questions

pytestmark = pytest.mark.gui

OLD_PDF = b"%PDF-1.4 el informe de antes"
PROFILES = {
    "unidad": unit_profile("009"),
    "consolidado": PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST),
}


def _count_calls(
    monkeypatch: pytest.MonkeyPatch, made: list[str], module: str, *names: str
) -> None:
    """Wrap these functions of ``module``: each call is added to ``made`` by name, then made."""
    target = importlib.import_module(module)
    for name in names:
        real: Callable[..., Any] = getattr(target, name)

        def counted(*args: Any, _real: Callable[..., Any] = real, _name: str = name) -> Any:
            made.append(_name)
            return _real(*args)

        monkeypatch.setattr(target, name, counted)


def _report_builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The report's layout, PDF and workbook, each listed when made."""
    made: list[str] = []
    _count_calls(monkeypatch, made, "ism_desktop.reports.report_layout", "layout_report")
    _count_calls(monkeypatch, made, "ism_desktop.reports.pdf_report", "write_pdf")
    _count_calls(monkeypatch, made, "ism_desktop.reports.xlsx_report", "write_xlsx")
    return made


def _out_folder(tmp_path: Path) -> Path:
    """A folder of its own for the files written (the database is in ``tmp_path``)."""
    out = tmp_path / "salida"
    out.mkdir()
    return out


def _save_as(monkeypatch: pytest.MonkeyPatch, chosen: Path) -> None:
    """The save dialog answers ``chosen`` (it asked about that name, not the PDF beside it)."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), ""))


@pytest.mark.parametrize("profile", PROFILES.values(), ids=PROFILES.keys())
def test_no_keeps_the_pdf_and_makes_no_report(
    open_window: WindowFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    profile: PcProfile,
) -> None:
    window = open_window(profile)
    out = _out_folder(tmp_path)
    pdf = out / "informe.pdf"
    pdf.write_bytes(OLD_PDF)
    _save_as(monkeypatch, out / "informe.xlsx")
    asked = answer_questions(monkeypatch, "No")
    made = _report_builds(monkeypatch)

    window.reports.export_report_action.trigger()

    assert asked == [f"«informe.pdf» ya existe en «{out}». ¿Reemplazarlo?"]
    assert made == []
    assert pdf.read_bytes() == OLD_PDF
    assert sorted(p.name for p in out.iterdir()) == ["informe.pdf"]


@pytest.mark.parametrize("profile", PROFILES.values(), ids=PROFILES.keys())
def test_yes_replaces_the_pdf_with_the_report_made_once(
    open_window: WindowFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    profile: PcProfile,
) -> None:
    window = open_window(profile)
    out = _out_folder(tmp_path)
    pdf = out / "informe.pdf"
    pdf.write_bytes(OLD_PDF)
    _save_as(monkeypatch, out / "informe.xlsx")
    asked = answer_questions(monkeypatch, "Sí")
    made = _report_builds(monkeypatch)

    window.reports.export_report_action.trigger()

    assert len(asked) == 1
    assert sorted(made) == ["layout_report", "write_pdf", "write_xlsx"]
    with pdfplumber.open(pdf) as read:
        text = "\n".join(page.extract_text() or "" for page in read.pages)
    assert "PORCENTAJE DE CUMPLIMIENTO" in text
    assert load_workbook(out / "informe.xlsx").sheetnames
