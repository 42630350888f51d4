"""``ism-desktop observe``: the coordinator writes an observation on a meta, or lists them."""

from __future__ import annotations

import argparse

from ism_desktop.cli.common import EXIT_OK, add_db_argument, fail, no_report, store_from
from ism_desktop.cli.meta_lookup import author_name, find_meta
from ism_desktop.cli.period_arguments import add_period_arguments, record_number, unit_code
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.wording import count, shortened
from ism_desktop.workspace.changes import WorkspaceError
from ism_desktop.workspace.opening import Store, StoreError, command_line_workspace
from ism_desktop.workspace.workspace import Workspace


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the parser."""
    parser = commands.add_parser(
        "observe",
        help="escribe una observación sobre una meta, o lista las observaciones",
        description=(
            "En la unidad coordinadora, escribe una observación (texto libre) sobre una meta de "
            "una unidad para un trimestre; viaja a la unidad con «export-observations». En "
            "cualquier computadora, --listar muestra las observaciones guardadas (en una unidad, "
            "las que recibió)."
        ),
    )
    add_db_argument(parser)
    add_period_arguments(parser)
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--texto", dest="text", metavar="TEXTO", help="la observación (requiere --meta)"
    )
    what.add_argument(
        "--listar", dest="list_all", action="store_true", help="lista las observaciones guardadas"
    )
    what.add_argument(
        "--quitar",
        dest="remove",
        type=record_number("observación"),
        metavar="NÚMERO",
        help="borra una observación",
    )
    parser.add_argument(
        "--meta", metavar="ID", help="identificador de la meta (bastan 6 caracteres)"
    )
    parser.add_argument(
        "--unidad",
        dest="unit",
        type=unit_code,
        default=None,
        metavar="CLAVE",
        help="con --listar: una unidad",
    )
    parser.add_argument(
        "--autor",
        dest="author",
        default=None,
        metavar="NOMBRE",
        help="quién observa (por omisión: el usuario)",
    )
    parser.set_defaults(handler=run, db_must_exist=True)


def run(args: argparse.Namespace) -> int:
    """Add, remove or list observations."""
    if args.text is not None and (args.meta is None or not args.text.strip()):
        return fail("indique la meta con --meta y un texto no vacío con --texto.")
    try:
        with store_from(args) as store:
            return _run(command_line_workspace(store, args.year, args.quarter), args)
    except StoreError as exc:
        return fail(str(exc))


def _run(workspace: Workspace, args: argparse.Namespace) -> int:
    report = workspace.report
    if report is None:
        return fail(no_report(args))
    if args.remove is not None:
        year = workspace.profile.year
        if not workspace.store.observations.remove(args.remove, year, args.quarter):
            return fail(
                f"el trimestre {int(args.quarter)} de {year} no tiene ninguna observación con el "
                f"número {args.remove} (véalas con --listar)."
            )
        print(f"Observación {args.remove} borrada.")
        return EXIT_OK
    if args.list_all:
        return _list(workspace.store, report, args)
    meta = find_meta(report, args.meta)
    if isinstance(meta, str):
        return fail(meta)
    try:
        # Without --autor, signed as the window signs: the unit and the PC's user.
        given = author_name(args.author) if args.author and args.author.strip() else None
        stored = workspace.observe(meta.stable_id, args.text, author=given)
    except WorkspaceError as exc:
        return fail(str(exc))
    print(
        f"Observación {stored.observation.id} guardada: meta {meta.stable_id} "
        f"({shortened(meta.description)}), trimestre {int(args.quarter)}."
    )
    return EXIT_OK


def _list(store: Store, report: ProgressReport, args: argparse.Namespace) -> int:
    metas = {m.stable_id: m for m in report.metas if args.unit is None or m.key.unit == args.unit}
    items = store.observations.for_metas(report.year, args.quarter, metas)
    for item in items:
        meta = metas[item.meta_id]
        print(
            f"[{item.id}] Unidad {meta.key.unit}, meta {meta.stable_id} "
            f"({shortened(meta.description)})"
        )
        print(f"    {item.describe()}")
    print(f"{count(len(items), 'observación', 'observaciones')}.")
    return EXIT_OK
