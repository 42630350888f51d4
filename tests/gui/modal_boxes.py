"""Message boxes shown for real, as a person sees them, and answered at once.

A box that is only monkeypatched away never takes the focus, so it hides what the focus
leaving does (the evaluation saves when the cursor leaves it): here each box is a real window
that becomes the active one, then closes and gives the activation back, as on a desktop.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

Button = QMessageBox.StandardButton


@dataclass(frozen=True)
class Shown:
    """A box as it came: its title and text, and the titles of the boxes already open under it."""

    title: str
    text: str
    under: tuple[str, ...]


class ModalBoxes:
    """``QMessageBox.warning`` and ``question`` as real modal boxes; questions get ``answer``."""

    def __init__(self, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: Button) -> None:
        self.shown: list[Shown] = []
        self.answer = answer
        self._qtbot = qtbot
        self._open: list[QMessageBox] = []
        monkeypatch.setattr(QMessageBox, "warning", self._warning)
        monkeypatch.setattr(QMessageBox, "question", self._question)

    def titles(self) -> list[str]:
        """The titles of the boxes shown, in order."""
        return [box.title for box in self.shown]

    def stacked(self) -> list[Shown]:
        """The boxes that came while another was still open."""
        return [box for box in self.shown if box.under]

    def _warning(self, parent: QWidget, title: str, text: str, *_args: object) -> Button:
        self._show(parent, title, text)
        return Button.Ok

    def _question(self, parent: QWidget, title: str, text: str, *_args: object) -> Button:
        self._show(parent, title, text)
        return self.answer

    def _show(self, parent: QWidget, title: str, text: str) -> None:
        self.shown.append(Shown(title, text, tuple(box.windowTitle() for box in self._open)))
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, Button.Ok, parent)
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._open.append(box)
        try:
            box.show()
            self._qtbot.waitUntil(box.isActiveWindow)  # it takes the focus from the window
        finally:
            self._open.remove(box)
            box.hide()
            box.deleteLater()
        below = self._open[-1] if self._open else parent.window()
        below.activateWindow()
        self._qtbot.waitUntil(below.isActiveWindow)
