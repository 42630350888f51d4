"""Reading a figure typed by a person: Mexican conventions, a clear Spanish reason when not."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ism_desktop.domain.limits import figure_problem


class FigureInputError(ValueError):
    """The text typed is not a figure; the message says why, in Spanish."""


def parse_figure(text: str) -> Decimal | None:
    """``""`` is «not reported» (``None``); ``1,234.50`` and ``84.5 %`` are accepted."""
    cleaned = text.strip().replace(" ", "").rstrip("%")
    if not cleaned:
        return None
    # In Mexico the comma groups thousands and the point marks decimals.
    cleaned = cleaned.replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise FigureInputError(f"«{text.strip()}» no es un número.") from None
    if problem := figure_problem(value):
        raise FigureInputError(f"«{text.strip()[:40]}» {problem}.")
    return value


def format_figure(value: Decimal | None, percent: bool = False) -> str:
    """A figure as the form shows it: two decimals, ``%`` for percentage rows."""
    if value is None:
        return ""
    return f"{value:.2f}{' %' if percent else ''}"
