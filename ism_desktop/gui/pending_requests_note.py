"""The status bar's word on a unit's target-change requests not yet decided by the coordinator."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ism_desktop.domain.profile import Role
from ism_desktop.gui.status_bar_note import StatusBarNote
from ism_desktop.workspace.pending_targets import (
    asked_by_meta,
    pending_status,
    pending_targets,
    to_decide_status,
)

if TYPE_CHECKING:
    from ism_desktop.gui.main_window import MainWindow


class PendingRequestsNote(StatusBarNote):
    """«2 solicitudes de cambio de meta pendientes» on the unit's status bar, while any wait.

    The coordinating unit's says «2 solicitudes de cambio por decidir» of the year shown: its
    own list (Coordinación → Solicitudes…) was thought reminder enough, but once the box
    after receiving was closed nothing said a request waited.
    """

    def __init__(self, window: MainWindow) -> None:
        # Each meta's count of requests waiting; None: to be counted whole again.
        self._asked: dict[str, int] | None = None
        super().__init__(window, "Solicitudes de cambio de meta pendientes", first=False)
        # A request made or undone changes a meta; a decision comes back with a new base.
        window.session.meta_changed.connect(self._recount)

    def show_note(self) -> None:
        """Counted whole again (a base read may have decided requests), then shown."""
        self._asked = None
        super().show_note()

    def _recount(self, meta_id: str) -> None:
        # Every autosave changes a meta: only its own requests can have changed, not the
        # other metas' (all of them were read again at each figure typed).
        session = self._window.session
        if self._asked is not None and meta_id in self._asked:
            meta = session.meta(meta_id)
            self._asked[meta_id] = len(pending_targets(session.store, session.profile, meta))
        else:
            self._asked = None  # a meta not counted yet: all of them again
        super().show_note()

    def reminder(self) -> tuple[str, str] | None:
        """The count and its tooltip while the unit's requests wait, as they stand now."""
        session = self._window.session
        if session.profile.role is Role.COORDINATOR:
            return to_decide_status(session.store, session.profile.year)
        if self._asked is None:
            self._asked = asked_by_meta(session.store, session.profile, session.metas())
        counts = self._asked.values()
        return pending_status(sum(counts), sum(1 for n in counts if n))
