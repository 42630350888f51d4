"""One undoable edit of a meta; redo and undo both write through to the database."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand
from typing_extensions import override

from ism_desktop.domain.audit import TargetChangeReason
from ism_desktop.domain.meta import Meta
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.store.closure_repository import QuarterClosedError

_TEXT_MERGE_ID = 1001


class MetaEditCommand(QUndoCommand):
    """Replace a meta by an edited version; undo puts the previous version back."""

    def __init__(
        self,
        session: ReportSession,
        before: Meta,
        after: Meta,
        description: str,
        reason: TargetChangeReason | None = None,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(description)
        self._session = session
        self._before = before
        self._after = after
        self._reason = reason
        self._merge_key = merge_key

    @property
    def stable_id(self) -> str:
        """The meta this command edits."""
        return self._after.stable_id

    @override
    def redo(self) -> None:
        self._write(self._after, self._reason)

    @override
    def undo(self) -> None:
        reason = None
        if self._reason is not None:
            reason = TargetChangeReason(f"Deshacer: {self._reason.text}", self._reason.document)
        self._write(self._before, reason)

    def _write(self, meta: Meta, reason: TargetChangeReason | None) -> None:
        try:
            self._session.apply(self._session.meta(self.stable_id), meta, reason)
        except QuarterClosedError as exc:
            # The quarter closed since (its package went out): this step cannot be undone.
            self.setObsolete(True)
            self._session.edit_refused.emit(str(exc))

    @override
    def id(self) -> int:
        # Consecutive saves of the same narrative undo as one step.
        return _TEXT_MERGE_ID if self._merge_key is not None else -1

    @override
    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MetaEditCommand) or other._merge_key != self._merge_key:
            return False
        self._after = other._after
        return True
