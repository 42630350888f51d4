"""``ism-desktop export``: a unit's package for the coordinating unit (zip with PDF and Excel)."""

from __future__ import annotations

import argparse
import sys

from ism_desktop.cli.common import EXIT_FINDINGS, EXIT_OK, add_db_argument, fail, store_from
from ism_desktop.cli.path_arguments import add_out_folder_argument, no_empty_folder_left
from ism_desktop.cli.period_arguments import (
    add_dependency_argument,
    add_period_arguments,
    add_unit_argument,
)
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.workspace.opening import Store, StoreError
from ism_desktop.workspace.pending_targets import asked_of_unit, carried_note


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the parser."""
    parser = commands.add_parser(
        "export",
        help="exporta el paquete de una unidad para la unidad coordinadora",
        description=(
            "Valida las metas de una unidad administrativa y, si no hay errores, escribe su "
            "paquete (.ismpaq: manifiesto, datos, PDF y Excel) en la carpeta indicada. Escribe "
            "la ruta del paquete. Si la validación encuentra errores no se exporta nada y se "
            "listan los errores. La unidad coordinadora no exporta un paquete propio: sus "
            "metas ya están en su base de datos; cierra su trimestre («trimestre cerrar») e "
            "imprime su informe («report»)."
        ),
    )
    add_db_argument(parser)
    add_unit_argument(parser, required=True)
    add_dependency_argument(parser)
    add_period_arguments(parser)
    add_out_folder_argument(parser, "carpeta donde dejar el paquete")
    parser.set_defaults(handler=run, db_must_exist=True)


def run(args: argparse.Namespace) -> int:
    """Export; print the package's path, or the validation errors (exit code 1)."""
    # reportlab and XlsxWriter take a quarter of a second to import: only when exporting.
    from ism_desktop.cli.spelling_setup import spelling_settings
    from ism_desktop.domain.dependency_choice import DependencyChoiceError
    from ism_desktop.exchange.export.report_package import ExportRefusedError
    from ism_desktop.exchange.package.writer import ExportError
    from ism_desktop.reports.pdf_fonts import FontError
    from ism_desktop.workspace.transfers import export_unit_package

    try:
        with no_empty_folder_left(args.out), store_from(args) as store:
            exported = export_unit_package(
                store,
                args.unit,
                args.quarter,
                args.out,
                year=args.year,
                settings=spelling_settings(),
                entity=_entity(store, args),
            )
            manifest = exported.manifest
            asked = _asked(store, manifest.year, manifest.entity, args.unit, args.quarter)
    except ExportRefusedError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        for finding in exc.errors:
            print(f"  - {finding.describe()}", file=sys.stderr)
        return EXIT_FINDINGS
    except (ExportError, StoreError, FontError, DependencyChoiceError) as exc:
        return fail(str(exc))
    print(exported.path)
    warnings = exported.check.warnings
    if warnings:
        justified = sum(1 for item in warnings if item.justification)
        print(
            f"Avisos: {len(warnings)} ({justified} con justificación); van en el paquete.",
            file=sys.stderr,
        )
    if exported.later_note is not None:
        print(exported.later_note, file=sys.stderr)
    if (note := carried_note(*asked)) is not None:
        print(note, file=sys.stderr)
    return EXIT_OK


def _entity(store: Store, args: argparse.Namespace) -> str | None:
    """The dependency of ``--unidad``: named, this PC's, or the only one holding it.

    Where several hold the code and no identity settles it, ``--dependencia`` is asked for
    (``DependencyChoiceError``): by the code alone, the first dependency's was sent.
    """
    from ism_desktop.workspace.unit_choice import chosen_unit

    named: str | None = args.entity
    period = store.reports.current_period()
    year = args.year if args.year is not None or period is None else period[0]
    if year is None:
        return named  # no report: the export says so
    return chosen_unit(store, year, args.unit, named).entity


def _asked(
    store: Store, year: int, entity: str, unit: UnitCode, quarter: Quarter
) -> tuple[int, int]:
    """The unit's undecided target-change requests the package carries, and their metas."""
    report = store.reports.load(year=year, quarter=quarter)
    profile = PcProfile(Role.UNIT, unit, year, quarter)
    # Of the package's dependency alone: another's metas of the code are not in it.
    metas = [] if report is None else list(report.metas_of(unit, entity))
    return asked_of_unit(store, profile, metas)
