"""A reminder in the status bar's permanent part, shown while it has something to say."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ism_desktop.gui.status_notes import status_note

if TYPE_CHECKING:
    from ism_desktop.gui.main_window import MainWindow


class StatusBarNote(QObject):
    """A status bar label that follows the report: said again each time it is reloaded.

    A subclass says what the note holds now (``reminder``); nothing hides it.
    """

    def __init__(
        self, window: MainWindow, name: str, *, first: bool = True, yields: bool = False
    ) -> None:
        """``name`` for screen readers; ``first``: next to the message, else after the others.

        ``yields``: cut with «…» when the line is short (``status_note``).
        """
        super().__init__(window)
        self._window = window
        self.label = status_note(window.statusBar(), name, first=first, yields=yields)
        window.session.report_reloaded.connect(self.show_note)
        self.show_note()

    def reminder(self) -> tuple[str, str] | None:
        """The note's text and tooltip as things stand, or None when there is nothing to say."""
        raise NotImplementedError

    def show_note(self) -> None:
        """Shown, or hidden, as things stand now."""
        said = self.reminder()
        text, tip = ("", "") if said is None else said
        self.label.setText(text)
        self.label.setToolTip(tip)
        self.label.setVisible(said is not None)
