"""``ism-desktop import-package``: receive packages, each verified before anything is written."""

from __future__ import annotations

import argparse
import sys

from ism_desktop.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    add_db_argument,
    database_path,
    fail,
    store_from,
)
from ism_desktop.cli.path_arguments import file_argument
from ism_desktop.cli.period_arguments import quarter, unit_code, year_argument
from ism_desktop.domain.wording import count
from ism_desktop.workspace.opening import StoreError, remove_new_database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the parser."""
    parser = commands.add_parser(
        "import-package",
        help="recibe paquetes: el de una unidad, un programa base o observaciones",
        description=(
            "Recibe uno o varios paquetes (zip). Cada uno se verifica por completo antes de "
            "tocar la base de datos: estructura del zip, manifiesto, huellas SHA-256 (detectan "
            "un archivo dañado o cortado, no uno cambiado a propósito: no son una firma), versión "
            "del formato, ejercicio y trimestre, unidad de cada meta y número de envío. "
            "Un paquete que no pasa una verificación se rechaza entero, con el motivo, y la "
            "base de datos queda como estaba. En la unidad coordinadora se reciben los paquetes "
            "de las unidades; en una unidad, su programa base y las observaciones. Termina con "
            "0 si todos se recibieron y con 2 si alguno se rechazó. También recibe el libro de "
            "Excel (.xlsx) que llenó una unidad sin el programa («ism-desktop libro»), con las "
            "mismas revisiones que un paquete."
        ),
    )
    add_db_argument(parser)
    parser.add_argument(
        "files",
        type=file_argument,
        nargs="+",
        metavar="ARCHIVO",
        help="paquete (.ismpaq) o libro llenado (.xlsx)",
    )
    parser.add_argument(
        "--dry-run",
        "--revisar",
        dest="dry_run",
        action="store_true",
        help="solo verifica y muestra qué cambiaría, sin guardar nada",
    )
    parser.add_argument(
        "--unidad",
        dest="unit",
        type=unit_code,
        default=None,
        metavar="CLAVE",
        help="esta base de datos es de esa unidad: rechaza paquetes para otra",
    )
    parser.add_argument(
        "--ejercicio",
        dest="year",
        type=year_argument,
        default=None,
        metavar="AÑO",
        help="acepta solo ese ejercicio",
    )
    parser.add_argument(
        "--trimestre",
        dest="quarter",
        type=quarter,
        default=None,
        metavar="N",
        help="acepta solo ese trimestre",
    )
    # A unit's new PC starts its database with the programme base it receives.
    parser.set_defaults(handler=run, db_must_exist=False)


def run(args: argparse.Namespace) -> int:
    """Check (and unless ``--dry-run`` apply) each file; one line per file, the diff if asked."""
    # The verification and its reports import openpyxl-free code only; still, load on use.
    from ism_desktop.exchange.intake.diff import diff_text, note_lines
    from ism_desktop.exchange.intake.receiver import IntakeOptions
    from ism_desktop.workspace import transfers
    from ism_desktop.workspace.spelling_words import keep_coordination_words

    options = IntakeOptions(unit=args.unit, year=args.year, quarter=args.quarter)
    # A dry run only shows what would change: a database it would have to create, it names.
    args.db_must_exist = args.dry_run
    database = database_path(args)
    created = not database.exists()
    try:
        with store_from(args) as store:
            before = store.reports.current_period()
            if args.dry_run:
                outcomes = transfers.check_packages(store, args.files, options)
            else:
                outcomes, _backup = transfers.receive_files(store, args.files, options)
            after = store.reports.current_period()
    except StoreError as exc:
        return fail(str(exc))
    if created and not any(outcome.applied for outcome in outcomes):
        # Made for a programme base that did not come in: no database is left where none was.
        remove_new_database(database)
    for outcome in outcomes:
        if outcome.failed:
            print(f"Error: {outcome.summary()}", file=sys.stderr)
            continue
        print(outcome.summary())
        if args.dry_run and outcome.incoming is not None:
            sys.stdout.write(diff_text(outcome.incoming.diff))
        elif outcome.incoming is not None:
            # Received: the changes are in the log, but what was not taken must still be said.
            for line in note_lines(outcome.incoming.diff):
                print(line)
    if before is not None and after is not None and after[0] > before[0]:
        # A newer year's base: in January the year before still owes its fourth quarter.
        print(
            f"Los comandos toman ahora el ejercicio {after[0]} cuando no se indica --ejercicio; "
            f"el {before[0]} sigue aquí (por ejemplo: export --ejercicio {before[0]} "
            "--trimestre 4 --unidad U --out CARPETA)."
        )
    kept = keep_coordination_words(outcomes)
    if kept is not None:
        print(f"Diccionario: {count(kept, 'palabra', 'palabras')} de la unidad coordinadora.")
    # A file left out for a newer one of the batch is not a failure: the newer one came in.
    refused = sum(1 for outcome in outcomes if outcome.failed)
    if refused:
        done = "revisaron" if args.dry_run else "recibieron"
        rest = f"; los demás se {done}" if refused < len(outcomes) else ""
        print(f"{refused} de {len(outcomes)} paquetes rechazados{rest}.", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK
