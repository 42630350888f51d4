"""``paimef revisar`` and ``justificar``: the programme's findings and why a warning is accepted."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ism_desktop.cli.common import EXIT_FINDINGS, EXIT_OK, fail, store_from
from ism_desktop.cli.paimef_arguments import (
    action_key_argument,
    field_argument,
    programme_options,
    today_of,
)
from ism_desktop.cli.paimef_justify_choices import choose_one, justifiable, justifying_options
from ism_desktop.cli.paimef_stored_programme import CLI_AUTHOR, no_programme
from ism_desktop.domain.audit import Author, os_user
from ism_desktop.domain.local_time import local_time_text
from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.findings import PaimefFinding, findings_count
from ism_desktop.domain.paimef.rule_references import rule_reference
from ism_desktop.domain.wording import count, quoted
from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.workspace.opening import StoreError
from ism_desktop.workspace.paimef_justifications import (
    JustificationRefusedError,
    WarningJustification,
    finding_key,
    justifications,
    justify,
    remove_justification,
    remove_justification_of,
    stored_keys,
)
from ism_desktop.workspace.paimef_programme import latest_programme
from ism_desktop.workspace.paimef_review import business_calendar, review


def register_validate_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``revisar`` (alias ``validate``) to the ``paimef`` sub-commands."""
    validate = sub.add_parser(
        "revisar",
        aliases=["validate"],  # the English names stay: the README and scripts use them
        help="revisa el Programa Anual con las Reglas de Operación",
        description=(
            "Revisa el Programa Anual: vertientes, líneas de acción, justificación y presupuesto "
            "(3.3, 3.4), actividades transversales (3.5.1), montos, reintegro (4.5.1) e "
            "indicadores capturados. Termina con 0 si no hay errores y con 1 si los hay."
        ),
    )
    programme_options(validate)
    validate.add_argument("--json", action="store_true", help="escribe la lista en JSON")
    validate.set_defaults(handler=run_validate)


