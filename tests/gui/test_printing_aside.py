"""A printer's pages are drawn off the window's thread, with a box that counts them and cancels.

They were drawn on the window's own thread: about 0.24 s a page at 300 dpi, so the 944-page
state report froze the window some 4 minutes, without a word and without a way to stop it.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui import report_printing
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.reports.pdf_raster import PdfPages, page_count
from tests.gui.conftest import WindowFactory
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


class DrawnPages:
    """Records, for each image drawn on a printer, whether the window's thread drew it.

    And the labels of the progress boxes shown meanwhile (read on the window's thread).
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch, seconds_a_page: float) -> None:
        self.on_window_thread: list[bool] = []
        self.labels: list[str] = []
        draw = QPainter.drawImage

        def drawn(painter: QPainter, *args: Any) -> None:
            if isinstance(painter.device(), QPrinter):
                self.on_window_thread.append(threading.current_thread() is threading.main_thread())
                time.sleep(seconds_a_page)  # a printer's page at 300 dpi takes a quarter second
            draw(painter, *args)

        monkeypatch.setattr(QPainter, "drawImage", drawn)
        self._timer = QTimer()
        self._timer.timeout.connect(self._look)
        self._timer.start(10)

    def counted(self, pages: int, note: str = "") -> list[str]:
        """The page numbers the box said, in order, as «Imprimiendo la página n de ``pages``…»."""
        said = (
            re.fullmatch(rf"Imprimiendo la página (\d+) de {pages}…{re.escape(note)}", t)
            for t in self.labels
        )
        return [m[1] for m in said if m]

    def _look(self) -> None:
        for box in QApplication.topLevelWidgets():
            if not (isinstance(box, QProgressDialog) and box.isVisible()):
                continue
            if not self.labels or self.labels[-1] != box.labelText():
                self.labels.append(box.labelText())


