"""``ism-desktop export-observations``: the coordinator's observations for a unit, as a package."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ism_desktop.cli.common import EXIT_OK, add_db_argument, fail, store_from
from ism_desktop.cli.path_arguments import add_out_folder_argument, no_empty_folder_left
from ism_desktop.cli.period_arguments import (
    add_dependency_argument,
    add_period_arguments,
    add_unit_argument,
)
from ism_desktop.domain.wording import count
from ism_desktop.workspace.opening import StoreError

if TYPE_CHECKING:
    from ism_desktop.exchange.export.observations import ExportedObservations


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the parser."""
    parser = commands.add_parser(
        "export-observations",
        help="exporta las observaciones de la unidad coordinadora para una unidad",
        description=(
            "En la unidad coordinadora: escribe el paquete de observaciones (las de «observe») "
            "sobre las metas de una unidad en un trimestre. La unidad lo importa con "
            "«import-package» y las ve junto a cada meta. Escribe la ruta del paquete y, aparte "
            "(en la salida de errores), cuántas observaciones lleva."
        ),
    )
    add_db_argument(parser)
    add_unit_argument(parser, required=True)
    add_dependency_argument(parser)
    add_period_arguments(parser)
    add_out_folder_argument(parser)
    parser.set_defaults(handler=run, db_must_exist=True)


def run(args: argparse.Namespace) -> int:
    """Write the package; print its path and how many observations it carries."""
    from ism_desktop.exchange.export.observations import export_observations
    from ism_desktop.exchange.package.writer import ExportError

    try:
        with no_empty_folder_left(args.out), store_from(args) as store:
            exported = export_observations(
                store, args.unit, args.quarter, args.out, year=args.year, entity=args.entity
            )
    except (ExportError, StoreError) as exc:
        return fail(str(exc))
    # The path alone on the standard output, as before: scripts read it to hand the file on.
    print(exported.path)
    print(carried(exported), file=sys.stderr)
    return EXIT_OK


def carried(exported: ExportedObservations) -> str:
    """How many observations the package carries, for whom; one with none says what it means."""
    manifest = exported.manifest
    decided = exported.decisions_carried(
        f"las solicitudes de cambio de meta de la unidad {manifest.unit}"
    )
    if exported.observations == 0 and decided:
        # Its decisions are news for the unit: «nada pendiente» hid the answer it carries.
        return f"El paquete no lleva ninguna observación; lleva {decided}, que verá al recibirlo."
    if exported.observations == 0:
        return (
            f"El paquete no lleva ninguna observación: al recibirlo, la unidad {manifest.unit} "
            f"sabrá que no tiene nada pendiente del {manifest.quarter.in_words}."
        )
    observations = count(exported.observations, "observación", "observaciones")
    if decided:
        return f"El paquete lleva {observations} para la unidad {manifest.unit}, y {decided}."
    return f"El paquete lleva {observations} para la unidad {manifest.unit}."
