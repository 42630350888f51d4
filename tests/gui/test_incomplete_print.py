"""Printing a report with metas unreported: the person is told first, as the export tells."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui

# Unit 009's one meta has nothing reported in the second quarter: the pages print it as 0.
SECOND_QUARTER = PcProfile(Role.UNIT, UnitCode("009"), 2024, Quarter.SECOND)
WARNING = (
    "Aviso: informe incompleto: 1 de 1 meta no tiene reportado el segundo trimestre; el "
    "formato oficial la imprime en 0."
)


def _answering(monkeypatch: pytest.MonkeyPatch, button: str) -> list[str]:
    """Every message box's text, each answered by clicking ``button`` (by its label)."""
    told: list[str] = []

    def answer(box: QMessageBox) -> int:
        told.append(box.text())
        chosen = [b for b in box.buttons() if b.text().replace("&", "") == button]
        assert len(chosen) == 1, [b.text() for b in box.buttons()]
        chosen[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return told


def _printing_to(monkeypatch: pytest.MonkeyPatch, printed: Path) -> list[str]:
    """The print dialog, accepted with «Imprimir a archivo (PDF)»; the titles it was shown with."""
    shown: list[str] = []

    def choose_pdf_file(dialog: QPrintDialog) -> int:
        shown.append(dialog.windowTitle())
        dialog.printer().setOutputFileName(str(printed))
        dialog.printer().setResolution(100)
        return int(QPrintDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", choose_pdf_file)
    return shown


def test_printing_an_incomplete_report_says_so_first_and_cancel_prints_nothing(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(SECOND_QUARTER)
    told = _answering(monkeypatch, "Cancelar")
    printed = tmp_path / "impreso.pdf"
    dialogs = _printing_to(monkeypatch, printed)

    window.reports.print_action.trigger()

    assert len(told) == 1
    assert told[0].startswith(WARNING)
    assert told[0].endswith("¿Imprimirlo de todos modos?")
    assert dialogs == []
    assert not printed.exists()


def test_going_on_prints_the_incomplete_report(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(SECOND_QUARTER)
    told = _answering(monkeypatch, "Imprimir…")
    printed = tmp_path / "impreso.pdf"
    dialogs = _printing_to(monkeypatch, printed)

    window.reports.print_action.trigger()

    assert len(told) == 1
    assert told[0].startswith(WARNING)
    assert dialogs == ["Imprimir informe"]
    pages = len(PdfReader(printed).pages)
    assert pages >= 1
    assert "INFORME INCOMPLETO" in (PdfReader(printed).pages[0].extract_text() or "")


def test_a_complete_report_is_printed_without_a_question(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("009"))
    told = _answering(monkeypatch, "Imprimir…")
    printed = tmp_path / "impreso.pdf"
    dialogs = _printing_to(monkeypatch, printed)

    window.reports.print_action.trigger()

    assert told == []
    assert dialogs == ["Imprimir informe"]
    assert printed.exists()


@pytest.mark.parametrize(("button", "prints"), [("Imprimir…", True), ("Cancelar", False)])
def test_the_previews_print_button_says_it_once(
    open_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    button: str,
    prints: bool,
) -> None:
    window = open_window(SECOND_QUARTER)
    told = _answering(monkeypatch, button)
    printed = tmp_path / "impreso.pdf"
    dialogs = _printing_to(monkeypatch, printed)
    window.reports.preview_action.trigger()
    qtbot.waitUntil(lambda: window.reports.preview_dialog is not None, timeout=30000)
    preview = window.reports.preview_dialog
    assert preview is not None
    qtbot.waitUntil(preview.is_complete, timeout=30000)
    assert told == []  # the preview shows the mark on each page: opening it asks nothing

    preview.print_button.click()
    preview.close()

    assert len(told) == 1
    assert told[0].startswith(WARNING)
    assert dialogs == (["Imprimir informe"] if prints else [])
    assert printed.exists() is prints
