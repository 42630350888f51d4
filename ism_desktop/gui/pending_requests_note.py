"""The status bar's word on a unit's target-change requests not yet decided by the coordinator."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ism_desktop.domain.profile import Role
from ism_desktop.gui.status_bar_note import StatusBarNote
from ism_desktop.workspace.pending_targets import asked_of_unit, pending_status

if TYPE_CHECKING:
    from ism_desktop.gui.main_window import MainWindow


class PendingRequestsNote(StatusBarNote):
    """«2 solicitudes de cambio de meta pendientes» on the unit's status bar, while any wait.

    The coordinating unit decides them in its own list (Coordinación → Solicitudes…): no note.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "Solicitudes de cambio de meta pendientes", first=False)
        # A request made or undone changes a meta; a decision comes back with a new base.
        window.session.meta_changed.connect(lambda _id: self.show_note())

    def reminder(self) -> tuple[str, str] | None:
        """The count and its tooltip while the unit's requests wait, as they stand now."""
        session = self._window.session
        if session.profile.role is Role.COORDINATOR:
            return None
        return pending_status(*asked_of_unit(session.store, session.profile, session.metas()))
