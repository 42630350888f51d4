"""``ism-desktop report``: the ETCA-III-04 report as PDF and/or Excel, in the official layout."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from ism_desktop.cli.common import EXIT_OK, add_db_argument, fail, load_report, store_from
from ism_desktop.cli.output_files import add_output_file_arguments, output_refusal
from ism_desktop.cli.period_arguments import (
    add_dependency_argument,
    add_period_arguments,
    add_unit_argument,
)
from ism_desktop.domain.dependency_choice import ChosenUnit
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.wording import count
from ism_desktop.platform import describe_os_error, write_atomically


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the parser."""
    parser = commands.add_parser(
        "report",
        help="genera el informe ETCA-III-04 en PDF y/o Excel",
        description=(
            "Genera el Informe de Avance Programático (ETCA-III-04) de un trimestre con el "
            "formato oficial: en PDF (--pdf) y/o en Excel (--xlsx). Sin --unidad, todas las "
            "metas de la base: en la de la coordinadora, el consolidado de todo el Instituto."
        ),
    )
    add_db_argument(parser)
    add_period_arguments(parser)
    add_unit_argument(parser)
    add_dependency_argument(parser)
    add_output_file_arguments(parser)
    parser.set_defaults(handler=run, db_must_exist=True)


def run(args: argparse.Namespace) -> int:
    """Write the requested files; print one line per file written."""
    # reportlab and XlsxWriter take a quarter of a second to import: only when a report is made.
    from ism_desktop.reports.pdf_fonts import FontError
    from ism_desktop.reports.pdf_report import write_pdf
    from ism_desktop.reports.report_layout import layout_report
    from ism_desktop.reports.xlsx_report import write_xlsx

    if args.pdf is None and args.xlsx is None:
        return fail("indique al menos un archivo de salida: --pdf ARCHIVO y/o --xlsx ARCHIVO.")
    if (refusal := output_refusal(args.pdf, args.xlsx)) is not None:
        return fail(refusal)  # the same file twice, or one refused after the other was written
    if args.unit is None and args.entity is not None:
        return fail(
            "--dependencia dice de qué dependencia es la unidad de --unidad; falta --unidad."
        )
    report = load_report(args)
    if isinstance(report, str):
        return fail(report)
    chosen = _chosen(args, report)
    if isinstance(chosen, str):
        return fail(chosen)  # before any file is written: nothing is left half done
    entity = None if chosen is None else chosen.entity
    try:
        layout = layout_report(report, args.quarter, args.unit, entity=entity)
    except ValueError as exc:
        return fail(str(exc))
    # A unit's database holds its own metas alone: «todo el Instituto» there said what it is not.
    units = (args.unit,) if args.unit is not None else report.units_in_order()
    several = len(layout.sections)  # a state report's dependencies: not «todo el Instituto»
    scope = f"{several} dependencias" if several > 1 else "todo el Instituto"
    scope = f"unidad {units[0]}" if len(units) == 1 else scope
    scope = f"unidad {chosen.said()}" if chosen is not None else scope
    if args.pdf is not None:
        buffer = io.BytesIO()
        try:
            pages = write_pdf(layout, buffer)
        except FontError as exc:
            return fail(str(exc))
        if (code := _save(args.pdf, buffer.getvalue())) != EXIT_OK:
            return code
        metas = count(layout.meta_count, "meta", "metas")
        print(f"PDF escrito: {args.pdf} ({count(pages, 'página', 'páginas')}, {metas}, {scope}).")
    if args.xlsx is not None:
        buffer = io.BytesIO()
        write_xlsx(layout, buffer)
        if (code := _save(args.xlsx, buffer.getvalue())) != EXIT_OK:
            return code
        print(f"Excel escrito: {args.xlsx} ({count(layout.meta_count, 'meta', 'metas')}, {scope}).")
    if (warning := layout.incomplete_warning) is not None:
        print(warning, file=sys.stderr)
    return EXIT_OK


def _chosen(args: argparse.Namespace, report: ProgressReport) -> ChosenUnit | str | None:
    """The dependency's ``--unidad`` meant (None: the whole report), or why it is refused.

    By the code alone, a state's 003 printed each dependency's 003 as one unit's report.
    """
    from ism_desktop.domain.dependency_choice import DependencyChoiceError
    from ism_desktop.workspace.opening import StoreError
    from ism_desktop.workspace.unit_choice import chosen_unit

    if args.unit is None:
        return None
    try:
        with store_from(args) as store:
            return chosen_unit(store, report.year, args.unit, args.entity)
    except (DependencyChoiceError, StoreError) as exc:
        return str(exc)


def _save(path: Path, data: bytes) -> int:
    try:
        if path.is_dir():
            return fail(f"«{path}» es una carpeta; indique el nombre del archivo.")
        write_atomically(path, data)
    except OSError as exc:
        return fail(f"no se pudo escribir «{path}»: {describe_os_error(exc)}.")
    return EXIT_OK
