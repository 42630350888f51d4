"""``ism-desktop export-base``: the programme base of a unit (or of every unit), for its PC."""

from __future__ import annotations

import argparse
import sys

from ism_desktop.cli.common import EXIT_OK, add_db_argument, fail, store_from
from ism_desktop.cli.path_arguments import add_out_folder_argument, no_empty_folder_left
from ism_desktop.cli.period_arguments import (
    add_dependency_argument,
    add_unit_argument,
    year_argument,
)
from ism_desktop.workspace.opening import StoreError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the parser."""
    parser = commands.add_parser(
        "export-base",
        help="exporta el programa base de una unidad (metas y metas programadas del año)",
        description=(
            "En la unidad coordinadora: escribe el programa base de una unidad (sus metas con lo "
            "programado original y modificado del ejercicio) para que su computadora lo importe "
            "con «import-package» al empezar el año o al aprobarse cambios de metas. Sin "
            "--unidad, uno por cada unidad menos la coordinadora, cuyas metas se capturan aquí. "
            "Escribe la ruta de cada paquete."
        ),
    )
    add_db_argument(parser)
    add_unit_argument(parser)
    add_dependency_argument(parser)
    parser.add_argument(
        "--ejercicio",
        dest="year",
        type=year_argument,
        default=None,
        metavar="AÑO",
        help="año (por omisión: el actual)",
    )
    add_out_folder_argument(parser)
    parser.set_defaults(handler=run, db_must_exist=True)


def run(args: argparse.Namespace) -> int:
    """Write the base package(s); print one path per line, after any warning about them."""
    from ism_desktop.exchange.export.base import BaseUnit, export_bases
    from ism_desktop.exchange.package.writer import ExportError
    from ism_desktop.workspace.bases_warnings import bases_warnings
    from ism_desktop.workspace.spelling_words import words_to_send

    units: list[BaseUnit] | None = None
    if args.unit is not None:
        units = [args.unit if args.entity is None else (args.entity, args.unit)]
    elif args.entity is not None:
        return fail(
            "--dependencia dice de qué dependencia es la unidad de --unidad; falta --unidad."
        )
    try:
        with no_empty_folder_left(args.out), store_from(args) as store:
            # What the bases lack or leave behind, printed before they are written: read
            # after their paths, it came as an afterthought of work done.
            for said in bases_warnings(store, args.year, units, window=False):
                print(f"Aviso: {said}", file=sys.stderr)
            exported = export_bases(
                store, args.out, units=units, year=args.year, words=words_to_send()
            )
    except (ExportError, StoreError) as exc:
        return fail(str(exc))
    for item in exported:
        print(item.path)
    return EXIT_OK
