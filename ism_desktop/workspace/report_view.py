"""The report as one PC sees it: the visible metas and their findings, kept in step."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ism_desktop.domain.closing_states import closed_in, left_open
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.fields import FieldRef
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.own_unit import OwnUnit, known_dependency, pc_unit
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import Catalogue, ProgressReport
from ism_desktop.domain.validation.engine import (
    DEFAULT_SETTINGS,
    MetaFindings,
    ValidationResult,
    previous_narrative,
    validate_meta,
    validate_report,
)
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.validation.settings import ValidationSettings
from ism_desktop.store.closure_repository import closed_field
from ism_desktop.store.store import Store
from ism_desktop.workspace.changes import (
    MetaState,
    PermissionRefusedError,
    QuarterClosedRefusedError,
)
from ism_desktop.workspace.target_said import RequestRoute, request_route_now
from ism_desktop.workspace.written_elsewhere import ReadMark


class ReportView:
    """The profile's year read from the store: metas this PC sees, findings, meta states."""

    def __init__(self, store: Store, profile: PcProfile) -> None:
        self.store = store
        self.profile = profile
        self.report: ProgressReport | None = None
        self.own_unit: OwnUnit | None = None
        self._metas: dict[str, Meta] = {}
        self.validation = ValidationResult(profile.year, profile.quarter, ())
        # Spelling joins once a dictionary is loaded (the window loads it in the background).
        self.settings: ValidationSettings = DEFAULT_SETTINGS
        self._states: dict[str, MetaState] = {}
        # False until the rules have run; the window shows first and checks right after.
        self.checked = False
        # The metas whose state changed at the last refresh: views repaint only those.
        self.status_changed: set[str] = set()
        # A check in parts (the window's, on a thread): metas edited before their part came.
        self._checking = False
        self._edited_early: dict[str, tuple[Finding, ...]] = {}
        # The window checks on a thread of its own after every reload (begin_checking …
        # finish_checking); a reload then only reads, and the caller starts the check.
        self.checks_elsewhere = False
        self._read_mark = ReadMark(store)  # made again by ``reload``

    # -- the report as this PC sees it -------------------------------------------------------

    def catalogue(self) -> Catalogue:
        """The names the metas refer to: the year's, or the database's in a year without metas.

        A year before its programme base arrives has no report, yet the units keep their names:
        the title and the configuration named none («Unidad 004 — 2026»).
        """
        return self.report.catalogue if self.report is not None else self.store.reports.catalogue()

    def unit_name(self, unit: UnitCode) -> str:
        """The unit's printed name, or «» when the database does not know it.

        The profile's own unit is its dependency's (``own_unit``): the report's first one, its
        header's, named another dependency's 002 where several hold one.
        """
        if self.report is not None:
            own = self.own_unit
            entity = own[0] if own is not None and own[1] == unit else self.report.entity.code
            name = self.report.catalogue.unit_name(entity, unit)
            return "" if name == unit.value else name
        named = (u.name for (_entity, code), u in self.catalogue().units.items() if code == unit)
        return next(named, "")

    def reload(self, *, validate: bool = True) -> None:
        """Read the profile's year from the database again (after an import, say)."""
        self._read_mark = ReadMark(self.store)  # before reading: a commit meanwhile is not missed
        self.report = self.store.reports.load(year=self.profile.year, quarter=self.profile.quarter)
        metas = self.report.metas if self.report is not None else ()
        self._metas = {meta.stable_id: meta for meta in metas if self.profile.sees(meta)}
        units = {(meta.key.entity, meta.key.unit) for meta in metas}
        # Of several dependencies each holding a 002, one's is this PC's own; a unit PC's is
        # the dependency it is known by.
        unit = self.profile.unit
        self.own_unit = pc_unit(units, unit, known_dependency(self.store.identity.get(), unit))
        self.checked = False
        self._checking = False
        if validate and not self.checks_elsewhere:
            self.validate_all()

    def written_elsewhere(self) -> bool:
        """Whether another program saved in the database since it was last read (``reload``).

        Its own writes do not count: they already changed what it holds.
        """
        return self._read_mark.written_elsewhere()

    def metas(self) -> list[Meta]:
        """The metas this PC sees, in report order."""
        return list(self._metas.values())

    def meta(self, stable_id: str) -> Meta:
        """The current version of a meta."""
        return self._metas[stable_id]

    def can_edit(self, meta: Meta) -> bool:
        """Whether this PC may change the meta (its own unit's only)."""
        return self.owns(meta)

    def owns(self, meta: Meta) -> bool:
        """Whether the meta is this PC's unit's: of its dependency, where several hold its code."""
        own = self.own_unit
        return self.profile.edits(meta) and (own is None or meta.key.entity == own[0])

    def quarter_closed(self, meta: Meta) -> bool:
        """Whether the meta's unit closed the quarter being reported (figures read-only)."""
        key = meta.key
        return self.store.closures.is_closed(
            self.profile.year, key.entity, key.unit, self.profile.quarter
        )

    def closed_quarters(self, meta: Meta) -> frozenset[Quarter]:
        """The quarters of the year this PC's unit closed, for one of its metas (else none)."""
        key = meta.key
        if key.unit != self.profile.unit:
            return frozenset()
        closures, year = self.store.closures, self.profile.year
        return frozenset(q for q in Quarter if closures.is_closed(year, key.entity, key.unit, q))

    def _own_entity(self) -> str | None:
        """This PC's unit's dependency (``own_unit``'s, not the report's first heading's)."""
        if self.own_unit is not None:
            return self.own_unit[0]
        return None if self.report is None else self.report.entity.code

    def own_closed_quarters(self) -> frozenset[Quarter]:
        """The quarters of the year this PC's unit closed (none without a report)."""
        entity = self._own_entity()
        if entity is None:
            return frozenset()
        closures, year = self.store.closures, self.profile.year
        return frozenset(
            q for q in Quarter if closures.is_closed(year, entity, self.profile.unit, q)
        )

    def closed_units(self) -> frozenset[tuple[str, UnitCode]]:
        """The (dependency, unit) pairs whose quarter reported is closed here (answers wait)."""
        return closed_in(self.store.closures.states(self.profile.year), self.profile.quarter)

    def own_quarter_closed(self) -> bool:
        """Whether this PC's unit closed the quarter being reported (its package was sent)."""
        entity = self._own_entity()
        return entity is not None and self.store.closures.is_closed(
            self.profile.year, entity, self.profile.unit, self.profile.quarter
        )

    def finished_quarters(self) -> frozenset[Quarter]:
        """The quarters of the profile's year this PC is done with (none without a report).

        A unit's PC: those its unit closed. The coordinating unit's: those closed for every
        unit with metas, its own among them (the institution's quarter is then over).
        """
        units = self._units_closing()
        if not units:
            return frozenset()
        states = self.store.closures.states(self.profile.year)  # read once for the four
        return frozenset(q for q in Quarter if not left_open(units, states, q))

    def units_left_open(self, quarter: Quarter) -> tuple[UnitCode, ...]:
        """The units, by code, whose ``quarter`` keeps this PC from being done with it.

        A unit's PC: its own, while open. The coordinating unit's: every unit with metas whose
        quarter is not closed here yet.
        """
        units = self._units_closing()
        if not units:
            return ()
        return left_open(units, self.store.closures.states(self.profile.year), quarter)

    def _units_closing(self) -> set[tuple[str, UnitCode]]:
        """The (entity, unit) pairs whose closing this PC waits for; none without a report."""
        report, profile = self.report, self.profile
        if report is None:
            return set()
        if profile.role is Role.COORDINATOR:
            return {(meta.key.entity, meta.key.unit) for meta in report.metas}
        return {(self._own_entity() or report.entity.code, profile.unit)}

    def unsent_metas(self) -> int:
        """How many of this PC's unit's metas changed in its quarter since its last package."""
        from ism_desktop.exchange.year_travel import unsent_changes

        entity, profile = self._own_entity(), self.profile
        if entity is None:
            return 0
        return unsent_changes(self.store, profile.year, entity, profile.unit, profile.quarter)

    def quarters_to_send_again(self) -> dict[Quarter, bool]:
        """This PC's unit's quarters reopened or changed since their package went out.

        Each with whether it is open now; in order. Of its own dependency (``_own_entity``).
        """
        from ism_desktop.exchange.export.reopened_before import quarters_to_send_again

        profile = self.profile
        return quarters_to_send_again(self.store, profile.year, self._own_entity(), profile.unit)

    def package_held_back(self) -> str | None:
        """Why the quarter's package waits for an earlier quarter's, if it does."""
        from ism_desktop.exchange.export.reopened_before import held_back_message

        profile = self.profile
        return held_back_message(
            self.quarters_to_send_again(), profile.year, profile.unit, profile.quarter
        )

    def refuse_if_closed(self, meta: Meta, year: int, quarter: Quarter) -> None:
        """Refuse a change to a quarter the meta's unit has closed here (sent, or received).

        The figures were read-only; a justification or a modified target typed afterwards
        changed what had been sent, and the next package was refused by the coordinating unit.
        There, a unit's quarter closes with its package: its answers are the unit's, delivered.
        """
        key = meta.key
        if self.store.closures.is_closed(year, key.entity, key.unit, quarter):
            held = {m.key.entity for m in self._metas.values() if m.key.unit == key.unit}
            entity = key.entity if len(held) > 1 else None  # named only where the code repeats
            raise QuarterClosedRefusedError(str(key.unit), year, int(quarter), entity)

    def refuse_if_quarters_closed(self, meta: Meta, fields: Iterable[str]) -> None:
        """Refuse when ``fields`` change a quarter this unit closed (figures, narrative, target).

        The store refuses the figures and narratives of a closed quarter itself, but says it
        as a failed write; the modified target it leaves to the coordinating unit's decisions.
        Undo and redo ask here first, so the person reads which quarter to reopen.
        """
        fields = list(fields)
        refs = [FieldRef.parse(field) for field in fields]
        touched = {r.period for r in refs if r is not None and r.is_modified_target and r.period}
        touched |= {q for q in Quarter for field in fields if closed_field(field, q)}
        for quarter in sorted(touched):
            self.refuse_if_closed(meta, self.profile.year, quarter)

    def request_route(self) -> RequestRoute | None:
        """How a request made now reaches 002, by its own dependency's packages (None: in it)."""
        entity, profile = self._own_entity(), self.profile
        if entity is None:
            return None
        return request_route_now(self.store, profile.year, entity, profile.unit, profile.quarter)

    def delivered(self) -> frozenset[tuple[str, UnitCode]]:
        """The units that sent the profile's quarter before: later quarters are theirs to type."""
        return self.store.packages.delivered(self.profile.year, self.profile.quarter)

    def sent_before(self, meta: Meta, quarter: Quarter) -> bool:
        """Whether the meta's unit sent this quarter before (its check allows later figures)."""
        key = meta.key
        return (key.entity, key.unit) in self.store.packages.delivered(self.profile.year, quarter)

    def state_of(self, stable_id: str) -> MetaState | None:
        """An error, or a warning nobody justified, on the meta; else None."""
        return self._states.get(stable_id)

    def validate_all(self) -> None:
        """Run every rule on every visible meta (on open and after an import)."""
        profile = self.profile
        if self.report is None:
            self.validation = ValidationResult(profile.year, profile.quarter, ())
        else:
            self.validation = validate_report(
                self._to_check(),
                profile.quarter,
                self.settings,
                justifications=self.store.justifications_for_year(profile.year),
                delivered=self.delivered(),
            )
        self.checked = True
        self._checking = False
        self._refresh_states()

    # -- a check in parts, for a caller that runs the rules elsewhere (a thread) --------------

    def begin_checking(self) -> ProgressReport | None:
        """Forget the findings and return the visible report to check, part by part."""
        profile = self.profile
        justifications = self.store.justifications_for_year(profile.year)
        self.validation = ValidationResult(profile.year, profile.quarter, ()).with_justifications(
            justifications
        )
        self._edited_early = {}
        if self.report is None:
            self.checked, self._checking = True, False
            self._refresh_states()
            return None
        self.checked, self._checking = False, True
        return self._to_check()

    def _to_check(self) -> ProgressReport:
        """The visible metas as the rules read them: a received unit's with what it asked.

        The board counts a unit's warnings with the targets its package asked for, still
        undecided; the findings panel counted with those held, and said another number.
        """
        from ism_desktop.exchange.asked_targets import report_as_sent

        assert self.report is not None
        visible = replace(self.report, metas=tuple(self._metas.values()))
        return report_as_sent(self.store, visible, self.profile.quarter)

    def add_checked(self, items: Iterable[MetaFindings]) -> None:
        """Take the findings of one part; a meta edited meanwhile keeps its newer findings."""
        fresh = tuple(
            MetaFindings(self._metas[item.meta.stable_id], self._edited_early[item.meta.stable_id])
            if item.meta.stable_id in self._edited_early
            else item
            for item in items
            if item.meta.stable_id in self._metas
        )
        self.validation = replace(self.validation, metas=self.validation.metas + fresh)
        self._refresh_states(fresh)

    def finish_checking(self) -> None:
        """Every part is in: the findings are complete."""
        self.checked, self._checking = True, False
        self._edited_early = {}
        self._refresh_states(())

    def stop_checking(self) -> None:
        """A check in parts was abandoned (a reload, closing the window)."""
        self._checking = False
        self._edited_early = {}

    @property
    def checked_count(self) -> int:
        """How many metas the rules have been through so far."""
        return len(self.validation.metas)

    def _validate_one(self, meta: Meta) -> tuple[Finding, ...]:
        # Only the edited meta is checked again: an edit must feel instant at any scale.
        if not self.checked and not self._checking:
            return ()  # the full check still to come covers this edit too
        quarter = self.profile.quarter
        findings = validate_meta(
            meta,
            quarter,
            self.settings,
            previous_narrative=previous_narrative(meta, quarter),
            year=self.profile.year,
            delivered=self.sent_before(meta, quarter),
        )
        if self._checking and not any(
            item.meta.stable_id == meta.stable_id for item in self.validation.metas
        ):
            # Its part is still on the way: it keeps these findings when the part arrives.
            self._edited_early[meta.stable_id] = findings
            return findings
        self.validation = self.validation.with_meta(meta, findings)
        self._refresh_states()
        return findings

    def _refresh_states(self, items: Iterable[MetaFindings] | None = None) -> None:
        """Recompute the metas' states (only those of ``items`` if given)."""
        validation = self.validation
        states = {} if items is None else dict(self._states)
        for item in validation.metas if items is None else items:
            states.pop(item.meta.stable_id, None)
            for finding in item.findings:
                if finding.is_error:
                    states[finding.meta_id] = MetaState.ERROR
                elif validation.justification_for(finding) is None:
                    states.setdefault(finding.meta_id, MetaState.WARNING)
        old = self._states
        self.status_changed = {
            stable_id
            for stable_id in old.keys() | states.keys()
            if old.get(stable_id) != states.get(stable_id)
        }
        self._states = states

    def _seen_meta(self, stable_id: str) -> Meta:
        meta = self._metas.get(stable_id)
        if meta is None:
            raise PermissionRefusedError(
                f"La meta {stable_id} no está entre las de esta computadora."
            )
        return meta
