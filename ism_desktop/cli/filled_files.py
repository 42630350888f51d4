"""Files a command writes for people to fill and send back: replaced only with --reemplazar."""

from __future__ import annotations

import argparse

from ism_desktop.cli.common import fail


def add_replacing_argument(parser: argparse.ArgumentParser, meaning: str) -> None:
    """Add ``--reemplazar`` (``args.replacing``); ``meaning`` starts its help («escribirlo …»)."""
    help_text = f"{meaning} (se pierde el anterior)"
    parser.add_argument("--reemplazar", dest="replacing", action="store_true", help=help_text)


def not_replaced(exists: Exception, it: str = "lo") -> int:
    """Say the file is there and nothing was written, and how to write it anyway; exit code."""
    return fail(f"{exists}. Para escribir{it} de nuevo en su lugar, agregue --reemplazar.")
