"""The export's validation: the domain's rules over one unit, with the unit's justifications."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.validation.engine import (
    DEFAULT_SETTINGS,
    ValidationResult,
    validate_report,
)
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.validation.justification import Justification
from ism_desktop.domain.validation.settings import ValidationSettings
from ism_desktop.exchange.export.check import (
    CheckedFinding,
    CheckedJustification,
    ExportCheck,
    Validator,
)

JustificationSource = Callable[[int], Iterable[Justification]]
# The (entity, unit) pairs that sent a year's quarter before (see ``validate_report``).
DeliveredSource = Callable[[int, Quarter], Collection[tuple[str, UnitCode]]]


def _checked(result: ValidationResult, description: str, finding: Finding) -> CheckedFinding:
    stored = result.justification_for(finding)
    return CheckedFinding(
        meta_id=finding.meta_id,
        meta_description=description,
        rule=finding.rule,
        field=finding.field,
        message=finding.message,
        justification=None
        if stored is None
        else CheckedJustification(
            stored.text,
            stored.author,
            stored.at,
            # One not known to answer a message (a recorded target reason, an old one) answers
            # this one, as it reads here: at the coordinating unit, while a request waits or
            # once it is rejected, the warning reads otherwise, and this answer is not its.
            (finding.message,) if stored.answered is None else stored.answered,
        ),
    )


def export_check(result: ValidationResult) -> ExportCheck:
    """What the export needs to know of a validation result."""
    errors: list[CheckedFinding] = []
    warnings: list[CheckedFinding] = []
    for item in result.metas:
        for finding in item.findings:
            target = errors if finding.is_error else warnings
            target.append(_checked(result, item.meta.description, finding))
    return ExportCheck(errors=tuple(errors), warnings=tuple(warnings))


def rules_validator(
    justifications: JustificationSource = lambda _year: (),
    settings: ValidationSettings = DEFAULT_SETTINGS,
    delivered: DeliveredSource = lambda _year, _quarter: frozenset(),
) -> Validator:
    """A validator running every rule of ``domain.validation`` over the exported unit."""

    def validate(report: ProgressReport, quarter: Quarter, unit: UnitCode) -> ExportCheck:
        result = validate_report(
            report,
            quarter,
            settings,
            unit=unit,
            justifications=justifications(report.year),
            delivered=delivered(report.year, quarter),
        )
        return export_check(result)

    return validate
