"""``ism-desktop dump``: the stored report as JSON on standard output."""

from __future__ import annotations

import argparse
import json
import sys

from ism_desktop.cli.common import EXIT_OK, add_db_argument, fail, no_report, store_from
from ism_desktop.cli.period_arguments import quarter, year_argument
from ism_desktop.exchange.report_json import report_to_json
from ism_desktop.exchange.year_travel import year_state_json
from ism_desktop.workspace.opening import StoreError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the parser."""
    parser = commands.add_parser(
        "dump",
        help="escribe el informe guardado como JSON",
        description="Escribe en la salida estándar el informe guardado, en JSON.",
    )
    add_db_argument(parser)
    parser.add_argument(
        "--ejercicio",
        dest="year",
        type=year_argument,
        default=None,
        metavar="AÑO",
        help="año (por omisión: el actual)",
    )
    parser.add_argument(
        "--trimestre",
        dest="quarter",
        type=quarter,
        default=None,
        metavar="N",
        help="trimestre hasta el que se muestran avance y evaluaciones (por omisión: el actual)",
    )
    parser.set_defaults(handler=run, db_must_exist=True)


def run(args: argparse.Namespace) -> int:
    """Print the report of the current period (or of ``--ejercicio``) as JSON."""
    try:
        with store_from(args) as store:
            report = store.reports.load(year=args.year, quarter=args.quarter)
            state = None if report is None else year_state_json(store, report.year)
    except StoreError as exc:
        return fail(str(exc))
    if report is None:
        return fail(no_report(args))
    # Windows consoles default to a legacy code page; JSON is UTF-8 by definition.
    json.dump({**report_to_json(report), **(state or {})}, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK
