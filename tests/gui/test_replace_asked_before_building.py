"""A file that is there already is asked about before the report is made, not after.

At state scale the consolidated PDF runs to hundreds of pages: made first, then «¿Reemplazarlo?»
answered «No», the seconds it took were thrown away.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import answer_questions
from tests.paimef_builders import programme

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


def _no_to_replacing(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """«No» to replacing a file, «Sí» to anything asked before it; the questions, in order."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        replacing = text.endswith("¿Reemplazarlo?")
        return QMessageBox.StandardButton.No if replacing else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


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


def test_the_paimef_informe_is_made_only_after_yes(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), Author("Unidad 001", "ana"), "prueba", [])
        window = PaimefWindow(store, Author("Unidad 001", "ana"), date(2026, 3, 20))
        qtbot.addWidget(window)
        out = _out_folder(tmp_path)
        pdf = out / "informe.pdf"
        pdf.write_bytes(OLD_PDF)
        _save_as(monkeypatch, out / "informe.xlsx")
        made: list[str] = []
        _count_calls(monkeypatch, made, "ism_desktop.reports.paimef.informe_pdf", "informe_pdf")
        _count_calls(monkeypatch, made, "ism_desktop.reports.paimef.informe_xlsx", "informe_xlsx")
        asked = _no_to_replacing(monkeypatch)

        window.write_informe()

        assert asked[-1] == f"«informe.pdf» ya existe en «{out}». ¿Reemplazarlo?"
        assert made == []
        assert pdf.read_bytes() == OLD_PDF
        assert sorted(p.name for p in out.iterdir()) == ["informe.pdf"]


def test_a_package_is_made_only_after_yes(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    out = _out_folder(tmp_path)
    earlier = out / "ETCA-III-04_2024_T1_unidad_004.ismpaq"
    earlier.write_bytes(b"el paquete anterior")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(out))
    made: list[str] = []
    module = "ism_desktop.exchange.export.report_package"
    _count_calls(monkeypatch, made, module, "layout_report", "write_pdf", "write_xlsx")
    asked = answer_questions(monkeypatch, "No")

    window.reports.export_package_action.trigger()
    window.tasks.wait()  # made on a thread when agreed to: any such work ends here

    assert asked == [
        "Ya hay un paquete de este trimestre en esa carpeta («ETCA-III-04_2024_T1_unidad_004"
        ".ismpaq»). ¿Reemplazarlo, con su PDF y su Excel, por el nuevo?"
    ]
    assert made == []
    assert earlier.read_bytes() == b"el paquete anterior"
    assert sorted(p.name for p in out.iterdir()) == [earlier.name]


def test_a_units_workbook_is_made_only_after_yes(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(PROFILES["consolidado"])
    out = _out_folder(tmp_path)
    filled = out / "ETCA-III-04_2024_T1_libro_unidad_004.xlsx"
    filled.write_bytes(b"PK lo que la unidad lleno")
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *_a: (items[3], True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(out))
    made: list[str] = []
    module = "ism_desktop.exchange.unit_workbook"
    _count_calls(monkeypatch, made, module, "layout_report", "write_xlsx")
    asked = answer_questions(monkeypatch, "No")

    window.year_actions.workbook()

    assert asked[-1].endswith("¿Reemplazarlo por uno en blanco?")
    assert made == []
    assert filled.read_bytes() == b"PK lo que la unidad lleno"
    assert sorted(p.name for p in out.iterdir()) == [filled.name]
