"""The open report as the window sees it: the visible metas, kept in step with the database."""

from __future__ import annotations

import getpass
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from ism_desktop.domain.audit import Author, FieldChange, TargetChangeReason
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.profile import PcProfile
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.validation.engine import (
    ValidationResult,
    previous_narrative,
    validate_meta,
    validate_report,
)
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.exchange.justification_sources import justifications_for_year
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
    findings_changed = Signal()
    edit_refused = Signal(str)  # why a change was not written (Spanish)

    def __init__(
        self,
        store: Store,
        profile: PcProfile,
        parent: QObject | None = None,
        *,
        validate: bool = True,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.profile = profile
        self.author = Author(profile=profile.describe(), os_user=_os_user())
        self.report: ProgressReport | None = None
        self._metas: dict[str, Meta] = {}
        self.validation = ValidationResult(profile.year, profile.quarter, ())
        self._status: dict[str, str] = {}
        # False until the rules have run; the window shows first and checks right after.
        self.checked = False
        self.reload(validate=validate)

    def reload(self, *, validate: bool = True) -> None:
        """Read the profile's year from the database again (after an import, say)."""
        self.report = self.store.reports.load(year=self.profile.year, quarter=self.profile.quarter)
        metas = self.report.metas if self.report is not None else ()
        self._metas = {meta.stable_id: meta for meta in metas if self.profile.sees(meta)}
        self.checked = False
        if validate:
            self.validate_all()
        self.report_reloaded.emit()

    def replace_store(self, store: Store) -> None:
        """Work on a reopened database (after a restore) and read everything again."""
        self.store = store
        self.reload()

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

    def quarter_closed(self, meta: Meta) -> bool:
        """Whether the meta's unit closed the quarter being reported (figures read-only)."""
        key = meta.key
        return self.store.closures.is_closed(
            self.profile.year, key.entity, key.unit, self.profile.quarter
        )

    def can_report(self, meta: Meta) -> bool:
        """Whether this PC may type the quarter's achieved figures and evaluation now."""
        return self.can_edit(meta) and not self.quarter_closed(meta)

    def apply(
        self, before: Meta, after: Meta, reason: TargetChangeReason | None = None
    ) -> tuple[FieldChange, ...]:
        """Write a changed meta (with its audit entries) and tell the views."""
        if not self.can_edit(after):
            raise PermissionError("Esta PC no puede modificar metas de otra unidad.")
        changes = self.store.edits.save(self.profile.year, before, after, self.author, reason)
        self._metas[after.stable_id] = after
        self._validate_one(after)
        self.meta_changed.emit(after.stable_id)
        return changes

    def justify(self, finding: Finding, text: str) -> Justification:
        """Store a warning's justification (empty text: an acknowledgement, «enterado»)."""
        key = JustificationKey.of(self.profile.year, finding)
        at = datetime.now().astimezone().isoformat(timespec="seconds")
        author = f"{self.author.profile} ({self.author.os_user})"
        justification = (
            Justification.justified(key, text, author, at)
            if text.strip()
            else Justification.acknowledged(key, author, at)
        )
        self.store.justifications.save(justification)
        self.validation = self.validation.with_justifications([justification])
        self._refresh_status()
        return justification

    def status_of(self, stable_id: str) -> str | None:
        """``"error"`` or ``"aviso"`` (an unjustified warning) for a meta, else None."""
        return self._status.get(stable_id)

    def _refresh_status(self) -> None:
        status: dict[str, str] = {}
        validation = self.validation
        for item in validation.metas:
            for finding in item.findings:
                if finding.is_error:
                    status[finding.meta_id] = "error"
                elif validation.justification_for(finding) is None:
                    status.setdefault(finding.meta_id, "aviso")
        self._status = status
        self.findings_changed.emit()

    def validate_all(self) -> None:
        """Run every rule on every visible meta (on open and after an import)."""
        profile = self.profile
        if self.report is None:
            self.validation = ValidationResult(profile.year, profile.quarter, ())
        else:
            visible = replace(self.report, metas=tuple(self._metas.values()))
            self.validation = validate_report(
                visible,
                profile.quarter,
                justifications=justifications_for_year(self.store, profile.year),
            )
        self.checked = True
        self._refresh_status()

    def _validate_one(self, meta: Meta) -> None:
        # Only the edited meta is checked again: an edit must feel instant at any scale.
        if not self.checked:
            return  # the full check still to come covers this edit too
        quarter = self.profile.quarter
        findings = validate_meta(
            meta,
            quarter,
            previous_narrative=previous_narrative(meta, quarter),
            year=self.profile.year,
        )
        self.validation = self.validation.with_meta(meta, findings)
        self._refresh_status()
