"""Composition root: picks the command line or the window, opens the default database."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ism_desktop import cli
from ism_desktop.exchange.etca_errors import EtcaFormatError
from ism_desktop.exchange.sample_report import load_sample_if_empty
from ism_desktop.store.database import StoreError
from ism_desktop.store.location import default_database_path
from ism_desktop.store.store import Store


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``ism-desktop`` and ``python -m ism_desktop``."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and not args[0].startswith("--db"):
            return cli.main(args)
        return _start_default(args)
    except BrokenPipeError:
        # The reader (``| head``) went away: not an error of ours, and nothing left to say.
        sys.stderr.close()
        return 0


def _start_default(args: list[str]) -> int:
    # Until the window exists this prepares the embedded database and says what it holds.
    path = default_database_path()
    if len(args) >= 2 and args[0] == "--db":
        from pathlib import Path

        path = Path(args[1])
    try:
        with Store.open(path) as store:
            loaded = load_sample_if_empty(store.reports)
            report = store.reports.load()
    except (StoreError, EtcaFormatError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    if loaded is not None:
        print(f"Base de datos nueva en {path}, con el informe de muestra cargado.")
        print(loaded.describe())
    elif report is not None:
        units = len({meta.key.unit for meta in report.metas})
        print(
            f"Base de datos {path}: {len(report.metas)} metas de {units} unidades, "
            f"ejercicio {report.year}, trimestre {int(report.quarter)}."
        )
    cli.build_parser().print_help()
    return 0
