"""Pesos as ``Decimal``: reading an amount a person or a file gives, and writing it back."""

from __future__ import annotations

import re
from decimal import Decimal

from ism_desktop.domain.wording import quoted

CENTAVO = Decimal("0.01")
# Twelve integer digits (hundreds of billions of pesos) is far above any Programa Anual.
_MAX_INTEGER_DIGITS = 12
# Plain ``250000.00`` or Mexican grouping ``250,000.00``; never an exponent or a decimal comma.
_PLAIN = re.compile(r"\d+(\.\d+)?", re.ASCII)  # only 0–9: «١٢» is a digit to \d
# A first group never starts with 0: «0,500» is a decimal comma, not five hundred pesos.
_GROUPED = re.compile(r"[1-9]\d{0,2}(,\d{3})+(\.\d+)?", re.ASCII)


class AmountError(ValueError):
    """Text that is not an acceptable amount of pesos; the message says why, in Spanish."""


def parse_amount(text: str) -> Decimal:
    """Read pesos: digits, an optional point and at most two decimals; never negative.

    ``1,5e3``, ``-0``, ``abc``, a 40-digit number or ``10.005`` are refused with the reason.
    """
    shown = quoted(text)
    cleaned = text.strip().removeprefix("$").strip()
    if not cleaned:
        raise AmountError("falta el monto.")
    if cleaned.startswith("-"):
        raise AmountError(f"«{shown}»: un monto no puede ser negativo (numeral 3.4 i).")
    if _GROUPED.fullmatch(cleaned):
        cleaned = cleaned.replace(",", "")
    elif not _PLAIN.fullmatch(cleaned):
        raise AmountError(
            f"«{shown}» no es un monto en pesos: escriba dígitos y punto decimal, con o sin "
            "comas de miles, por ejemplo 250000.00 o 250,000.00."
        )
    integer, _, decimals = cleaned.partition(".")
    if len(integer.lstrip("0")) > _MAX_INTEGER_DIGITS:
        raise AmountError(f"«{shown}» es demasiado grande para un monto en pesos.")
    if len(decimals.rstrip("0")) > 2:
        raise AmountError(
            f"«{shown}» tiene fracciones de centavo; use como máximo dos decimales (numeral 3.4 i)."
        )
    return Decimal(cleaned).quantize(CENTAVO)


def money_text(value: Decimal) -> str:
    """An amount as the JSON exchange writes it: ``250000.00``."""
    return f"{value:.2f}"


def money_field_text(value: Decimal) -> str:
    """An amount in a field to edit: ``250,000.00``, grouped as shown elsewhere, read back as is."""
    return f"{value:,.2f}"


def money_display(value: Decimal) -> str:
    """An amount as a person reads it: ``$250,000.00``."""
    sign = "-" if value < 0 else ""
    return f"{sign}${abs(value):,.2f}"


def percent_display(value: Decimal) -> str:
    """A percentage with two decimals, closed up as the program writes it: ``40.00%``."""
    return f"{value:.2f}%"
