"""``ism-desktop validate``: the findings of a quarter's report, by unit and meta (or as JSON)."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from typing import Any

from ism_desktop.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    add_db_argument,
    fail,
    no_report,
    store_from,
)
from ism_desktop.cli.period_arguments import add_period_arguments, add_unit_argument
from ism_desktop.cli.spelling_setup import spelling_settings
from ism_desktop.cli.units_errors_line import UnitsClosed, units_errors_said
from ism_desktop.domain.dependency_words import with_dependency
from ism_desktop.domain.fields import field_label
from ism_desktop.domain.own_unit import OwnUnit, own_unit
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.validation.engine import ValidationResult, validate_report
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.validation.justification import Justification
from ism_desktop.domain.wording import count
from ism_desktop.exchange.asked_targets import report_as_sent
from ism_desktop.workspace.errors_meaning import (
    UnitKey,
    coordinator_errors_clause,
    undelivered_units,
)
from ism_desktop.workspace.opening import StoreError

_DESCRIPTION_WIDTH = 90


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the parser."""
    parser = commands.add_parser(
        "validate",
        help="revisa el informe de un trimestre: errores que bloquean y avisos",
        description=(
            "Revisa las metas del trimestre con las reglas del formato ETCA-III-04. Los errores "
            "impiden exportar el paquete; los avisos se permiten con una justificación o un "
            "«enterado» (vea «justify»). Termina con 0 si no hay errores y con 1 si los hay."
        ),
    )
    add_db_argument(parser)
    add_period_arguments(parser)
    add_unit_argument(parser)
    parser.add_argument(
        "--json", action="store_true", help="escribe la lista de errores y avisos en JSON"
    )
    parser.set_defaults(handler=run, db_must_exist=True)


