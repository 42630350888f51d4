"""Reading the fields of a Programa Anual typed by a person or found in a file.

Each parser raises ``InputError`` with a Spanish reason; the caller adds where (line, cell).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from ism_desktop.domain.paimef.money import AmountError
from ism_desktop.domain.paimef.vertientes import Vertiente, linea_by_code
from ism_desktop.domain.typed_date import read_typed_date
from ism_desktop.domain.wording import quoted

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)  # «٢» is a digit to \d
_MAX_QUANTITY = 10**9
# «1,000» and «12,500», as quantities are written in Mexico: only whole groups of three, and a
# first group that never starts with 0, so «1,5» or «0,500» (maybe a decimal comma) stay refused.
_GROUPED_QUANTITY = re.compile(r"[1-9]\d{0,2}(,\d{3})+", re.ASCII)  # only 0–9, as _digits
MIN_YEAR, MAX_YEAR = 2000, 2100


class InputError(ValueError):
    """A field that cannot be read; the message says why, in Spanish."""


__all__ = ["AmountError", "InputError"]


def parse_vertiente(text: str) -> Vertiente:
    """``A``, ``B`` or ``C`` (any case)."""
    cleaned = text.strip().upper()
    try:
        return Vertiente(cleaned)
    except ValueError:
        raise InputError(
            f"«{quoted(text)}» no es una vertiente del PAIMEF; las vertientes son A, B y C "
            "(numeral 2.3)."
        ) from None


def parse_line(text: str, vertiente: Vertiente) -> str:
    """A línea de acción of Anexo 2 that belongs to ``vertiente``; returns its code."""
    line = linea_by_code(text)
    if line is None:
        raise InputError(
            f"«{quoted(text)}» no es una línea de acción del Anexo 2 (ejemplos: A-I, B-III, C-VI)."
        )
    if line.vertiente is not vertiente:
        raise InputError(
            f"la línea de acción {line.code} es de la vertiente {line.vertiente}, no de la "
            f"{vertiente} (Anexo 2)."
        )
    return line.code


def parse_iso_date(text: str) -> date:
    """A date written ``AAAA-MM-DD`` (as files and commands carry it) that exists."""
    cleaned = text.strip()
    match = _ISO_DATE.fullmatch(cleaned)
    if match is None:
        raise InputError(f"«{quoted(cleaned)}» no es una fecha; escríbala como AAAA-MM-DD.")
    year, month, day = (int(part) for part in match.groups())
    try:
        value = date(year, month, day)
    except ValueError:
        raise InputError(f"la fecha «{cleaned}» no existe en el calendario.") from None
    return _within_years(cleaned, value)


def parse_typed_date(text: str, near: int | None = None) -> date:
    """A date typed in the window: day first as it is written in Mexico, or ``AAAA-MM-DD``.

    ``near``: the year worked on, by default this one (``read_typed_date``).
    """
    try:
        value = read_typed_date(text, near)
    except ValueError as exc:
        raise InputError(f"{exc}.") from None
    return _within_years(text.strip(), value)


def check_date_years(value: date) -> date:
    """A date a file holds as a date (an Excel date cell), within the years a programme has."""
    if isinstance(value, datetime):
        value = value.date()  # Excel's cells are datetimes; compared with a date they raise
    return _within_years(f"{value:%d/%m/%Y}", value)


def _within_years(cleaned: str, value: date) -> date:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise InputError(f"la fecha «{cleaned}» está fuera de los años {MIN_YEAR}–{MAX_YEAR}.")
    return value


def _digits(text: str) -> bool:
    """Only 0–9: «4²» and «①» are digits to ``str.isdigit`` and then break ``int``."""
    return text.isascii() and text.isdigit()


def parse_year(value: object) -> int:
    """A fiscal year between 2000 and 2100, as a number or its digits."""
    text = str(value).strip()
    if isinstance(value, bool) or not _digits(text) or not MIN_YEAR <= int(text) <= MAX_YEAR:
        raise InputError(f"«{quoted(text)}» no es un ejercicio fiscal (un año entre 2000 y 2100).")
    return int(text)


def parse_quantity(value: object) -> int:
    """A goal's quantity: a whole number from 0 (a number or its digits, ``1,000`` grouped)."""
    if isinstance(value, bool):
        raise InputError(f"«{value}» no es una cantidad.")
    if value is None or not str(value).strip():
        # An empty cell or a JSON null: said as such, not as Python's «None» nor as «».
        raise InputError("no puede quedar vacío.")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    digits = text.replace(",", "") if _GROUPED_QUANTITY.fullmatch(text) else text
    if not _digits(digits):
        raise InputError(f"«{quoted(text)}» no es una cantidad: escriba un número entero desde 0.")
    if len(digits.lstrip("0")) > len(str(_MAX_QUANTITY)) or int(digits) > _MAX_QUANTITY:
        text = text if len(text) <= 40 else f"{text[:20]}…"
        raise InputError(f"«{text}» es una cantidad demasiado grande.")
    return int(digits)


def parse_flag(value: object) -> bool:
    """``true``/``false`` or ``SÍ``/``NO`` (the xlsx template's words)."""
    if isinstance(value, bool):
        return value
    if value is None:  # an empty cell, as «» below: the template's blank answer is NO
        return False
    text = str(value).strip().upper()
    if text in ("SÍ", "SI", "S", "VERDADERO", "TRUE", "1"):
        return True
    if text in ("NO", "N", "FALSO", "FALSE", "0", ""):
        return False
    raise InputError(f"«{quoted(value)}» no es SÍ ni NO.")
