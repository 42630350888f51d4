"""The report as one PC sees it: the visible metas and their findings, kept in step."""

from __future__ import annotations

from dataclasses import replace

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
from ism_desktop.store.store import Store
from ism_desktop.workspace.changes import MetaState, PermissionRefusedError


class ReportView:
    """The profile's year read from the store: metas this PC sees, findings, meta states."""

    def __init__(self, store: Store, profile: PcProfile) -> None:
        self.store = store
        self.profile = profile
        self.report: ProgressReport | None = None
        self._metas: dict[str, Meta] = {}
        self.validation = ValidationResult(profile.year, profile.quarter, ())
        self._states: dict[str, MetaState] = {}
        # False until the rules have run; the window shows first and checks right after.
        self.checked = False

    # -- the report as this PC sees it -------------------------------------------------------

    def reload(self, *, validate: bool = True) -> None:
        """Read the profile's year from the database again (after an import, say)."""
        self.report = self.store.reports.load(year=self.profile.year, quarter=self.profile.quarter)
        metas = self.report.metas if self.report is not None else ()
        self._metas = {meta.stable_id: meta for meta in metas if self.profile.sees(meta)}
        self.checked = False
        if validate:
            self.validate_all()

    def metas(self) -> list[Meta]:
        """The metas this PC sees, in report order."""
        return list(self._metas.values())

    def meta(self, stable_id: str) -> Meta:
        """The current version of a meta."""
        return self._metas[stable_id]

    def can_edit(self, meta: Meta) -> bool:
        """Whether this PC may change the meta (its own unit's only)."""
        return self.profile.edits(meta)

    def state_of(self, stable_id: str) -> MetaState | None:
        """An error, or a warning nobody justified, on the meta; else None."""
        return self._states.get(stable_id)

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
                justifications=self.store.justifications_for_year(profile.year),
            )
        self.checked = True
        self._refresh_states()

    def _validate_one(self, meta: Meta) -> tuple[Finding, ...]:
        # Only the edited meta is checked again: an edit must feel instant at any scale.
        if not self.checked:
            return ()  # the full check still to come covers this edit too
        quarter = self.profile.quarter
        findings = validate_meta(
            meta,
            quarter,
            previous_narrative=previous_narrative(meta, quarter),
            year=self.profile.year,
        )
        self.validation = self.validation.with_meta(meta, findings)
        self._refresh_states()
        return findings

    def _refresh_states(self) -> None:
        states: dict[str, MetaState] = {}
        validation = self.validation
        for item in validation.metas:
            for finding in item.findings:
                if finding.is_error:
                    states[finding.meta_id] = MetaState.ERROR
                elif validation.justification_for(finding) is None:
                    states.setdefault(finding.meta_id, MetaState.WARNING)
        self._states = states

    def _seen_meta(self, stable_id: str) -> Meta:
        meta = self._metas.get(stable_id)
        if meta is None:
            raise PermissionRefusedError(f"La meta {stable_id} no está entre las de esta PC.")
        return meta
