"""While the report is written aside, the window takes no keys or clicks; closing waits.

The window's thread runs a loop meanwhile (to paint), and the box that holds the window only
shows after 0.3 s: a second Ctrl+P in between prepared the report a second time and asked for a
printer twice, the first box left on the screen behind the print dialog. Escape hid the box
and gave the window back while the report was still being read.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from ism_desktop.gui.main_window import MainWindow
from ism_desktop.reports import pdf_report
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui


def _held_until(done: threading.Event, step: Callable[..., Any]) -> Callable[..., Any]:
    """``step``, once the window's thread has done what the test does meanwhile (3 s at most)."""

    def wrapped(*args: Any) -> Any:
        done.wait(timeout=3)
        return step(*args)

    return wrapped


def _printing_while(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    after_ms: int,
    meanwhile: Callable[[], None],
) -> list[int]:
    """Print, doing ``meanwhile`` on the window's thread after ``after_ms``; the dialogs asked."""
    done = threading.Event()
    monkeypatch.setattr(pdf_report, "write_pdf", _held_until(done, pdf_report.write_pdf))
    asked: list[int] = []

    def refuse(dialog: QPrintDialog) -> int:
        asked.append(dialog.maxPage())
        return int(QPrintDialog.DialogCode.Rejected)

    monkeypatch.setattr(QPrintDialog, "exec", refuse)

    def then() -> None:
        meanwhile()
        done.set()

    QTimer.singleShot(after_ms, then)
    window.reports.print_action.trigger()
    return asked


def _boxes_shown() -> list[str]:
    return [
        box.labelText()
        for box in QApplication.topLevelWidgets()
        if isinstance(box, QProgressDialog) and box.isVisible()
    ]


def test_ctrl_p_again_before_the_box_shows_asks_for_one_printer(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))

    def press_again() -> None:
        qtbot.keyClick(window.tree, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    asked = _printing_while(window, monkeypatch, 50, press_again)

    assert asked == [1]
    qtbot.wait(50)
    assert _boxes_shown() == []


def test_escape_while_the_box_shows_cancels_but_leaves_it_until_the_work_ends(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    seen: list[list[str]] = []

    def escape() -> None:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QProgressDialog) and box.isVisible():
                qtbot.keyClick(box, Qt.Key.Key_Escape)
        seen.append(_boxes_shown())

    # Closing meanwhile is said and done at the end: tests/gui/test_closing_while_writing.py.
    asked = _printing_while(window, monkeypatch, 450, escape)

    # As «Cancelar»: the box stays, saying so, until the report stops; no printer is asked.
    assert seen == [["Cancelando… se termina la página en curso."]]
    assert window.isVisible()
    assert asked == []
    assert window.statusBar().currentMessage() == (
        "Impresión cancelada; no se envió nada a la impresora."
    )
    qtbot.wait(50)
    assert _boxes_shown() == []
