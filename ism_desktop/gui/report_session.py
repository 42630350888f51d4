"""The open report as the window sees it: the visible metas, kept in step with the database."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QObject, Signal

from ism_desktop.domain.audit import Author, FieldChange, TargetChangeReason
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.profile import PcProfile
from ism_desktop.domain.report import ProgressReport
from ism_desktop.store.store import Store


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name on some locked-down Windows accounts
        return "desconocido"


class ReportSession(QObject):
    """Holds the report being edited; every change is written to the database at once."""

    meta_changed = Signal(str)  # stable id
    report_reloaded = Signal()

    def __init__(self, store: Store, profile: PcProfile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.profile = profile
        self.author = Author(profile=profile.describe(), os_user=_os_user())
        self.report: ProgressReport | None = None
        self._metas: dict[str, Meta] = {}
        self.reload()

    def reload(self) -> None:
        """Read the profile's year from the database again (after an import, say)."""
        self.report = self.store.reports.load(year=self.profile.year, quarter=self.profile.quarter)
        metas = self.report.metas if self.report is not None else ()
        self._metas = {meta.stable_id: meta for meta in metas if self.profile.sees(meta)}
        self.report_reloaded.emit()

    def set_profile(self, profile: PcProfile) -> None:
        """Switch to another profile or period."""
        self.profile = profile
        self.author = Author(profile=profile.describe(), os_user=self.author.os_user)
        self.reload()

    def metas(self) -> list[Meta]:
        """The metas this PC sees, in report order."""
        return list(self._metas.values())

    def meta(self, stable_id: str) -> Meta:
        """The current version of a meta."""
        return self._metas[stable_id]

    def can_edit(self, meta: Meta) -> bool:
        """Whether this PC may change the meta."""
        return self.profile.edits(meta)

    def apply(
        self, before: Meta, after: Meta, reason: TargetChangeReason | None = None
    ) -> tuple[FieldChange, ...]:
        """Write a changed meta (with its audit entries) and tell the views."""
        if not self.can_edit(after):
            raise PermissionError("Esta PC no puede modificar metas de otra unidad.")
        changes = self.store.edits.save(self.profile.year, before, after, self.author, reason)
        self._metas[after.stable_id] = after
        self.meta_changed.emit(after.stable_id)
        return changes