def register_justify_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``justificar`` (alias ``justify``) to the ``paimef`` sub-commands."""
    justify_parser = sub.add_parser(
        "justificar", aliases=["justify"], help="guarda la justificación de un aviso, o la quita",
        description=(
            "Guarda por qué se acepta un aviso de «paimef revisar» (o «paimef validate»; los "
            "errores no se justifican: se corrigen), o la quita con --quitar. El aviso se elige "
            "por su regla y, si hace falta, por su acción y su campo, como los lista "
            "«revisar --json»."
        ),
    )  # fmt: skip
    justify_parser.add_argument(
        "--regla", required=True, metavar="REGLA", help="regla del aviso (p. ej., anexo5)"
    )
    justify_parser.add_argument(
        "--accion", type=action_key_argument, default=None, metavar="CLAVE",
        help="clave de la acción del aviso (p. ej., A.1)",
    )  # fmt: skip
    justify_parser.add_argument(
        "--campo", type=field_argument, default=None, metavar="CAMPO",
        help="campo del aviso (p. ej., indicador.2.2026-T1)",
    )  # fmt: skip
    what = justify_parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--texto", metavar="TEXTO", help="por qué se acepta el aviso")
    # Saved by mistake, a justification could only be rewritten.
    what.add_argument(
        "--quitar", action="store_true", help="borra la justificación guardada del aviso"
    )
    programme_options(justify_parser)
    justify_parser.set_defaults(handler=run_justify)


def finding_json(
    finding: PaimefFinding, justification: WarningJustification | None
) -> dict[str, Any]:
    """One finding as ``validate --json`` writes it."""
    return {
        "regla": finding.rule,
        "severidad": finding.severity.label,
        "mensaje": finding.message,
        "accion": finding.action,
        "campo": finding.field,
        "justificacion": None
        if justification is None
        else {
            "texto": justification.text,
            "autor": justification.author,
            "fecha": justification.at,
        },
    }


def run_validate(args: argparse.Namespace) -> int:
    """Print the findings; exit 1 when there are errors."""
    try:
        with store_from(args) as store:
            programme = latest_programme(store, args.ejercicio)
            if programme is None:
                return fail(no_programme(args.ejercicio))
            try:
                calendar = business_calendar(store)
            except PaimefFormatError as exc:
                # Judged all the same (as the window does), but never in silence.
                print(
                    f"Aviso: {str(exc).rstrip('.')}; los plazos se revisaron solo con los días "
                    "inhábiles de la LFT.",
                    file=sys.stderr,
                )
                calendar = BusinessCalendar()
            findings = review(store, programme, today_of(args), calendar)
            reasons = justifications(store, programme.year)
    except (StoreError, PaimefFormatError) as exc:
        return fail(str(exc))
    has_errors = any(f.is_error for f in findings)
    if args.json:
        rows = [finding_json(f, reasons.get(finding_key(f))) for f in findings]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_FINDINGS if has_errors else EXIT_OK
    print(
        f"Revisión del Programa Anual PAIMEF {programme.year}: "
        f"{count(len(programme.actions), 'acción', 'acciones')}, {findings_count(findings)}."
    )
    open_warnings = 0
    for finding in findings:
        where = f"acción {finding.action}" if finding.action else "Programa Anual"
        # The rule by its numeral (or name), as the informe's «Regla» column: the code
        # («3.4a», «dias_inhabiles») is an option of «justificar», said only where it is needed.
        print(f"  {finding.severity.label.upper()} — {rule_reference(finding.rule)} ({where})")
        print(f"    {finding.message}")
        if not finding.is_error:
            reason = reasons.get(finding_key(finding))
            if reason is None:
                open_warnings += 1
                print(f"    → Sin justificar; para justificarlo: {justifying_options(finding)}")
            else:
                when = local_time_text(reason.at)  # as the informe prints it; JSON keeps ISO
                print(f"    → Justificado: {reason.text} ({reason.author}, {when})")
    if open_warnings:
        print(
            "Para justificar un aviso: ism-desktop paimef justificar, con la regla y el campo "
            'que se indican bajo el aviso, y --texto "motivo".'
        )
    errors = sum(1 for f in findings if f.is_error)
    fix = "corríjalo" if errors == 1 else "corríjalos"
    said = (
        f"hay {count(errors, 'error', 'errores')}; {fix} antes del informe"
        if errors
        else "sin errores"
    )
    print(f"Resultado: {said}.")
    return EXIT_FINDINGS if has_errors else EXIT_OK


def run_justify(args: argparse.Namespace) -> int:
    """Store (or with ``--quitar`` remove) the justification of the one warning named."""
    try:
        with store_from(args) as store:
            programme = latest_programme(store, args.ejercicio)
            if programme is None:
                return fail(no_programme(args.ejercicio))
            matching = [
                f
                for f in review(store, programme, today_of(args))
                if f.rule == args.regla
                and args.accion in (None, f.action)
                and args.campo in (None, f.field)
            ]
            if args.quitar and not justifiable(matching):
                # Justified, then gone from the review: still taken back, as a meta's is.
                stale = stored_keys(store, programme.year, args.regla, args.accion, args.campo)
                if len(stale) == 1:
                    author = Author(CLI_AUTHOR, os_user())
                    remove_justification_of(store, programme.year, stale[0], author)
                    print(
                        f"Justificación borrada: regla {args.regla}, {stale[0][2]} (el aviso ya "
                        "no aparece en la revisión)."
                    )
                    return EXIT_OK
            if not matching:
                return fail(
                    f"no hay ninguna observación de la regla {quoted(args.regla)} que coincida."
                )
            warnings = justifiable(matching)
            if len(warnings) != 1:  # errors alone, or several warnings to choose from
                return fail(choose_one(args.regla, matching))
            author = Author(CLI_AUTHOR, os_user())
            if args.quitar:
                removed = remove_justification(store, programme.year, warnings[0], author)
                print(
                    f"Justificación borrada: regla {args.regla}, {warnings[0].field}."
                    if removed is not None
                    else "No había justificación guardada para ese aviso."
                )
                return EXIT_OK
            saved = justify(store, programme.year, warnings[0], args.texto, author)
    except (StoreError, PaimefFormatError, JustificationRefusedError) as exc:
        return fail(str(exc))
    print(f"Justificación guardada: regla {args.regla}, {warnings[0].field}, por {saved.author}.")
    return EXIT_OK
