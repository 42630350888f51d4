"""Ctrl+P in the print preview prints, as the «Imprimir…» button there does.

It did nothing: the preview took the keyboard from the window, whose Ctrl+P is not the
preview's, and the person pressing it in the preview saw nothing happen, nor any reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_preview_first_last_page import complete_preview

pytestmark = pytest.mark.gui


def print_to(printed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The print dialog answered as if the PDF file ``printed`` had been chosen in it."""

    def choose_pdf_file(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(printed))
        return int(QPrintDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", choose_pdf_file)


def test_ctrl_p_in_the_preview_prints_the_report(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "impreso.pdf"
    print_to(printed, monkeypatch)
    dialog = complete_preview(open_window(unit_profile("004")), qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.page_box)

    [print_key] = QKeySequence.keyBindings(QKeySequence.StandardKey.Print)
    qtbot.keySequence(dialog.page_box, print_key)

    text = "\n".join(page.extract_text() for page in PdfReader(printed).pages)
    assert "ESTUDIOS SOCIOECONÓMICOS" in text
    assert "Página 1 de 1" in text
    dialog.close()
