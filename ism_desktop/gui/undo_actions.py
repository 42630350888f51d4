"""Deshacer and Rehacer: two actions over the workspace's undo history (no history of their own)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from ism_desktop.gui.report_session import ReportSession
from ism_desktop.workspace.changes import MetaChanges
from ism_desktop.workspace.undo import replay_said


class UndoActions(QObject):
    """The menu's Deshacer/Rehacer, enabled and named after the workspace's next step."""

    # A step undone or redone: its meta's stable id and what was done (Spanish). The step's
    # meta need not be the one on screen: the window shows it and says it.
    replayed = Signal(str, str)

    def __init__(
        self,
        session: ReportSession,
        parent: QObject,
        may_leave_typing: Callable[[str, str], bool],
    ) -> None:
        """``may_leave_typing(title, asked)`` saves what is typed, or asks before dropping it."""
        super().__init__(parent)
        self._session = session
        self._may_leave_typing = may_leave_typing
        self.last_said = ""  # what the last undo or redo said, in the status bar for a while
        self.undo_action = QAction("&Deshacer", parent)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self._undo)
        self.redo_action = QAction("&Rehacer", parent)
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self._redo)
        session.history_changed.connect(self.refresh)
        self.refresh()

    def _undo(self) -> None:
        # A figure typed and not saved stayed in its cell over the undone one, and was saved on
        # leaving the meta: what was undone came back. Saved first, it is what is undone.
        if self._may_leave_typing("Deshacer", "¿Deshacer de todos modos?"):
            self._said(self._session.undo(), undone=True)

    def _redo(self) -> None:
        if self._may_leave_typing("Rehacer", "¿Rehacer de todos modos?"):
            self._said(self._session.redo(), undone=False)

    def _said(self, changes: MetaChanges | None, *, undone: bool) -> None:
        if changes is not None and changes.changed:
            self.last_said = replay_said(changes, undone=undone)
            self.replayed.emit(changes.stable_id, self.last_said)

    def refresh(self) -> None:
        """Enabled and named after the history's next steps (a package sent changes them too)."""
        workspace = self._session.workspace
        history = workspace.history
        for action, verb, step in (
            (self.undo_action, "Deshacer", history.to_undo()),
            (self.redo_action, "Rehacer", history.to_redo()),
        ):
            action.setEnabled(step is not None)
            action.setText(f"&{verb} {step.description}" if step is not None else f"&{verb}")
        # A request a package already sent, a quarter closed since: greyed out, saying why,
        # rather than enabled only to refuse once pressed (Ctrl+Z). The steps before a sent
        # request wait behind it until the history is cleared (a package received, a restart).
        refusal = workspace.undo_refusal()
        if refusal is not None:
            # Read before anything is pressed: «No se cambió nada» would answer no one.
            refusal = refusal.removesuffix(" No se cambió nada.")
            self.undo_action.setEnabled(False)
            self.undo_action.setText(f"{self.undo_action.text()} (no disponible)")
        self.undo_action.setToolTip(refusal or "")  # empty: Qt's own, the action's text
        self.undo_action.setStatusTip(refusal or "")
