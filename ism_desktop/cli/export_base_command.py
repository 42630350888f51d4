"""``ism-desktop export-base``: the programme base of a unit (or of every unit), for its PC."""

from __future__ import annotations

import argparse
import sys

from ism_desktop.cli.common import EXIT_OK, add_db_argument, fail, store_from
from ism_desktop.cli.path_arguments import add_out_folder_argument, no_empty_folder_left
from ism_desktop.cli.period_arguments import add_unit_argument, year_argument
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
    """Write the base package(s); print one path per line."""
    from ism_desktop.exchange.export.base import export_bases
    from ism_desktop.exchange.export.base_open_quarters import open_reported_warning
    from ism_desktop.exchange.package.writer import ExportError
    from ism_desktop.workspace.decisions_behind import left_behind_said
    from ism_desktop.workspace.spelling_words import words_to_send

    units = None if args.unit is None else [args.unit]
    try:
        with no_empty_folder_left(args.out), store_from(args) as store:
            exported = export_bases(
                store, args.out, units=units, year=args.year, words=words_to_send()
            )
            # What a base lacks for a quarter left open, said once the bases are written.
            warning = (
                open_reported_warning(
                    store,
                    exported[0].manifest.year,
                    exported[0].manifest.entity,
                    [item.manifest.unit for item in exported],
                )
                if exported
                else None
            )
            # A decision of an earlier year goes in that year's packages only: not these.
            year = exported[0].manifest.year if exported else None
            behind = [] if year is None else left_behind_said(store, year, command_line=True)
    except (ExportError, StoreError) as exc:
        return fail(str(exc))
    for item in exported:
        print(item.path)
    if warning:
        print(f"Aviso: {warning}", file=sys.stderr)
    for said in behind:
        print(f"Aviso: {said}", file=sys.stderr)
    return EXIT_OK
