"""The box that sends the pages to a printer counts them on its bar, and Escape cancels it.

Its words counted «Imprimiendo la página n de N…» while its bar only swung to and fro; and
Escape, once the box was the active window, hid it (Qt's own answer) while the pages went on.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory
from tests.gui.test_printing_aside import DrawnPages, WhenPrinting, _coordinator_printing
from tests.gui.test_report_writing_count import BoxWatch

pytestmark = pytest.mark.gui
PRINTING = re.compile(r"Imprimiendo la página (\d+) de (\d+)…")


def test_the_printer_box_counts_the_pages_sent_on_its_bar(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, expected, _printed = _coordinator_printing(open_window, tmp_path, monkeypatch)
    DrawnPages(monkeypatch, 0.25)  # a page at 300 dpi: each told (at most every 0.2 s)
    watch = BoxWatch(window)

    window.reports.print_action.trigger()
    watch.stop()

    counted = [
        (int(found[1]), int(found[2]), maximum, value)
        for text, maximum, value in watch.seen
        if (found := PRINTING.search(text))
    ]
    assert len(counted) >= 2
    # While page n is drawn, n - 1 were sent: the bar stands there, out of all the pages.
    assert all(count == expected == maximum for _n, count, maximum, _v in counted)
    assert all(value == number - 1 for number, _c, _m, value in counted)
    assert counted[-1][0] > counted[0][0]


def press_escape(box: QProgressDialog) -> None:
    """Escape on ``box``, the active window once it shows (Qt's own Escape answers then)."""
    box.activateWindow()
    deadline = time.monotonic() + 2
    while QApplication.activeWindow() is not box and time.monotonic() < deadline:
        QApplication.processEvents()
    assert QApplication.activeWindow() is box
    QtBot.keyClick(box, Qt.Key.Key_Escape)


def test_escape_stops_the_printing_between_pages_as_cancelar(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, expected, _printed = _coordinator_printing(open_window, tmp_path, monkeypatch)
    drawn = DrawnPages(monkeypatch, 0.15)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, *_a: told.append(title))
    cancelling = WhenPrinting(2, press_escape)

    window.reports.print_action.trigger()

    sent = len(drawn.on_window_thread)
    assert 2 <= cancelling.page <= sent <= cancelling.page + 1 < expected
    assert told == ["Impresión cancelada"]
