"""``ism-desktop justify``: store why a warning is acceptable, or that it was seen ("enterado")."""

from __future__ import annotations

import argparse

from ism_desktop.cli.common import EXIT_OK, add_db_argument, fail, no_report, store_from
from ism_desktop.cli.meta_lookup import author_name, find_meta
from ism_desktop.cli.period_arguments import add_period_arguments
from ism_desktop.cli.spelling_setup import spelling_settings
from ism_desktop.domain.validation.catalogue import RULES, rule_by_code
from ism_desktop.domain.validation.finding import Severity
from ism_desktop.domain.validation.justification import JustificationKey
from ism_desktop.domain.validation.spelling_rules import SPELLING
from ism_desktop.domain.wording import shortened
from ism_desktop.workspace.changes import QuarterClosedRefusedError, WorkspaceError
from ism_desktop.workspace.opening import StoreError, command_line_workspace


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
        dest="rule",
        required=True,
        metavar="CÓDIGO",
        help="código de la regla, p. ej. META_MODIFICADA",
    )
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--texto", dest="text", metavar="TEXTO", help="la justificación, por escrito")
    what.add_argument(
        "--enterado",
        dest="acknowledge",
        action="store_true",
        help="solo deja constancia de que se vio el aviso",
    )
    what.add_argument(
        "--quitar", dest="remove", action="store_true", help="borra la justificación guardada"
    )
    parser.add_argument(
        "--autor",
        dest="author",
        default=None,
        metavar="NOMBRE",
        help="quién justifica (por omisión: el usuario del sistema)",
    )
    parser.set_defaults(handler=run, db_must_exist=True)


def run(args: argparse.Namespace) -> int:
    """Store (or remove) the justification and say what was done."""
    rule = rule_by_code(args.rule)
    if rule is None:
        codes = ", ".join(r.code for r in RULES if r.severity is Severity.WARNING)
        return fail(f"no existe la regla «{args.rule}». Avisos que se justifican: {codes}.")
    if rule.severity is Severity.ERROR:
        return fail(f"«{rule.code}» es un error: no se justifica, se corrige en la meta.")
    if args.text is not None and not args.text.strip():
        return fail("la justificación está vacía; escriba el motivo o use --enterado.")
    try:
        with store_from(args) as store:
            workspace = command_line_workspace(store, args.year, args.quarter)
            if rule.code == SPELLING.code:
                # The dictionary takes a second to read: only when the warning is about spelling.
                workspace.settings = spelling_settings()
            if workspace.report is None:
                return fail(no_report(args))
            meta = find_meta(workspace.report, args.meta)
            if isinstance(meta, str):
                return fail(meta)
            key = JustificationKey(workspace.profile.year, meta.stable_id, args.quarter, rule.code)
            if args.remove:
                removed = workspace.remove_justification(key).removed
                print(
                    f"Justificación borrada: meta {meta.stable_id}, regla {rule.code}, "
                    f"trimestre {int(args.quarter)}."
                    if removed
                    else "No había justificación guardada para esa meta, regla y trimestre."
                )
                return EXIT_OK
            text = None if args.acknowledge else args.text
            changes = workspace.justify(key, text, author=author_name(args.author))
    except QuarterClosedRefusedError as exc:
        return fail(exc.command_line(args.db))
    except (StoreError, WorkspaceError) as exc:
        return fail(str(exc))
    assert changes.justification is not None
    kind = "Enterado guardado" if args.acknowledge else "Justificación guardada"
    if changes.unchanged:
        kind = "Ya estaba guardado, sin cambios"
    print(
        f"{kind}: meta {meta.stable_id} ({shortened(meta.description)}), regla {rule.code}, "
        f"trimestre {int(args.quarter)}, por {changes.justification.author}."
    )
    if not changes.still_flagged:
        print(
            f"Nota: la regla {rule.code} no señala nada en esta meta en el trimestre "
            f"{int(args.quarter)}; la justificación queda guardada, y si el aviso aparece "
            "habrá que confirmarla con lo que diga entonces (validate lo lista sin justificar)."
        )
    return EXIT_OK
