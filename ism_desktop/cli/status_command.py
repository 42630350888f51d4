"""``ism-desktop status``: which units' packages arrived for a quarter, and what they say."""

from __future__ import annotations

import argparse
import shutil
import sys

from ism_desktop.cli.common import EXIT_OK, add_db_argument, fail, no_report, store_from
from ism_desktop.cli.period_arguments import add_period_arguments
from ism_desktop.domain.package_records import unit_database_refusal
from ism_desktop.workspace.opening import StoreError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the parser."""
    parser = commands.add_parser(
        "status",
        help="tablero de paquetes recibidos por unidad en un trimestre",
        description=(
            "En la unidad coordinadora: por unidad, si su paquete del trimestre llegó o falta, "
            "o si el informe oficial importado ya lo trae (entregado en él); cuándo llegó, "
            "con qué número de envío, sus errores y avisos sin justificar, y cuántas "
            "metas hay de cada color del semáforo, con el % promedio de la unidad."
        ),
    )
    add_db_argument(parser)
    add_period_arguments(parser)
    parser.set_defaults(handler=run, db_must_exist=True)


def run(args: argparse.Namespace) -> int:
    """Print the board."""
    from ism_desktop.cli.spelling_setup import spelling_settings
    from ism_desktop.exchange.status_board import status_board
    from ism_desktop.exchange.status_board_text import status_text

    try:
        with store_from(args) as store:
            # A unit receives no packages: its board listed the unit itself as «falta».
            what = "lleva el tablero de las entregas de las unidades"
            if (refusal := unit_database_refusal(store.identity.get(), what)) is not None:
                return fail(f"{refusal} Lo de esta unidad lo revisa «validate».")
            # Spelling counts as in «validate» and in the unit's own export.
            board = status_board(store, args.quarter, args.year, settings=spelling_settings())
    except StoreError as exc:
        return fail(str(exc))
    if board is None:
        return fail(no_report(args))
    # On a terminal the table fits its width; written to a file, the names go whole.
    columns = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
    sys.stdout.write(status_text(board, columns))
    return EXIT_OK
