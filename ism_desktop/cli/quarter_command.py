"""``ism-desktop trimestre``: close or reopen a unit's quarter, and set delivery dates."""

from __future__ import annotations

import argparse
import sys

from ism_desktop.cli.common import EXIT_OK, add_db_argument, fail, store_from
from ism_desktop.cli.period_arguments import (
    add_dependency_argument,
    add_period_arguments,
    add_unit_argument,
    typed_number,
)
from ism_desktop.domain.audit import Author
from ism_desktop.domain.typed_date import TYPED_DATE_FORMS
from ism_desktop.workspace.opening import StoreError

_CLOSE = (
    "Cierra el trimestre de la unidad en esta base de datos: sus cifras realizadas, sus "
    "evaluaciones, las justificaciones de sus avisos y su meta modificada quedan de solo "
    "lectura, y otro paquete de ese trimestre se rechaza. Para corregirlo, «trimestre reabrir». "
    "En una unidad, un trimestre que cambió después de exportar su paquete no se cierra así: "
    "se exporta de nuevo (eso lo cierra); uno cuyo paquete nunca se exportó se cierra, con un "
    "aviso: cerrarlo no lo entrega a la unidad coordinadora. En la unidad coordinadora, el "
    "trimestre de otra unidad se cierra al recibir su paquete: a mano solo se cierra uno ya "
    "recibido (reabierto por error, por ejemplo), uno que trajo el informe oficial importado o "
    "uno de la propia unidad coordinadora."
)
_REOPEN = (
    "Reabre el trimestre de la unidad para corregirlo; pide --motivo, que queda registrado. En "
    "la unidad coordinadora, la reapertura llega a la unidad en su siguiente paquete de "
    "observaciones o programa base; el siguiente paquete de la unidad dice qué cambió después "
    "de reabrir."
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command and its actions to the parser."""
    parser = commands.add_parser(
        "trimestre",
        help="cierra o reabre el trimestre de una unidad; fija la fecha de entrega",
        description=(
            "Un trimestre cerrado no cambia: sus cifras realizadas, sus evaluaciones, las "
            "justificaciones de sus avisos y su meta modificada quedan de solo lectura "
            "(exportar el paquete de la unidad lo cierra, y también recibirlo en la unidad "
            "coordinadora, que decide sin reabrirlo las solicitudes de cambio de meta que "
            "llegaron en ese paquete). Reabrirlo pide el motivo y queda registrado."
        ),
    )
    actions = parser.add_subparsers(title="acciones", dest="accion", metavar="ACCIÓN")
    actions.required = True
    actions._parser_class = type(parser)
    for name, text, description in (
        ("cerrar", "cierra el trimestre", _CLOSE),
        ("reabrir", "reabre el trimestre", _REOPEN),
    ):
        action = actions.add_parser(name, help=f"{text} de una unidad", description=description)
        add_db_argument(action)
        add_unit_argument(action, required=True)
        add_dependency_argument(action)
        add_period_arguments(action)
        action.add_argument(
            "--motivo",
            default="",
            metavar="TEXTO",
            help="por qué, con palabras (obligatorio para reabrir)",
        )
        action.set_defaults(handler=_close if name == "cerrar" else _reopen, db_must_exist=True)
    due = actions.add_parser(
        "fecha",
        help="fija la fecha de entrega del informe de un trimestre",
        description=(
            "En la unidad coordinadora: la fecha límite de entrega del informe del trimestre; "
            "viaja a las unidades en el programa base y el tablero dice quién va atrasado."
        ),
    )
    add_db_argument(due)
    add_period_arguments(due)
    given = due.add_mutually_exclusive_group(required=True)
    given.add_argument(
        "--fecha",
        type=typed_number,
        metavar="DD/MM/AAAA",
        help=f"fecha de entrega, como {TYPED_DATE_FORMS}",
    )
    given.add_argument(
        "--quitar",
        action="store_true",
        help="deja el trimestre sin fecha de entrega (nadie aparece atrasado)",
    )
    due.set_defaults(handler=_due, db_must_exist=True)


def _author() -> Author:
    from ism_desktop.domain.audit import os_user

    return Author("Línea de comandos", os_user())


def _close(args: argparse.Namespace) -> int:
    from ism_desktop.cli.spelling_setup import spelling_settings
    from ism_desktop.domain.dependency_choice import DependencyChoiceError
    from ism_desktop.domain.wording import after_colon
    from ism_desktop.workspace.closing_errors import errors_left, errors_left_said
    from ism_desktop.workspace.quarter_closing import ClosingError, close_quarter, year_of
    from ism_desktop.workspace.unit_choice import chosen_unit
    from ism_desktop.workspace.unsent_closing import unsent_closing_said

    try:
        with store_from(args) as store:
            year = year_of(store, args.year)
            chosen = chosen_unit(store, year, args.unit, args.entity)
            errors = errors_left(store, year, chosen.key(), args.quarter, spelling_settings())
            # Asked before closing: closed, the quarter is no longer one closed without a package.
            unsent = unsent_closing_said(store, year, chosen.key(), args.quarter)
            changed = close_quarter(
                store, year, args.unit, args.quarter, _author(), entity=chosen.entity
            )
    except (ClosingError, StoreError, DependencyChoiceError) as exc:
        return fail(str(exc))
    state = "cerrado" if changed else "ya estaba cerrado"
    print(f"Trimestre {int(args.quarter)} de la unidad {chosen.said()} ({year}): {state}.")
    if changed and errors:
        # The window asks first; a command asks nothing, so it says what the close kept.
        said = after_colon(errors_left_said(args.unit, args.quarter, year, errors))
        print(
            f"Aviso: {said} El trimestre quedó de solo lectura con ellos "
            "y el informe se imprime así; para corregirlos, «trimestre reabrir» con --motivo.",
            file=sys.stderr,
        )
    if changed and unsent is not None:
        # The window asks «¿Cerrar el trimestre sin exportar su paquete?»; here, as with errors,
        # the command closes (lines written before keep working) and says what was not sent.
        print(f"Aviso: {after_colon(unsent)}", file=sys.stderr)
    return EXIT_OK


def _reopen(args: argparse.Namespace) -> int:
    from ism_desktop.domain.dependency_choice import DependencyChoiceError
    from ism_desktop.workspace.quarter_closing import (
        ClosingError,
        reopen_quarter,
        reopened_sent_said,
        year_of,
    )
    from ism_desktop.workspace.unit_choice import chosen_unit

    try:
        with store_from(args) as store:
            year = year_of(store, args.year)
            chosen = chosen_unit(store, year, args.unit, args.entity)
            changed = reopen_quarter(
                store, year, args.unit, args.quarter, args.motivo, _author(), entity=chosen.entity
            )
            still = (
                reopened_sent_said(store, year, args.unit, args.quarter, chosen.entity)
                if changed
                else None
            )
    except (ClosingError, StoreError, DependencyChoiceError) as exc:
        return fail(str(exc))
    state = "reabierto" if changed else "no estaba cerrado"
    print(f"Trimestre {int(args.quarter)} de la unidad {chosen.said()} ({year}): {state}.")
    if still is not None:
        print(still)
    return EXIT_OK


def _due(args: argparse.Namespace) -> int:
    from ism_desktop.domain.deadline import non_working_note
    from ism_desktop.domain.typed_date import day_first
    from ism_desktop.workspace.quarter_closing import (
        ClosingError,
        due_order_notes,
        set_delivery_date,
        set_delivery_dates,
        year_of,
    )

    notes: list[str] = []
    try:
        with store_from(args) as store:
            year = year_of(store, args.year)
            if args.quitar:
                set_delivery_dates(store, year, {args.quarter: ""})  # empty: no date after
                said = "quitada"
            else:
                due = set_delivery_date(store, year, args.quarter, args.fecha)
                said, note = day_first(due), non_working_note(due)
                notes = [
                    *([] if note is None else [note]),
                    *due_order_notes(store, year, args.quarter),
                ]
    except (ClosingError, StoreError) as exc:
        return fail(str(exc))
    print(f"Fecha de entrega del trimestre {int(args.quarter)} de {year}: {said}.")
    for note in notes:  # allowed, the institution decides; said apart from the result
        print(f"Aviso: {note}.", file=sys.stderr)
    return EXIT_OK