def run(args: argparse.Namespace) -> int:
    """Validate and print; the exit code says whether there are errors."""
    try:
        with store_from(args) as store:
            report = store.reports.load(year=args.year, quarter=args.quarter)
            if report is None:
                return fail(no_report(args))
            if args.unit is not None and args.unit not in report.units_in_order():
                return fail(f"el informe no tiene metas de la unidad {args.unit}.")
            # Counted as the board counts: a unit's package with the targets it asked for.
            report = report_as_sent(store, report, args.quarter)
            justifications = store.justifications_for_year(report.year)
            delivered = store.packages.delivered(report.year, args.quarter)
            identity = store.identity.get()
            # Its own unit with its dependency: among several, each may hold a 002.
            units = ((meta.key.entity, meta.key.unit) for meta in report.metas)
            own = None if identity is None else own_unit(units, identity.unit)
            if identity is not None and own is None:  # none of its metas in the year
                own = identity.entity, identity.unit
            # Closed, the coordinator's own errors wait on a reopening: said in its result
            # (an earlier quarter closed too is reopened before its figures are typed).
            shut = frozenset(
                quarter
                for quarter in Quarter
                if own is not None and store.closures.is_closed(report.year, *own, quarter)
            )
            # Units yet to deliver have figures to send, not errors to correct.
            awaited = undelivered_units(store, report.year, args.quarter, report.metas)
            # A unit's quarter closed: its errors wait on a reopening, said with its command.
            closed = {
                unit: frozenset(
                    quarter
                    for quarter in Quarter
                    if store.closures.is_closed(report.year, report.entity.code, unit, quarter)
                )
                for unit in report.units_in_order()
                if args.unit in (None, unit)
            }
    except StoreError as exc:
        return fail(str(exc))
    result = validate_report(
        report,
        args.quarter,
        spelling_settings(),
        unit=args.unit,
        justifications=justifications,
        delivered=delivered,
    )
    if args.json:
        several = len(report.entities_in_order()) > 1
        json.dump(findings_to_json(result, several), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        # The coordinating unit sends no package: its result line says what its errors ask.
        coordinating = own if identity and identity.role is Role.COORDINATOR else None
        database = None if args.db is None else str(args.db)
        sys.stdout.write(
            findings_to_text(
                report,
                result,
                coordinating,
                shut=shut,
                awaited=awaited,
                units_closed=UnitsClosed(closed, database),
            )
        )
    return EXIT_FINDINGS if result.has_errors else EXIT_OK


def _justification_json(justification: Justification | None) -> dict[str, Any] | None:
    if justification is None:
        return None
    return {
        "texto": justification.text,
        "enterado": justification.is_acknowledgement,
        "autor": justification.author,
        "fecha": justification.at,
    }


def findings_to_json(result: ValidationResult, several: bool = False) -> list[dict[str, Any]]:
    """Every finding as a plain JSON object, in report order.

    ``several``: the report holds several dependencies, whose unit codes repeat; each object
    then says its «dependencia» too (with one, the objects are what they always were).
    """
    return [
        {
            **({"dependencia": item.meta.key.entity} if several else {}),
            "unidad": item.meta.key.unit.value,
            "descripcion": item.meta.description,
            "regla": finding.rule,
            "severidad": finding.severity.label,
            "mensaje": finding.message,
            "campo": finding.field,
            "id_meta": finding.meta_id,
            "trimestre": int(finding.quarter),
            "justificacion": _justification_json(result.justification_for(finding)),
        }
        for item in result.metas
        for finding in item.findings
    ]


def _clip(text: str) -> str:
    return text if len(text) <= _DESCRIPTION_WIDTH else f"{text[: _DESCRIPTION_WIDTH - 1]}…"


def _finding_lines(result: ValidationResult, finding: Finding) -> list[str]:
    where = field_label(finding.field)
    lines = [f"    {finding.severity.label.upper()} {finding.rule} ({where})"]
    lines.append(f"      {finding.message}")
    if not finding.is_error:
        justification = result.justification_for(finding)
        earlier = result.earlier_justification_for(finding)
        if justification is not None:
            lines.append(f"      → {justification.describe()}")
        elif earlier is not None:
            # Kept, not counted: it explained other figures; «justify» again settles it.
            lines.append("      → Sin justificar: el aviso cambió desde su justificación.")
            lines.append(f"        {earlier.describe_earlier()}")
        else:
            lines.append("      → Sin justificar.")
    return lines


def findings_to_text(
    report: ProgressReport,
    result: ValidationResult,
    coordinating: OwnUnit | None = None,
    *,
    shut: frozenset[Quarter] = frozenset(),
    awaited: frozenset[UnitKey] = frozenset(),
    units_closed: UnitsClosed | None = None,
) -> str:
    """The findings for a person: a summary, then unit by unit and meta by meta.

    ``coordinating``: the coordinating unit (dependency, code) when the database is its (None:
    a unit's; among several dependencies, only one's 002 is its own);
    ``shut``: the quarters it closed; ``awaited``: the units yet to deliver the quarter,
    (dependency, code) each;
    ``units_closed``: at a unit's, the quarters each unit closed.
    """
    errors, warnings = len(result.errors), len(result.warnings)
    open_warnings = len(result.unjustified_warnings)
    checked = count(len(result.metas), "meta revisada", "metas revisadas")
    lines = [
        f"Validación del ejercicio {result.year}, trimestre {int(result.quarter)} "
        f"({result.quarter.spanish_name.lower()}): {checked}, "
        f"{count(errors, 'error', 'errores')}, "
        f"{count(warnings, 'aviso', 'avisos')} ({open_warnings} sin justificar)."
    ]
    # A state's report repeats unit codes: each heading says its dependency (and the name
    # under it; looked up under the first, the second's units read «Unidad 001 001»).
    several = len(report.entities_in_order()) > 1
    for unit, items in result.by_unit():
        entity = items[0].meta.key.entity if several else report.entity.code
        named = f"{unit} {report.catalogue.unit_name(entity, unit)}"
        lines += ["", f"Unidad {with_dependency(named, entity, several)}"]
        for item in items:
            lines.append(f"  Meta {item.meta.stable_id}: {_clip(item.meta.description)}")
            for finding in item.findings:
                lines += _finding_lines(result, finding)
    lines.append("")
    if result.has_errors and coordinating is not None:
        own_errors = [
            finding
            for item in result.metas
            if (item.meta.key.entity, item.meta.key.unit) == coordinating
            for finding in item.findings
            if finding.is_error
        ]
        own = len(own_errors)
        closed = result.quarter if result.quarter in shut else None
        pending = Counter(
            (item.meta.key.entity, item.meta.key.unit)
            for item in result.metas
            if (item.meta.key.entity, item.meta.key.unit) in awaited
            for finding in item.findings
            if finding.is_error
        )
        clause = coordinator_errors_clause(
            errors, own, str(coordinating[1]), closed, pending, own_errors=own_errors, shut=shut
        )
        lines.append(f"Resultado: hay {count(errors, 'error', 'errores')}; {clause}.")
    elif result.has_errors:
        said = units_errors_said(result, units_closed)
        lines.append(f"Resultado: hay {count(errors, 'error', 'errores')}{said}")
    elif open_warnings:
        lines.append(
            "Resultado: sin errores. Justifique los avisos (o márquelos como «enterado») con "
            "«ism-desktop justify» o en la ventana del programa."
        )
    elif coordinating is not None:
        lines.append("Resultado: sin errores; el informe institucional se puede imprimir.")
    else:
        lines.append("Resultado: sin errores; el paquete se puede exportar.")
    return "\n".join(lines) + "\n"
