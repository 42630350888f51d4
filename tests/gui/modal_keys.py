"""A key pressed in the next modal dialog or box, where its cursor is, as a person presses it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

LEFT_OPEN = "(sigue abierto)"


def press_in_next_modal(
    qtbot: QtBot,
    kind: type[QDialog],
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    looked: Callable[[QDialog, QWidget], None] = lambda _modal, _focus: None,
) -> list[str]:
    """Once a modal ``kind`` is up and active: ``looked`` at it and its cursor, then ``key``.

    Returns what happened: ``LEFT_OPEN`` if the key did not close it (then closed, so that a
    test failing does not hang). A letter clicks its button a moment later: waited for.
    """
    happened: list[str] = []

    def press() -> None:
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, kind)
        qtbot.waitUntil(modal.isActiveWindow)
        focus = QApplication.focusWidget() or modal
        looked(modal, focus)
        qtbot.keyClick(focus, key, modifier)
        try:
            qtbot.waitUntil(lambda: not modal.isVisible())
        except qtbot.TimeoutError:
            modal.done(0)
            happened.append(LEFT_OPEN)

    QTimer.singleShot(0, press)
    return happened
