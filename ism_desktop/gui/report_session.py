"""The open report as the window sees it: the visible metas, kept in step with the database."""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ism_desktop.domain.audit import Author, FieldChange, TargetChangeReason
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.profile import PcProfile
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.gui.validation_thread import ValidationThread
from ism_desktop.store.store import Store

if TYPE_CHECKING:
    from ism_desktop.domain.validation.engine import MetaFindings, ValidationResult

# The rules' modules (``domain.validation.engine`` and the catalogue it loads) are imported
# where they are used, after the window's first paint: they compile many patterns at import.


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

    def __init__(
        self,
        store: Store,
        profile: PcProfile,
        parent: QObject | None = None,
        *,
        validate: bool = True,
        background: bool = False,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.profile = profile
        self.author = Author(profile=profile.describe(), os_user=_os_user())
        self.report: ProgressReport | None = None
        self._metas: dict[str, Meta] = {}
        self._validation: ValidationResult | None = None  # made when first asked for
        self._status: dict[str, str] = {}
        self.status_changed: set[str] = set()
        # False until the rules have run on every meta; the window shows first.
        self.checked = False
        # With ``background`` the rules run on their own thread (the window's way); without,
        # right away on this one (scripts and tests that read the findings next).
        self.background = background
        self._thread: ValidationThread | None = None
        self._generation = 0
        self._edited_early: dict[str, tuple[Finding, ...]] = {}
        self.reload(validate=validate)

    def reload(self, *, validate: bool = True) -> None:
        """Read the profile's year from the database again (after an import, say)."""
        self.stop_validation()
        self.report = self.store.reports.load(year=self.profile.year, quarter=self.profile.quarter)
        metas = self.report.metas if self.report is not None else ()
        self._metas = {meta.stable_id: meta for meta in metas if self.profile.sees(meta)}
        self.checked = False
        if validate:
            self.start_validation()
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

    def _refresh_status(self, items: Iterable[MetaFindings] | None = None) -> None:
        """Recompute the metas' markers (only those of ``items`` if given) and tell the views."""
        validation = self.validation
        status = {} if items is None else dict(self._status)
        for item in validation.metas if items is None else items:
            status.pop(item.meta.stable_id, None)
            for finding in item.findings:
                if finding.is_error:
                    status[finding.meta_id] = "error"
                elif validation.justification_for(finding) is None:
                    status.setdefault(finding.meta_id, "aviso")
        old = self._status
        # The metas whose marker changes: the tree repaints those rows only.
        self.status_changed = {
            stable_id
            for stable_id in old.keys() | status.keys()
            if old.get(stable_id) != status.get(stable_id)
        }
        self._status = status
        self.findings_changed.emit()

    @property
    def validation(self) -> ValidationResult:
        """The findings so far (of every meta once ``checked``)."""
        if self._validation is None:
            from ism_desktop.domain.validation.engine import ValidationResult

            self._validation = ValidationResult(self.profile.year, self.profile.quarter, ())
        return self._validation

    @validation.setter
    def validation(self, result: ValidationResult) -> None:
        self._validation = result

    def start_validation(self) -> None:
        """Run the rules in the background (``background``) or at once, as the session does."""
        if self.background:
            self.validate_in_background()
        else:
            self.validate_all()

    def validate_all(self) -> None:
        """Run every rule on every visible meta, on this thread."""
        from ism_desktop.domain.validation.engine import ValidationResult, validate_report
        from ism_desktop.exchange.justification_sources import justifications_for_year

        self.stop_validation()
        profile = self.profile
        if self.report is None:
            self.validation = ValidationResult(profile.year, profile.quarter, ())
        else:
            self.validation = validate_report(
                self._visible_report(self.report),
                profile.quarter,
                justifications=justifications_for_year(self.store, profile.year),
            )
        self.checked = True
        self._refresh_status()

    def validate_in_background(self) -> None:
        """Run every rule on a thread; findings show up a chunk at a time as they come."""
        from ism_desktop.domain.validation.engine import ValidationResult
        from ism_desktop.exchange.justification_sources import justifications_for_year

        self.stop_validation()
        profile = self.profile
        self.validation = ValidationResult(profile.year, profile.quarter, ())
        if self.report is None:
            self.checked = True
            self._refresh_status()
            return
        # Read here: the database connection belongs to this thread.
        justifications = justifications_for_year(self.store, profile.year)
        self.validation = self.validation.with_justifications(justifications)
        self._generation += 1
        thread = ValidationThread(
            self._generation, self._visible_report(self.report), profile.quarter, self
        )
        thread.chunk_ready.connect(self._on_chunk)
        thread.finished_checking.connect(self._on_checked)
        self._thread = thread
        thread.start()
        self._refresh_status()  # the markers of the previous check go until the new ones come

    def stop_validation(self) -> None:
        """End a background check still running (before a reload, and when closing)."""
        thread, self._thread = self._thread, None
        self._edited_early = {}
        if thread is not None:
            thread.stop()
            thread.deleteLater()

    @property
    def checked_count(self) -> int:
        """How many metas the rules have been through so far."""
        return 0 if self._validation is None else len(self._validation.metas)

    def _visible_report(self, report: ProgressReport) -> ProgressReport:
        return replace(report, metas=tuple(self._metas.values()))

    def _on_chunk(self, generation: int, items: tuple[MetaFindings, ...]) -> None:
        from ism_desktop.domain.validation.engine import MetaFindings

        if generation != self._generation or self._thread is None:
            return  # a check that was stopped: its metas are not the current ones
        # A meta edited while its chunk was on the way was checked again at the edit.
        fresh = tuple(
            MetaFindings(self._metas[item.meta.stable_id], self._edited_early[item.meta.stable_id])
            if item.meta.stable_id in self._edited_early
            else item
            for item in items
        )
        self.validation = replace(self.validation, metas=self.validation.metas + fresh)
        self._refresh_status(fresh)

    def _on_checked(self, generation: int) -> None:
        if generation != self._generation or self._thread is None:
            return
        self.stop_validation()
        self.checked = True
        self._refresh_status(())  # every marker is in place already: say the check is done

    def _validate_one(self, meta: Meta) -> None:
        # Only the edited meta is checked again: an edit must feel instant at any scale.
        from ism_desktop.domain.validation.engine import previous_narrative, validate_meta

        quarter = self.profile.quarter
        findings = validate_meta(
            meta,
            quarter,
            previous_narrative=previous_narrative(meta, quarter),
            year=self.profile.year,
        )
        if not self.checked and not any(
            item.meta.stable_id == meta.stable_id for item in self.validation.metas
        ):
            if self._thread is not None:
                self._edited_early[meta.stable_id] = findings
            return  # the check still to come reaches this meta and keeps these findings
        self.validation = self.validation.with_meta(meta, findings)
        self._refresh_status()
