"""A unit's window prints and exports its own dependency's unit where two hold its code.

Its database holds 003 of dependencies 51 and 84 (a state's report imported); known as 84's
(its programme base named it), its printed pages and its PDF and workbook carried both 003s'
metas, as if they were one unit's.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from tests.gui.conftest import WindowFactory
from tests.two_dependencies import (
    AWAITED,
    DELIVERED,
    SHARED,
    known_unit_database,
    one_unit_s_mets,
    printed_descriptions,
    printed_unit_names,
)

pytestmark = pytest.mark.gui

UNIT = PcProfile(Role.UNIT, SHARED, 2024, Quarter.FIRST)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A unit's database with both 003s, known as 84's."""
    return known_unit_database(tmp_path)


def _text(pdf: bytes) -> str:
    with pdfplumber.open(BytesIO(pdf)) as document:
        return " ".join(" ".join((page.extract_text() or "").split()) for page in document.pages)


def test_the_printed_report_is_the_own_dependency_s_unit_alone(
    open_window: WindowFactory,
) -> None:
    window = open_window(UNIT)
    names = printed_unit_names()

    text = _text(window.reports.report_pdf())

    assert names[AWAITED, SHARED.value] in text
    assert names[DELIVERED, SHARED.value] not in text


def test_the_exported_workbook_holds_the_own_dependency_s_metas(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)  # «Informe exportado»
    window = open_window(UNIT)
    out = tmp_path / "salida"
    out.mkdir()

    window.reports.export_report(out / "informe.pdf")

    assert printed_unit_names()[DELIVERED, SHARED.value] not in _text(
        (out / "informe.pdf").read_bytes()
    )
    assert one_unit_s_mets(out / "informe.xlsx") == printed_descriptions()[AWAITED, SHARED.value]


def test_the_preview_names_the_unit_s_dependency(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window(UNIT)

    window.reports.show_preview()
    dialog = window.reports.preview_dialog

    assert dialog is not None
    assert dialog.windowTitle().endswith(f"unidad {SHARED} (dependencia {AWAITED})")
    dialog.close()
    qtbot.waitUntil(lambda: window.reports.preview_dialog is None)
