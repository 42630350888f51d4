"""Options shared by the commands that work on one quarter: ``--trimestre`` and ``--ejercicio``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TypeVar

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.look_alike import fold_widths
from ism_desktop.domain.paimef.input_parsing import InputError, parse_year
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import quoted

T = TypeVar("T")


def typed_number(text: str) -> str:
    """A number as typed, its fullwidth digits («２０２６») the ones they widen («2026»).

    An East Asian keyboard types them so, and a phone or Word may paste them: the same
    characters, as a clave «Ａ.１» or a period «２０２６-Ｔ１» is read. Another script's digits
    («٢٠٢٤») stay as they are, refused where a year or a code is read.
    """
    return fold_widths(text)


def read_as_typed(read: Callable[[str], T], text: str) -> T:
    """``read`` of ``text`` with fullwidth digits folded; refused, its message quotes ``text``.

    Raises:
        InputError: ``read``'s reason for the folded text («la fecha … no existe»).
    """
    folded = typed_number(text)
    try:
        return read(folded)
    except InputError as exc:
        said = str(exc).replace(f"«{quoted(folded)}»", f"«{quoted(text)}»")
        raise InputError(said) from None


def quarter(text: str) -> Quarter:
    """``--trimestre``: 1 to 4, or PRIMERO … CUARTO."""
    try:
        return Quarter.parse(typed_number(text))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"«{quoted(text)}» no es un trimestre; use 1, 2, 3 o 4 (o PRIMERO … CUARTO)"
        ) from None


def year_argument(text: str) -> int:
    """``--ejercicio``: a fiscal year between 2000 and 2100 (a bigger number cannot be stored)."""
    try:
        return read_as_typed(parse_year, text)
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def record_number(what: str) -> Callable[[str], int]:
    """A reader of a record's number (``--quitar N``, a request's ID), named ``what`` in errors.

    The number of a request or an observation, as the person knows it: a whole number the
    database can hold.
    """

    def read(text: str) -> int:
        # isdecimal: "²" passes isdigit() but int() refuses it.
        digits = typed_number(text).strip()
        if not digits.isdecimal() or not 1 <= int(digits) < 2**63:
            raise argparse.ArgumentTypeError(f"«{quoted(text)}» no es un número de {what} válido")
        return int(digits)

    return read


def unit_code(text: str) -> UnitCode:
    """``--unidad``: a three-digit unit code; ``4`` is read as ``004``."""
    cleaned = typed_number(text).strip()
    if cleaned.isdigit() and len(cleaned) < 3:
        cleaned = cleaned.zfill(3)
    try:
        return UnitCode(cleaned)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"«{text}» no es una clave de unidad administrativa (tres dígitos, p. ej. 004)"
        ) from None


def add_period_arguments(parser: argparse.ArgumentParser) -> None:
    """``--trimestre N`` (required) and ``--ejercicio AÑO`` (default: the current one)."""
    parser.add_argument(
        "--trimestre",
        dest="quarter",
        type=quarter,
        required=True,
        metavar="N",
        help="trimestre que se informa: 1, 2, 3 o 4",
    )
    parser.add_argument(
        "--ejercicio",
        dest="year",
        type=year_argument,
        default=None,
        metavar="AÑO",
        help=(
            "año del ejercicio (por omisión: el año en que se trabaja: el del último informe "
            "importado o programa base recibido, o el del último programa aprobado si es "
            "posterior)"
        ),
    )


def add_unit_argument(
    parser: argparse.ArgumentParser,
    *,
    required: bool = False,
    help_text: str = "clave de la unidad administrativa, p. ej. 004 (por omisión: todas)",
) -> None:
    """The ``--unidad CLAVE`` option, checked as a three-digit unit code."""
    parser.add_argument(
        "--unidad",
        dest="unit",
        type=unit_code,
        required=required,
        default=None,
        metavar="CLAVE",
        help="clave de la unidad administrativa, p. ej. 004" if required else help_text,
    )


def add_dependency_argument(parser: argparse.ArgumentParser) -> None:
    """``--dependencia CLAVE``: which dependency's ``--unidad``, where several hold its code."""
    parser.add_argument(
        "--dependencia",
        dest="entity",
        type=lambda text: typed_number(text).strip(),
        default=None,
        metavar="CLAVE",
        help=(
            "dependencia de la unidad, p. ej. 30 (obligatoria solo si varias dependencias del "
            "informe tienen una unidad con esa clave)"
        ),
    )
