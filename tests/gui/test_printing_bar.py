"""Escape on the box that sends the pages to a printer cancels it, as its «Cancelar».

Once the box was the active window (as it is when it shows), Qt's own Escape hid it while the
pages went on: the printing could then be neither followed nor stopped.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory
from tests.gui.test_printing_aside import DrawnPages, WhenPrinting, _coordinator_printing

pytestmark = pytest.mark.gui


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
