"""Deshacer and Rehacer: the two actions of a window's *Editar*, named after the next steps."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ism_desktop.gui.redo_keys import redo_keys


class Step(Protocol):
    """A step of an undo history: what the actions say it is."""

    @property
    def description(self) -> str:
        """The step in a few words (Spanish), after «Deshacer» or «Rehacer»."""
        ...


class UndoRedoPair:
    """The two actions with their keys (Ctrl+Z; Ctrl+Y), whatever history they replay."""

    def __init__(self, owner: QObject, undo: Callable[[], None], redo: Callable[[], None]) -> None:
        """``undo()`` and ``redo()`` run when the action is pressed or its key typed."""
        self.undo_action = QAction("&Deshacer", owner)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(undo)
        self.redo_action = QAction("&Rehacer", owner)
        self.redo_action.setShortcuts(redo_keys())
        self.redo_action.triggered.connect(redo)
        self.actions = (self.undo_action, self.redo_action)

    def name_after(
        self,
        to_undo: Step | None,
        to_redo: Step | None,
        refusals: tuple[str | None, str | None] = (None, None),
    ) -> None:
        """Enabled and named after the next steps; a step refused is greyed out, saying why.

        ``refusals``: why undoing, redoing, would be refused (Spanish), or None.
        """
        for action, verb, step, refusal in (
            (self.undo_action, "Deshacer", to_undo, refusals[0]),
            (self.redo_action, "Rehacer", to_redo, refusals[1]),
        ):
            action.setEnabled(step is not None and refusal is None)
            text = f"&{verb} {step.description}" if step is not None else f"&{verb}"
            action.setText(text if refusal is None else f"{text} (no disponible)")
            # Read before anything is pressed: «No se cambió nada» would answer no one.
            why = "" if refusal is None else refusal.removesuffix(" No se cambió nada.")
            action.setToolTip(why)  # empty: Qt's own, the action's text
            action.setStatusTip(why)
