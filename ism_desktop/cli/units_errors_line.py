"""What a unit's errors ask on validate's result line, its quarter closed or not.

Closed, the quarter's figures are read-only: «corríjalos antes de exportar el paquete» sent
the person to correct what took nothing, and the command that reopens it went unsaid.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.engine import ValidationResult
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.wording import reopen_how, units_said
from ism_desktop.workspace.closed_errors_said import closed_errors_said


@dataclass(frozen=True, slots=True)
class UnitsClosed:
    """The quarters each unit closed, and the database the command was told (--db) if any."""

    quarters: Mapping[UnitCode, frozenset[Quarter]] = field(default_factory=dict)
    database: str | None = None


def units_errors_said(result: ValidationResult, closed: UnitsClosed | None) -> str:
    """The result line after «hay N errores»: «; corríjalos…», or how to reopen first.

    A unit whose quarter is closed is told the command that reopens it; the others' errors
    are corrected before their packages are exported.
    """
    by_unit: dict[UnitCode, list[Finding]] = {}
    for item in result.metas:
        errors = [finding for finding in item.findings if finding.is_error]
        if errors:
            by_unit.setdefault(item.meta.key.unit, []).extend(errors)
    quarters = closed.quarters if closed is not None else {}
    shut = [unit for unit in by_unit if result.quarter in quarters.get(unit, ())]
    total = sum(len(errors) for errors in by_unit.values())
    if not shut:
        return f"; {'corríjalo' if total == 1 else 'corríjalos'} antes de exportar el paquete."
    database = closed.database if closed is not None else None
    said = [
        _whose(by_unit, unit)
        + closed_errors_said(
            result.quarter,
            by_unit[unit],
            closed=quarters[unit],
            unit="" if len(by_unit) == 1 else str(unit),
            reopen=reopen_how(result.year, str(unit), [int(result.quarter)], database),
        )
        for unit in shut
    ]
    others = [unit for unit in by_unit if unit not in shut]
    if others:
        rest = sum(len(by_unit[unit]) for unit in others)
        them, fix = ("El", "corríjalo") if rest == 1 else ("Los", "corríjalos")
        packages = "su paquete" if len(others) == 1 else "sus paquetes"
        said.append(f" {them} de {units_said(others)}: {fix} antes de exportar {packages}.")
    return "." + "".join(said)


def _whose(by_unit: Mapping[UnitCode, list[Finding]], unit: UnitCode) -> str:
    """« De ellos, 15 son de la unidad 004.» when other units' errors are counted too."""
    if len(by_unit) == 1:
        return ""
    errors = len(by_unit[unit])
    return f" De ellos, {errors} {'es' if errors == 1 else 'son'} de la unidad {unit}."
