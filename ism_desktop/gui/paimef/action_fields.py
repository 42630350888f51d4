"""How the acción form reads its fields: each problem said with the field it is in."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from ism_desktop.domain.limits import field_text_problem
from ism_desktop.domain.paimef.input_parsing import InputError, parse_quantity
from ism_desktop.domain.paimef.money import AmountError, parse_amount

_T = TypeVar("_T")


def attempt(problems: list[str], read: Callable[[], _T]) -> _T | None:
    """What ``read`` gives, or None with its problem added to ``problems``."""
    try:
        return read()
    except (InputError, AmountError) as exc:
        problems.append(str(exc))
        return None


def goal_figure(row: int, column: str, text: str) -> int:
    """A goal's quantity or achievement; refused saying which of the two («meta 1, alcanzado»)."""
    try:
        return parse_quantity(text)
    except InputError as exc:
        raise InputError(f"meta {row + 1}, {column}: {exc}") from None


def check_text(label: str, text: str) -> None:
    """Refuse, naming ``label``, a text the files written could not hold."""
    # What the import refuses, refused as typed: every file written must be able to hold it.
    problem = field_text_problem(text.strip())
    if problem is not None:
        raise InputError(f"{label}: {problem}.")


def amount_of(label: str, text: str) -> Decimal:
    """An amount as typed; refused naming ``label``."""
    try:
        return parse_amount(text)
    except AmountError as exc:
        raise AmountError(f"{label}: {exc}") from None
