"""What the commands share: opening the database named by ``--db`` and reporting failures."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ism_desktop.cli.db_option import database_argument
from ism_desktop.domain.report import ProgressReport
from ism_desktop.platform import default_database_path
from ism_desktop.workspace.opening import Store, StoreError, open_store

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """The ``--db`` option every data command takes."""
    parser.add_argument(
        "--db",
        type=database_argument,
        default=None,
        metavar="ARCHIVO",
        help=f"base de datos SQLite (por omisión: {default_database_path()})",
    )


def database_path(args: argparse.Namespace) -> Path:
    """The database a command works on: ``--db``, or this PC's default one."""
    path: Path = args.db if args.db is not None else default_database_path()
    return path


def store_from(args: argparse.Namespace) -> Store:
    """Open the database the user named, or the default one in the user's data folder."""
    path = database_path(args)
    try:
        return open_store(path, must_exist=getattr(args, "db_must_exist", False))
    except StoreError as exc:
        # Only on a refusal: the backups' catalogue is no command's to import otherwise.
        from ism_desktop.cli.damaged_copies import copies_hint
        from ism_desktop.workspace.failures import is_damaged_data

        # A damaged file: said with the backups that mend it, as the window offers them.
        hint = copies_hint(path) if is_damaged_data(exc) else ""
        if not hint:
            raise
        raise type(exc)(f"{exc}{hint}") from exc


def fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    """Print a Spanish error on stderr and return the exit code."""
    print(f"Error: {message}", file=sys.stderr)
    return code


def load_report(args: argparse.Namespace) -> ProgressReport | str:
    """The report of ``--ejercicio``/``--trimestre``, or why there is none (an error to print)."""
    try:
        with store_from(args) as store:
            report = store.reports.load(year=args.year, quarter=args.quarter)
    except StoreError as exc:
        return str(exc)
    if report is None:
        return no_report(args)
    return report


def no_report(args: argparse.Namespace) -> str:
    """Why there is no report: none at all, or none of the year asked for (an error to print)."""
    year = getattr(args, "year", None)
    if year is None:
        return "la base de datos no tiene ningún informe; importe uno con «import-etca»."
    return (
        f"la base de datos no tiene el ejercicio {year}; importe su informe con «import-etca» "
        "o elija otro con --ejercicio."
    )
