"""``ism-desktop export-observations``: the coordinator's observations for a unit, as a package."""

from __future__ import annotations

import argparse

from ism_desktop.cli.common import EXIT_OK, add_db_argument, fail, store_from
from ism_desktop.cli.path_arguments import folder_argument
from ism_desktop.cli.period_arguments import add_period_arguments, add_unit_argument
from ism_desktop.workspace.opening import StoreError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the parser."""
    parser = commands.add_parser(
        "export-observations",
        help="exporta las observaciones de la unidad coordinadora para una unidad",
        description=(
            "En la unidad coordinadora: escribe el paquete de observaciones (las de «observe») "
            "sobre las metas de una unidad en un trimestre. La unidad lo importa con "
            "«import-package» y las ve junto a cada meta. Escribe la ruta del paquete."
        ),
    )
    add_db_argument(parser)
    add_unit_argument(parser, required=True)
    add_period_arguments(parser)
    parser.add_argument(
        "--out",
        type=folder_argument,
        required=True,
        metavar="CARPETA",
        help="carpeta donde dejarlo",
    )
    parser.set_defaults(handler=run, db_must_exist=True)


def run(args: argparse.Namespace) -> int:
    """Write the package; print its path and how many observations it carries."""
    from ism_desktop.exchange.export.observations import export_observations
    from ism_desktop.exchange.package.writer import ExportError

    try:
        with store_from(args) as store:
            exported = export_observations(store, args.unit, args.quarter, args.out, year=args.year)
    except (ExportError, StoreError) as exc:
        return fail(str(exc))
    print(exported.path)
    return EXIT_OK
