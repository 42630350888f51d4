"""Ctrl+Q in the PAIMEF window quits, as «Teclas» says («Ctrl+Q salir»).

It did nothing there: the main window's «Salir» does not reach a window modal over it. It
closes the PAIMEF window as Esc does (an acción typed that cannot be saved is asked about
first), then the program as the main window's Ctrl+Q.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory
from tests.gui.paimef_window_driver import _discard_when_asked, paimef_in_front

pytestmark = pytest.mark.gui


def _ctrl_q(qtbot: QtBot) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_q_in_the_paimef_window_closes_it_and_the_program(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _discard_when_asked(monkeypatch, QMessageBox.StandardButton.No)
    main, paimef = paimef_in_front(open_window, qtbot)

    _ctrl_q(qtbot)

    assert asked == []  # nothing typed: nothing to ask
    qtbot.waitUntil(lambda: not main.isVisible())
    assert not paimef.isVisible()


def test_ctrl_q_over_an_action_typed_asks_first_and_no_keeps_both_open(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _discard_when_asked(monkeypatch, QMessageBox.StandardButton.No)
    main, paimef = paimef_in_front(open_window, qtbot)
    qtbot.keyClick(paimef.table, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Justificación
    qtbot.keyClicks(paimef.form.justification, "Z")

    _ctrl_q(qtbot)

    assert [text.split(":")[0] for text in asked] == [
        "La acción nueva tiene cambios que no se pueden guardar"
    ]
    qtbot.wait(50)
    assert paimef.isVisible()
    assert main.isVisible()
    assert paimef.form.justification.toPlainText() == "Z"

    asked = _discard_when_asked(monkeypatch, QMessageBox.StandardButton.Yes)  # «Sí»: throw it away
    paimef.activateWindow()
    qtbot.waitUntil(paimef.isActiveWindow)
    _ctrl_q(qtbot)

    assert len(asked) == 1
    qtbot.waitUntil(lambda: not main.isVisible())
    assert not paimef.isVisible()
