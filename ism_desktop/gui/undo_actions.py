"""Deshacer and Rehacer: two actions over the workspace's undo history (no history of their own)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ism_desktop.gui.report_session import ReportSession
from ism_desktop.gui.undo_redo_pair import UndoRedoPair
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
        self._pair = UndoRedoPair(parent, self._undo, self._redo)
        self.undo_action = self._pair.undo_action
        self.redo_action = self._pair.redo_action
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
        # A request a package already sent, a quarter closed since: greyed out, saying why,
        # rather than enabled only to refuse once pressed (Ctrl+Z). The steps before a sent
        # request wait behind it until the history is cleared (a package received, a restart).
        self._pair.name_after(history.to_undo(), history.to_redo(), workspace.replay_refusals())
