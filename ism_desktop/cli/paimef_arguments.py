"""Arguments of the ``paimef`` commands: years and dates refused in Spanish, shared options."""

from __future__ import annotations

import argparse
from datetime import date

from ism_desktop.cli.common import add_db_argument
from ism_desktop.cli.period_arguments import year_argument as year_argument
from ism_desktop.domain.look_alike import fold_widths, key_problem
from ism_desktop.domain.paimef.input_parsing import InputError, parse_iso_date


def iso_date_argument(text: str) -> date:
    """``AAAA-MM-DD`` that exists; argparse reports the reason and exits 2."""
    try:
        return parse_iso_date(text)
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def action_key_argument(text: str) -> str:
    """An acción's clave as the window's form and the import read it; argparse exits 2 if not.

    Fullwidth «Ａ.１» is A.1; a look-alike («А.1», a Cyrillic А) is refused with their message.
    """
    key = fold_widths(text.strip())
    if (problem := key_problem(key)) is not None:
        raise argparse.ArgumentTypeError(f"la clave {problem}")
    return key


STORED_YEAR_HELP = "ejercicio del Programa Anual (por omisión, el último guardado)"


def programme_options(
    parser: argparse.ArgumentParser, must_exist: bool = True, year_help: str = STORED_YEAR_HELP
) -> None:
    """``--db``, ``--ejercicio`` and ``--hoy``, as the programme's commands take them."""
    add_db_argument(parser)
    parser.add_argument(
        "--ejercicio", type=year_argument, default=None, metavar="AAAA", help=year_help
    )
    parser.add_argument(
        "--hoy", type=iso_date_argument, default=None, metavar="AAAA-MM-DD",
        help="fecha de referencia (por omisión, hoy)",
    )  # fmt: skip
    parser.set_defaults(db_must_exist=must_exist)


def today_of(args: argparse.Namespace) -> date:
    """The reference date: ``--hoy`` when given, else today."""
    return args.hoy if args.hoy is not None else date.today()
