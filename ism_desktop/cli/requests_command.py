"""``ism-desktop solicitudes``: the units' target-change requests, and deciding them."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from ism_desktop.cli.common import (
    EXIT_OK,
    add_db_argument,
    fail,
    store_from,
)
from ism_desktop.cli.db_option import database_argument
from ism_desktop.cli.period_arguments import record_number, year_argument
from ism_desktop.domain.audit import Author
from ism_desktop.domain.decided_words import decided_lines
from ism_desktop.domain.package_records import TargetChangeRequest
from ism_desktop.domain.wording import count, shortened
from ism_desktop.domain.year_news import Decision
from ism_desktop.platform import default_database_path
from ism_desktop.workspace.opening import StoreError

if TYPE_CHECKING:
    from ism_desktop.workspace.target_requests import ToDecide


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command and its actions to the parser."""
    parser = commands.add_parser(
        "solicitudes",
        help="solicitudes de cambio de meta modificada: verlas, aprobarlas o rechazarlas",
        description=(
            "En la unidad coordinadora: las solicitudes de cambio de meta modificada que "
            "llegaron en los paquetes de las unidades, con su número. «aprobar» aplica el "
            "cambio con el documento que lo autoriza; «rechazar» pide el motivo. La decisión "
            "viaja a la unidad en su siguiente programa base o paquete de observaciones."
        ),
    )
    add_db_argument(parser)
    parser.add_argument("--json", action="store_true", help="la lista en JSON")
    parser.add_argument(
        "--ejercicio",
        type=year_argument,
        default=None,
        metavar="AÑO",
        help="año (por omisión: el actual)",
    )
    parser.set_defaults(handler=_list, db_must_exist=True)
    actions = parser.add_subparsers(title="acciones", dest="accion", metavar="ACCIÓN")
    actions._parser_class = type(parser)
    for name, option, text, description in (
        ("aprobar", "--documento", "número del documento que autoriza el cambio", _APPROVE),
        ("rechazar", "--motivo", "por qué se rechaza", _REJECT),
    ):
        action = actions.add_parser(name, help=f"{name} una solicitud", description=description)
        action.add_argument(
            "id",
            type=record_number("solicitud"),
            metavar="ID",
            help="número de la solicitud (el de «solicitudes»)",
        )
        action.add_argument(option, dest="texto", required=True, metavar="TEXTO", help=text)
        # SUPPRESS: a --db given before the action is not overwritten by this default.
        action.add_argument(
            "--db",
            type=database_argument,
            default=argparse.SUPPRESS,
            metavar="ARCHIVO",
            help=f"base de datos SQLite (por omisión: {default_database_path()})",
        )
        action.set_defaults(handler=_decide, approve=name == "aprobar", db_must_exist=True)


_ANNUAL = (
    "Un anual pedido con trimestres de su fila no se decide aparte: va con la solicitud del "
    "trimestre (con la última que se decida, si son varios)."
)
_APPROVE = (
    "Aprueba la solicitud de cambio de meta modificada con ese número (el que da "
    "«ism-desktop solicitudes») y aplica el cambio, con el número del documento que lo "
    "autoriza. " + _ANNUAL + " La decisión viaja a la unidad en su siguiente programa base o "
    "paquete de observaciones."
)
_REJECT = (
    "Rechaza la solicitud de cambio de meta modificada con ese número (el que da "
    "«ism-desktop solicitudes»), con el motivo; la meta modificada no cambia. " + _ANNUAL + " "
    "La decisión viaja a la unidad en su siguiente programa base o paquete de observaciones."
)


def _request_json(r: TargetChangeRequest) -> dict[str, Any]:
    return {
        "id": r.request_id,
        "unidad": r.unit.value,
        "id_meta": r.meta_id,
        "campo": r.field,
        "etiqueta": r.label,
        "actual": r.current,
        "solicitado": r.requested,
        "motivo": r.reason,
        "documento": r.document,
        "fecha": r.requested_at,
        "secuencia": r.sequence,
    }


def _pending_json(item: ToDecide) -> dict[str, Any]:
    """A request to decide, and the annual of its row that follows from it (or null)."""
    annual = item.annual
    follows = None
    if annual is not None:
        follows = _request_json(annual) | {"se_decide_con_esta": item.annual_with_it}
    return _request_json(item.request) | {"anual": follows}


def _decision_json(d: Decision) -> dict[str, Any]:
    return {
        "id": d.decision_id,
        "solicitud": d.request_id or None,
        "unidad": d.unit.value,
        "id_meta": d.meta_id,
        "campo": d.field,
        "etiqueta": d.label,
        "actual": d.current,
        "solicitado": d.requested,
        "decision": d.decision,
        "documento": d.document,
        "motivo": d.reason,
        "quien": d.decided_by,
        "fecha": d.decided_at,
    }


def _list(args: argparse.Namespace) -> int:
    from ism_desktop.workspace.quarter_closing import ClosingError, year_of

    try:
        with store_from(args) as store:
            year = year_of(store, args.ejercicio)
            pending = store.target_requests.pending(year)
            decided = store.decisions.for_year(year)
            names = {m.stable_id: m.description for m in store.reports.load_year_metas(year)}
    except (ClosingError, StoreError) as exc:
        return fail(str(exc))
    from ism_desktop.workspace.target_requests import to_decide

    # As the window lists them: an annual that follows its quarter is on the quarter's item.
    items = to_decide(pending)
    if args.json:
        data = {
            "ejercicio": year,
            "pendientes": [_pending_json(item) for item in items],
            "decididas": [_decision_json(d) for d in decided],
        }
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    waiting = count(len(items), "pendiente", "pendientes")
    print(f"Solicitudes de cambio de meta modificada, ejercicio {year}: {waiting}.")
    for item in items:
        r, change = item.request, item.text
        name = shortened(names.get(r.meta_id, r.meta_id))
        reason = r.reason or "sin motivo en el paquete"
        document = f"; documento: {r.document}" if r.document else ""
        print(
            f"  {r.request_id:>4}  unidad {r.unit}  «{name}»  {change} (motivo: {reason}{document})"
        )
    if decided:
        print("Decididas:")
        for d, said in decided_lines(decided):
            # The number it was decided by; none for a decision taken before numbers were kept.
            number = str(d.request_id) if d.request_id else ""
            name = shortened(names.get(d.meta_id, d.meta_id))
            print(f"  {number:>4}  unidad {d.unit}  «{name}»  {said}")
    return EXIT_OK


def _decide(args: argparse.Namespace) -> int:
    from ism_desktop.domain.audit import os_user
    from ism_desktop.workspace.target_requests import RequestError, decide_request

    author = Author("Unidad coordinadora (línea de comandos)", os_user())
    try:
        with store_from(args) as store:
            outcome = decide_request(store, args.id, args.approve, args.texto, author)
    except (RequestError, StoreError) as exc:
        return fail(str(exc))
    for decision, said in decided_lines(outcome.decisions):
        print(f"Solicitud {decision.decision}: {said}")
    return EXIT_OK
