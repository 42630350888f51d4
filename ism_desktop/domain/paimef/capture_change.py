"""A capture of an indicator's variables as the history tells it: from what, to what.

The store records each capture with the variables saved alone («130, 100», or «borrada»); the
history reads them in order and says what they were before, and the result of each.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ism_desktop.domain.paimef.indicator_catalogue import indicator_by_number
from ism_desktop.domain.paimef.indicators import IndicatorInputError, compute

# How the store records a capture cleared.
CLEARED = "borrada"


def capture_change_text(number: int, before: str | None, after: str) -> str:
    """``after`` as recorded, said against ``before`` (the capture before it, None if none).

    The variables are shown with «;» between them, as they are typed: «130, 100» read as one
    number, 130,100.
    """
    was = None if before in (None, CLEARED) else before
    if after == CLEARED:
        if was is None:
            return "Variables borradas."
        result_was = _result(number, was)
        said = f" (resultado {result_was})" if result_was else ""
        return f"Variables borradas: eran «{_typed(was)}»{said}."
    result_now = _result(number, after)
    if was is None:
        return f"Variables capturadas: «{_typed(after)}»{_said(result_now)}."
    if _typed(was) == _typed(after):
        return f"Variables capturadas de nuevo, sin cambios: «{_typed(after)}»{_said(result_now)}."
    result_was = _result(number, was)
    results = f"{result_was} → {result_now}" if result_was and result_now else result_now
    return f"Variables: «{_typed(was)}» → «{_typed(after)}»{_said(results)}."


def _typed(recorded: str) -> str:
    return "; ".join(part.strip() for part in recorded.split(","))


def _said(result: str) -> str:
    return f"; resultado {result}" if result else ""


def _result(number: int, recorded: str) -> str:
    """The indicator's value from the recorded variables, as shown; empty if none."""
    indicator = indicator_by_number(number)
    if indicator is None:
        return ""
    try:
        values = [Decimal(part.strip()) for part in recorded.split(",")]
        value = compute(indicator, values)
    except (IndicatorInputError, InvalidOperation, ArithmeticError):
        return ""  # an older record, or a zero denominator: the variables are said all the same
    return indicator.value_text(value)
