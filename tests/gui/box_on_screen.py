"""A message box read as it is on screen, whichever way the program shows it, then closed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

T = TypeVar("T")


def read_box_on_screen(
    qtbot: QtBot, start: Callable[[], object], read: Callable[[QMessageBox], T]
) -> T:
    """Call ``start``; ``read`` the first box it shows, once on screen, then close that box.

    Qt's own ``information`` and ``warning`` are shown too (no patched Python method would see
    them), and so is a box shown after a background task.
    """
    seen: list[T] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible() and not seen:
            seen.append(read(box))
            box.reject()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    try:
        start()
        qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    finally:
        timer.stop()
    return seen[0]
