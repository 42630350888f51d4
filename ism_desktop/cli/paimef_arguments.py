"""Arguments of the ``paimef`` commands: years and dates refused in Spanish, shared options."""

from __future__ import annotations

import argparse
from datetime import date

from ism_desktop.cli.common import add_db_argument
from ism_desktop.cli.period_arguments import read_as_typed
from ism_desktop.cli.period_arguments import year_argument as year_argument
from ism_desktop.domain.look_alike import fold_widths, key_problem
from ism_desktop.domain.paimef.frequency import period_from_code
from ism_desktop.domain.paimef.input_parsing import InputError, parse_typed_date
from ism_desktop.domain.typed_date import TYPED_DATE_FORMS


def typed_date_argument(text: str) -> date:
    """A date typed as in the window (``TYPED_DATE_FORMS``); argparse says why and exits 2."""
    try:
        return read_as_typed(parse_typed_date, text)
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


def field_argument(text: str) -> str:
    """A warning's field; an indicator's period in it read as ``--periodo`` reads it.

    «indicador.2.２０２６-Ｔ１» is the first quarter of 2026, as «capturar» stores it; a
    look-alike («2026-Т1», a Cyrillic Т) is refused with its message. Other fields as typed: a
    meta's description may hold fullwidth letters.
    """
    kind, _, rest = fold_widths(text).partition(".")
    if kind != "indicador":
        return text
    number, _, code = rest.partition(".")
    try:
        return f"{kind}.{number}.{period_from_code(code).code}"
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


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
        "--hoy", type=typed_date_argument, default=None, metavar="FECHA",
        help=f"fecha de referencia, como {TYPED_DATE_FORMS} (por omisión, hoy)",
    )  # fmt: skip
    parser.set_defaults(db_must_exist=must_exist)


def today_of(args: argparse.Namespace) -> date:
    """The reference date: ``--hoy`` when given, else today."""
    return args.hoy if args.hoy is not None else date.today()
