"""``ism-desktop import-etca``: bring the text of an official report into the database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ism_desktop.cli.common import EXIT_OK, add_db_argument, database_path, fail, store_from
from ism_desktop.cli.path_arguments import file_argument
from ism_desktop.domain.gc_pause import cycle_collection_paused
from ism_desktop.exchange.etca.errors import EtcaFormatError
from ism_desktop.exchange.etca.report_import import load_etca_file
from ism_desktop.workspace.opening import StoreError, remove_new_database
from ism_desktop.workspace.transfers import import_report


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the parser."""
    parser = commands.add_parser(
        "import-etca",
        help="importa el texto de un informe ETCA-III-04",
        description=(
            "Lee el texto de un Informe de Avance Programático (ETCA-III-04) y guarda sus "
            "metas en la base de datos. Si el archivo tiene un error no se cambia nada."
        ),
    )
    parser.add_argument(
        "file", type=file_argument, metavar="ARCHIVO", help="texto del informe (.txt)"
    )
    add_db_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Parse the whole file, then store it in one transaction; print a one-line summary."""
    # A state report is half a million small objects without cycles, alive from reading to
    # writing: the cycle collector would walk them all again and again (a fifth of the time).
    # They are freed, by reference counting, before it is back on.
    with cycle_collection_paused():
        return _import(args)


def _import(args: argparse.Namespace) -> int:
    path: Path = args.file
    try:
        loaded = load_etca_file(path)
    except EtcaFormatError as exc:
        return fail(f"{path.name}: {exc}")
    database = database_path(args)
    created = not database.exists()
    try:
        with store_from(args) as store:
            summary, _backup = import_report(store, loaded)
    except StoreError as exc:
        if created:
            # Nothing was imported (a full disk, say): no empty database is left where none was.
            remove_new_database(database)
        return fail(str(exc))
    print(summary.describe())
    # Not run here (an import's speed counts): said, or «0 avisos» read as a report that passed.
    print(
        "Las reglas del informe (errores y avisos) no se revisan al importar; para revisarlas: "
        f"ism-desktop validate --ejercicio {summary.year} --trimestre {int(summary.quarter)}"
    )
    for line in summary.change_lines():
        print(line)
    for warning in summary.warnings:
        print(f"Aviso: {warning}", file=sys.stderr)
    return EXIT_OK
