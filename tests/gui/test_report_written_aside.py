"""The report's PDF and Excel are written off the window's thread: the window keeps answering.

A state-scale report takes tens of seconds to write. «Exportar informe en PDF y Excel…» and
«Imprimir…» wrote it on the window's own thread: the file or print dialog stayed frozen on the
screen, without a word, for 36 s and 18 s (944 pages), and the system offered to end the program.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ism_desktop.gui.main_window import MainWindow
from ism_desktop.reports import pdf_report
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui


class WindowTicks:
    """Wraps a slow step: records whether the window's thread went on answering during it.

    And what the window said meanwhile: the label of each progress box shown over ``window``.
    """

    def __init__(self, window: QWidget) -> None:
        self.answered: list[bool] = []
        self.said: set[str] = set()
        self._window = window
        self._ticks = 0
        self._timer = QTimer()  # the window's thread: it ticks only while that thread is free
        self._timer.timeout.connect(self._tick)
        self._timer.start(10)

    def _tick(self) -> None:
        self._ticks += 1
        for box in self._window.findChildren(QProgressDialog):
            if box.isVisible():
                self.said.add(box.labelText())

    def stop(self) -> None:
        """Stop watching (before the window goes)."""
        self._timer.stop()

    def wrap(self, step: Callable[..., Any]) -> Callable[..., Any]:
        """``step``, done once the window ticked and said something (or after 3 s without)."""

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            before, deadline = self._ticks, time.monotonic() + 3
            while (self._ticks == before or not self.said) and time.monotonic() < deadline:
                time.sleep(0.01)
            self.answered.append(self._ticks != before)
            return step(*args, **kwargs)

        return wrapped


@pytest.fixture
def unit_window(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, WindowTicks]:
    """Unit 004's window, its PDF writing watched by the ticks returned."""
    window = open_window(unit_profile("004"))
    ticks = WindowTicks(window)
    monkeypatch.setattr(pdf_report, "write_pdf", ticks.wrap(pdf_report.write_pdf))
    return window, ticks


def _text(pdf_path: Path) -> str:
    with pdfplumber.open(pdf_path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_the_report_files_are_written_while_the_window_answers(
    unit_window: tuple[MainWindow, WindowTicks], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, ticks = unit_window
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)

    window.reports.export_report(tmp_path / "informe.pdf")

    assert ticks.answered == [True]
    # Then it counts the page and the sheets under the same words (test_report_writing_count).
    assert "Escribiendo el informe en PDF y Excel…" in ticks.said
    assert all(said.startswith("Escribiendo el informe en PDF y Excel…") for said in ticks.said)
    text = _text(tmp_path / "informe.pdf")
    assert "ESTUDIOS SOCIOECONÓMICOS" in text
    assert "84.55%" in text  # 761 of 900 programmed, truncated
    sheet = load_workbook(tmp_path / "informe.xlsx")["004"]
    descriptions = [row[0] for row in sheet.iter_rows(values_only=True)]
    assert "ESTUDIOS SOCIOECONÓMICOS" in descriptions


def test_printing_writes_the_report_while_the_window_answers(
    unit_window: tuple[MainWindow, WindowTicks], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, ticks = unit_window
    printed = tmp_path / "impreso.pdf"
    asked_pages: list[int] = []

    def choose_pdf_file(dialog: QPrintDialog) -> int:
        asked_pages.append(dialog.maxPage())
        dialog.printer().setOutputFileName(str(printed))
        return int(QPrintDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", choose_pdf_file)

    window.reports.print_action.trigger()

    assert ticks.answered == [True]
    assert "Preparando el informe para imprimir…" in ticks.said
    assert all(said.startswith("Preparando el informe para imprimir…") for said in ticks.said)
    assert asked_pages == [1]  # the dialog knows the document: unit 004's report is one page
    text = _text(printed)
    assert "ESTUDIOS SOCIOECONÓMICOS" in text
    assert "Página 1 de 1" in text