def _printing_on_a_printer(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The print dialog answered with a printer; its pages land in ``path`` (a PDF, to read)."""

    def choose_printer(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(path))
        dialog.printer().setResolution(96)
        return int(QPrintDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", choose_printer)
    # The PDF stands for the printer: its pages are drawn as images, as a printer gets them.
    monkeypatch.setattr(report_printing, "prints_to_file", lambda _printer: False)


def _coordinator_printing(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, int, Path]:
    """The coordinator's window, its report's page count, and where its printer's pages land."""
    window = open_window(COORDINATOR)
    printed = tmp_path / "impresora.pdf"
    _printing_on_a_printer(printed, monkeypatch)
    return window, page_count(window.reports.report_pdf()), printed


def test_a_printer_gets_its_pages_drawn_off_the_window_thread(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, expected, printed = _coordinator_printing(open_window, tmp_path, monkeypatch)
    drawn = DrawnPages(monkeypatch, 0.1)

    window.reports.print_action.trigger()

    assert drawn.on_window_thread == [False] * expected
    assert len(PdfReader(printed).pages) == expected
    # Counted up page by page (a loaded machine's window thread may miss a label, never reorder).
    counted = [int(n) for n in drawn.counted(expected)]
    assert len(counted) >= 2
    assert counted == sorted(counted)
    assert counted[-1] <= expected
    assert window.statusBar().currentMessage() == (
        f"Se enviaron {expected} páginas a la impresora."
    )


def _boxes_shown() -> list[str]:
    return [
        box.labelText()
        for box in QApplication.topLevelWidgets()
        if isinstance(box, QProgressDialog) and box.isVisible()
    ]


class WhenPrinting:
    """``act`` on the printing box once it counts page ``first`` or a later one.

    A later one too: on a loaded machine the window's thread can miss a page's label (it
    waits while a page is drawn), and the box would never be acted on. ``page`` is the one seen.
    """

    def __init__(self, first: int, act: Callable[[QProgressDialog], object]) -> None:
        self.page = 0
        self._first, self._act = first, act
        self.timer = QTimer()
        self.timer.timeout.connect(self._look)
        self.timer.start(5)

    def _look(self) -> None:
        for box in QApplication.topLevelWidgets():
            if not (isinstance(box, QProgressDialog) and box.isVisible()):
                continue
            counted = re.match(r"Imprimiendo la página (\d+) de", box.labelText())
            if counted and int(counted[1]) >= self._first:
                self.timer.stop()
                self.page = int(counted[1])
                self._act(box)


def _press_cancel(box: QProgressDialog) -> None:
    [cancel] = box.findChildren(QPushButton)
    cancel.click()


def test_cancel_stops_the_printing_between_pages_and_says_so(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, expected, printed = _coordinator_printing(open_window, tmp_path, monkeypatch)
    drawn = DrawnPages(monkeypatch, 0.15)
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, title, text, *_a: told.append((title, text))
    )
    cancelling = WhenPrinting(3, _press_cancel)

    window.reports.print_action.trigger()

    sent = len(drawn.on_window_thread)
    # The page in hand is finished, no other is begun.
    assert 3 <= cancelling.page <= sent <= cancelling.page + 1 < expected
    # A PDF cannot take its pages back (a printer on Windows can): the pages drawn stay in it.
    assert len(PdfReader(printed).pages) == sent
    assert told == [
        (
            "Impresión cancelada",
            f"Se canceló la impresión después de {sent} de {expected} páginas: "
            "la impresora recibe solo esas.",
        )
    ]
    assert window.statusBar().currentMessage() == ""
    assert not cancelling.timer.isActive()


def test_closing_while_printing_says_how_not_to_wait_and_closes_after(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, expected, printed = _coordinator_printing(open_window, tmp_path, monkeypatch)
    drawn = DrawnPages(monkeypatch, 0.1)
    closing = WhenPrinting(2, lambda _box: window.close())

    window.reports.print_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)

    note = (
        "\n\nLa ventana se cerrará al terminar. "
        "Para no esperar, pulse «Cancelar»: lo que falta no se imprime."
    )
    assert any(label.endswith(note) for label in drawn.labels)
    assert drawn.counted(expected, note)  # the box still counts pages under the note
    assert len(PdfReader(printed).pages) == expected
    assert 2 <= closing.page < expected  # closed while it printed
    assert not closing.timer.isActive()


def test_the_paimef_informe_is_printed_off_the_window_thread(
    window: PaimefWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "impresora.pdf"
    _printing_on_a_printer(printed, monkeypatch)
    drawn = DrawnPages(monkeypatch, 0.0)
    monkeypatch.setattr("ism_desktop.gui.paimef.informe_printing.may_print", lambda *_a: True)
    [print_entry] = [a for a in window.file_menu.actions() if a.text() == "Impri&mir…"]

    print_entry.trigger()

    pages = len(PdfReader(printed).pages)
    assert pages >= 1
    assert drawn.on_window_thread == [False] * pages


def test_a_printer_that_refuses_the_document_is_said_in_spanish(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    _printing_on_a_printer(tmp_path / "impresora.pdf", monkeypatch)
    monkeypatch.setattr(QPainter, "begin", lambda _painter, _device: False)  # switched off
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *_a: warned.append((title, text))
    )

    window.reports.print_action.trigger()

    # Before: nothing at all, as if it had printed.
    assert warned == [
        (
            "No se imprimió",
            "La impresora no aceptó el documento: revise que esté encendida y conectada.",
        )
    ]


def test_a_failure_while_drawing_is_said_and_the_box_goes(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _expected, _printed = _coordinator_printing(open_window, tmp_path, monkeypatch)

    def broken(*_args: object) -> None:
        raise ValueError("página dañada")  # at once: before the box shows

    monkeypatch.setattr(PdfPages, "render", broken)
    warned: list[tuple[str, str, list[str]]] = []

    def warning(_parent: object, title: str, text: str, *_a: object) -> None:
        shown = QEventLoop()  # the warning's own loop, a while (``qtbot.wait`` deletes more)
        QTimer.singleShot(500, shown.quit)
        shown.exec()
        warned.append((title, text, _boxes_shown()))

    monkeypatch.setattr(QMessageBox, "warning", warning)

    # From the window's loop, as a key or a click: what it deletes later waits for it.
    QTimer.singleShot(0, window.reports.print_action.trigger)
    qtbot.waitUntil(lambda: bool(warned), timeout=10000)

    # The box showed over the warning, saying «Cancelando…», and stayed there.
    assert warned == [("No se imprimió", "Ocurrió un error inesperado: página dañada", [])]
