"""``ism-desktop justify``: store why a warning is acceptable, or that it was seen ("enterado")."""

from __future__ import annotations

import argparse
from datetime import datetime

from ism_desktop.cli.common import EXIT_OK, add_db_argument, fail, store_from
from ism_desktop.cli.meta_lookup import author_name, find_meta
from ism_desktop.cli.period_arguments import add_period_arguments
from ism_desktop.domain.validation.catalogue import RULES, rule_by_code
from ism_desktop.domain.validation.engine import previous_narrative, validate_meta
from ism_desktop.domain.validation.finding import Severity
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.store.database import StoreError

_MIN_ID_PREFIX = 6


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the parser."""
    parser = commands.add_parser(
        "justify",
        help="justifica un aviso de la validación (o lo marca como «enterado»)",
        description=(
            "Guarda la justificación de un aviso de «validate» para una meta, una regla y un "
            "trimestre, o un «enterado» explícito. Queda guardada con su autor y fecha y viaja "
            "con el paquete. Los errores no se justifican: se corrigen."
        ),
    )
    add_db_argument(parser)
    add_period_arguments(parser)
    parser.add_argument(
        "--meta",
        required=True,
        metavar="ID",
        help="identificador de la meta, como lo muestra «validate» (bastan 6 caracteres)",
    )
    parser.add_argument(
        "--regla",
        required=True,
        metavar="CÓDIGO",
        help="código de la regla, p. ej. META_MODIFICADA",
    )
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--texto", metavar="TEXTO", help="la justificación, por escrito")
    what.add_argument(
        "--enterado", action="store_true", help="sólo deja constancia de que se vio el aviso"
    )
    what.add_argument("--quitar", action="store_true", help="borra la justificación guardada")
    parser.add_argument(
        "--autor",
        default=None,
        metavar="NOMBRE",
        help="quién justifica (por omisión: el usuario del sistema)",
    )
    parser.set_defaults(handler=run, db_must_exist=True)


def run(args: argparse.Namespace) -> int:
    """Store (or remove) the justification and say what was done."""
    rule = rule_by_code(args.regla)
    if rule is None:
        codes = ", ".join(r.code for r in RULES if r.severity is Severity.WARNING)
        return fail(f"no existe la regla «{args.regla}». Avisos que se justifican: {codes}.")
    if rule.severity is Severity.ERROR:
        return fail(f"«{rule.code}» es un error: no se justifica, se corrige en la meta.")
    if args.texto is not None and not args.texto.strip():
        return fail("la justificación está vacía; escriba el motivo o use --enterado.")
    try:
        with store_from(args) as store:
            report = store.reports.load(year=args.ejercicio, quarter=args.trimestre)
            if report is None:
                return fail(
                    "la base de datos no tiene ningún informe; importe uno con «import-etca»."
                )
            meta = find_meta(report, args.meta)
            if isinstance(meta, str):
                return fail(meta)
            key = JustificationKey(report.year, meta.stable_id, args.trimestre, rule.code)
            if args.quitar:
                removed = store.justifications.remove(key)
                print(
                    f"Justificación borrada: meta {meta.stable_id}, regla {rule.code}, "
                    f"trimestre {int(args.trimestre)}."
                    if removed
                    else "No había justificación guardada para esa meta, regla y trimestre."
                )
                return EXIT_OK
            at = datetime.now().astimezone().isoformat(timespec="seconds")
            author = author_name(args.autor)
            try:
                justification = (
                    Justification.acknowledged(key, author, at)
                    if args.enterado
                    else Justification.justified(key, args.texto, author, at)
                )
            except ValueError as exc:  # a character that is not text, or too long
                return fail(str(exc))
            store.justifications.save(justification)
    except StoreError as exc:
        return fail(str(exc))
    kind = "Enterado guardado" if args.enterado else "Justificación guardada"
    print(
        f"{kind}: meta {meta.stable_id} ({meta.description[:60]}), regla {rule.code}, "
        f"trimestre {int(args.trimestre)}, por {justification.author}."
    )
    findings = validate_meta(
        meta,
        args.trimestre,
        previous_narrative=previous_narrative(meta, args.trimestre),
        year=report.year,
    )
    if not any(finding.rule == rule.code for finding in findings):
        print(
            f"Nota: la regla {rule.code} no señala nada en esta meta en el trimestre "
            f"{int(args.trimestre)}; la justificación queda guardada por si el aviso aparece."
        )
    return EXIT_OK
