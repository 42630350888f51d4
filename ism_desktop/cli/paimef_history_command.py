"""``ism-desktop paimef historial``: every PAIMEF change of a year, who made it and when."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from ism_desktop.cli.common import EXIT_OK, add_db_argument, fail, store_from
from ism_desktop.cli.paimef_arguments import year_argument
from ism_desktop.workspace.opening import StoreError
from ism_desktop.workspace.paimef_history import history_text, history_year, paimef_history


def register_history_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``historial`` to the ``paimef`` sub-commands."""
    parser = sub.add_parser(
        "historial",
        help="los cambios guardados del PAIMEF: cuándo, quién y qué",
        description=(
            "Lista los cambios guardados del PAIMEF de un ejercicio (Programa Anual, fechas, "
            "indicadores capturados, justificaciones, días inhábiles), el más reciente primero, "
            "con la hora de esta computadora. Por omisión, el ejercicio del último Programa "
            "Anual guardado."
        ),
    )
    add_db_argument(parser)
    parser.add_argument(
        "--ejercicio", type=year_argument, default=None, metavar="AAAA",
        help="ejercicio de los cambios (por omisión, el del último Programa Anual guardado)",
    )  # fmt: skip
    parser.add_argument(
        "--buscar", default="", metavar="TEXTO",
        help="solo los cambios que tienen todas estas palabras (sin importar acentos)",
    )  # fmt: skip
    parser.add_argument("--json", action="store_true", help="escribe la lista en JSON")
    parser.set_defaults(handler=run_history, db_must_exist=True)


def run_history(args: argparse.Namespace) -> int:
    """Print the year's changes, newest first."""
    try:
        with store_from(args) as store:
            year = history_year(store, args.ejercicio, date.today())
            lines = [line for line in paimef_history(store, year) if line.matches(args.buscar)]
    except StoreError as exc:
        return fail(str(exc))
    if args.json:
        entries = [
            {
                "fecha": line.at,
                "perfil": line.profile,
                "usuario": line.os_user,
                "que": line.what,
                "detalle": line.detail,
            }
            for line in lines
        ]
        json.dump({"ejercicio": year, "cambios": entries}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    sys.stdout.write(history_text(year, lines, searched=args.buscar))
    return EXIT_OK
