"""Running the rules: one meta at a time (on every edit) or a whole report (before an export)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from itertools import compress
from types import MappingProxyType

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.gc_pause import cycle_collection_paused
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.report_through import meta_through
from ism_desktop.domain.validation.context import MetaContext
from ism_desktop.domain.validation.finding import Finding, Severity
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.domain.validation.narrative_facts import read_together
from ism_desktop.domain.validation.rule import Rule
from ism_desktop.domain.validation.settings import ValidationSettings

DEFAULT_SETTINGS = ValidationSettings()


def previous_narrative(meta: Meta, quarter: Quarter) -> str | None:
    """The narrative of the quarter before, which a new one should not merely repeat."""
    if quarter is Quarter.FIRST:
        return None
    return meta.evaluation(Quarter(quarter - 1)) or None


def validate_meta(
    meta: Meta,
    quarter: Quarter,
    settings: ValidationSettings = DEFAULT_SETTINGS,
    previous_narrative: str | None = None,
    *,
    year: int | None = None,
    rules: tuple[Rule, ...] | None = None,
    delivered: bool = False,
) -> tuple[Finding, ...]:
    """Every finding of one meta in the quarter being reported, errors first.

    ``year`` lets the narrative checks tell this year's "PRIMER TRIMESTRE" from "4º TRIMESTRE
    2023"; without it, periods and dates written with a year are not checked. ``rules``
    defaults to the whole catalogue. ``delivered``: the meta's unit sent this quarter in a
    package before, so it is checked as its package carries it (``meta_through``).
    """
    checked = meta_through(meta, quarter) if delivered else meta
    context = MetaContext(checked, quarter, settings, previous_narrative, year)
    return _findings(context, _active_rules(rules, settings))


def _active_rules(rules: tuple[Rule, ...] | None, settings: ValidationSettings) -> tuple[Rule, ...]:
    """The rules to run: the catalogue's by default, less the warnings switched off."""
    if rules is None:
        # Imported on first use: the catalogue compiles many patterns, work the window's first
        # paint does not need (the rules run after it, on their own thread).
        from ism_desktop.domain.validation.catalogue import RULES

        rules = RULES
    disabled = settings.disabled_warnings
    if not disabled:
        return rules
    return tuple(
        rule for rule in rules if not (rule.severity is Severity.WARNING and rule.code in disabled)
    )


def _findings(context: MetaContext, rules: tuple[Rule, ...]) -> tuple[Finding, ...]:
    findings: list[Finding] = []
    for rule in rules:
        found = rule.check(context)
        # Most checks answer an empty tuple: nothing to iterate (a generator is always true).
        if found:
            findings.extend(_distinct([rule.finding(context, item) for item in found]))
    return tuple(findings)


def _distinct(made: list[Finding]) -> list[Finding]:
    """A rule's findings of one meta, each said once.

    A narrative that repeats a sentence quotes its figure again: pasted 500 times, it gave
    500 identical warnings to read past.
    """
    return made if len(made) < 2 else list(dict.fromkeys(made))


# A whole report is checked in runs of this many metas, each rule over the whole run before the
# next: one check (and the narrative reading it starts) many times in a row keeps the processor's
# caches warm, and ran the state report's cold check in three quarters of the time of every rule
# once per meta; a run keeps only this many contexts alive.
_RUN = 256


def _run_findings(
    contexts: list[MetaContext], rules: tuple[Rule, ...]
) -> list[tuple[Finding, ...]]:
    """Each context's findings, as ``_findings`` gives them, with the rules taken in turn."""
    found: list[list[Finding]] = [[] for _ in contexts]
    every = range(len(contexts))
    for rule in rules:
        if rule.clears is not None and rule.clears(contexts):
            continue  # no meta of the run breaks it: every answer would be empty
        # The rule over the whole run first, called from C (``map``), and only the metas with an
        # answer looked at again (``compress``, in C too): the checks are pure, so the same
        # findings in the same order, without a Python loop over every meta for every rule.
        answers = list(map(rule.check, contexts))
        for index in compress(every, answers):  # as in ``_findings``: most answer ``()``
            context = contexts[index]
            found[index].extend(_distinct([rule.finding(context, i) for i in answers[index]]))
    return [tuple(findings) for findings in found]


@dataclass(frozen=True, slots=True)
class MetaFindings:
    """One validated meta and its findings (possibly none)."""

    meta: Meta
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class ValidationResult:
    """The findings of a report for one quarter, meta by meta in report order."""

    year: int
    quarter: Quarter
    metas: tuple[MetaFindings, ...]
    justifications: Mapping[JustificationKey, Justification] = field(
        default_factory=lambda: MappingProxyType({})
    )

    @property
    def findings(self) -> tuple[Finding, ...]:
        """All findings, in report order."""
        return tuple(finding for item in self.metas for finding in item.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings that block the export."""
        return tuple(finding for finding in self.findings if finding.is_error)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings that need a justification or an acknowledgement."""
        return tuple(finding for finding in self.findings if not finding.is_error)

    @property
    def has_errors(self) -> bool:
        """True when the package may not be exported; warnings never block."""
        return any(finding.is_error for item in self.metas for finding in item.findings)

    def justification_for(self, finding: Finding) -> Justification | None:
        """The justification of a warning as it reads now, if any (errors are never justified).

        One written when the warning said something else (other figures) does not count: it
        explained another situation. It stays stored, and ``earlier_justification_for`` gives it.
        """
        if finding.is_error:
            return None
        stored = self.justifications.get(JustificationKey.of(self.year, finding))
        if stored is None or not stored.answers(finding):
            return None
        return stored

    def earlier_justification_for(self, finding: Finding) -> Justification | None:
        """The justification written when the warning said something else, to offer it back."""
        if finding.is_error:
            return None
        stored = self.justifications.get(JustificationKey.of(self.year, finding))
        if stored is None or stored.answers(finding):
            return None
        return stored

    @property
    def unjustified_warnings(self) -> tuple[Finding, ...]:
        """Warnings still waiting for a justification or an acknowledgement."""
        return tuple(w for w in self.warnings if self.justification_for(w) is None)

    def by_unit(self) -> tuple[tuple[UnitCode, tuple[MetaFindings, ...]], ...]:
        """Metas with findings, grouped by administrative unit in report order.

        A unit is its code within its dependency: a state's report repeats the codes, and the
        003 of one dependency is another office than the 003 of the next (each its own group).
        """
        groups: dict[tuple[str, UnitCode], list[MetaFindings]] = {}
        for item in self.metas:
            if item.findings:
                groups.setdefault((item.meta.key.entity, item.meta.key.unit), []).append(item)
        return tuple((unit, tuple(items)) for (_, unit), items in groups.items())

    def for_meta(self, stable_id: str) -> tuple[Finding, ...]:
        """The findings of one meta (none if it was not validated)."""
        for item in self.metas:
            if item.meta.stable_id == stable_id:
                return item.findings
        return ()

    def with_meta(self, meta: Meta, findings: tuple[Finding, ...]) -> ValidationResult:
        """A copy with one meta's findings replaced, after it was edited and re-checked."""
        metas = tuple(
            MetaFindings(meta, findings) if item.meta.stable_id == meta.stable_id else item
            for item in self.metas
        )
        return replace(self, metas=metas)

    def with_justifications(self, justifications: Iterable[Justification]) -> ValidationResult:
        """A copy that knows these justifications (replacing any with the same key)."""
        merged = dict(self.justifications)
        merged.update((item.key, item) for item in justifications)
        return replace(self, justifications=MappingProxyType(merged))

    def with_only_justifications(self, justifications: Iterable[Justification]) -> ValidationResult:
        """A copy that knows exactly these justifications (one no longer given is forgotten)."""
        known = {item.key: item for item in justifications}
        return replace(self, justifications=MappingProxyType(known))


def validate_report(
    report: ProgressReport,
    quarter: Quarter,
    settings: ValidationSettings = DEFAULT_SETTINGS,
    unit: UnitCode | None = None,
    justifications: Iterable[Justification] = (),
    delivered: Collection[tuple[str, UnitCode]] = frozenset(),
) -> ValidationResult:
    """Validate every meta of a report (or of one unit) for the quarter being reported.

    ``delivered``: the (entity, unit) pairs that sent this quarter in a package before. Their
    metas are checked as the package carries them, up to the quarter: a unit that reopens a
    sent quarter may have typed the next ones meanwhile, and those go in their own packages.
    The findings keep the metas as stored.
    """
    metas = report.metas if unit is None else report.metas_of(unit)
    rules = _active_rules(None, settings)  # once for the report, not once per meta
    year = report.year
    first = quarter is Quarter.FIRST  # no quarter before it to compare with
    checked: list[MetaFindings] = []
    contexts: list[MetaContext] = []
    # What the check leaves (the narratives read, cached) joins the oldest generation: the first
    # young collection after it walked all of it (~40,000 objects on the state report, ~10 ms).
    with cycle_collection_paused(survivors_to_oldest=True):
        for at in range(0, len(metas), _RUN):
            run = metas[at : at + _RUN]
            contexts = [
                MetaContext(
                    meta_through(meta, quarter)
                    if delivered and (meta.key.entity, meta.key.unit) in delivered
                    else meta,
                    quarter,
                    settings,
                    None if first else previous_narrative(meta, quarter),
                    year,
                )
                for meta in run
            ]
            # The run's narratives are read together, before the first rule asks for them.
            read_together([context.facts for context in contexts if context.narrative])
            checked.extend(map(MetaFindings, run, _run_findings(contexts, rules)))
        # The contexts go before the collector is back: it would walk them once more.
        del contexts
    result = ValidationResult(report.year, quarter, tuple(checked))
    return result.with_justifications(justifications)


def validate_errors(
    metas: Iterable[Meta],
    quarter: Quarter,
    year: int,
    settings: ValidationSettings = DEFAULT_SETTINGS,
) -> list[tuple[Finding, ...]]:
    """Each meta's errors, in order, as ``validate_meta(..., delivered=True)`` finds them.

    What a package's receipt counts: the error rules alone, run by run as a whole report's
    check takes them (most runs break no fraction or text rule: one look over the run), on
    each meta as its package carries it, without reading its narrative (no error rule asks).
    """
    from ism_desktop.domain.validation.catalogue import ERROR_RULES

    found: list[tuple[Finding, ...]] = []
    metas = tuple(metas)
    for at in range(0, len(metas), _RUN):
        contexts = [
            MetaContext(meta_through(meta, quarter), quarter, settings, None, year, read=False)
            for meta in metas[at : at + _RUN]
        ]
        found.extend(_run_findings(contexts, ERROR_RULES))
    return found
