"""How the official ETCA-III-04 form prints its figures, as text.

Read off the printed report of 2024, first quarter:

- counts and NUM/DEN figures: two decimals, no thousands separator (``1900.00``, ``99.44``);
- MET rows of percentage metas: ``0.00%`` for zero, the whole number alone for a whole
  percentage (``100%``, ``10%``), two decimals otherwise (``99.44%``); the ANUAL column of a
  cumulative (VAL. ACUM. SI) meta is a computed ratio and always shows two decimals (``100.00%``);
- the % DE AVANCE TRIMESTRAL: always two decimals (``84.55%``, ``0.00%``).

A figure not reported yet (``None``) prints as zero, like the form; the data keeps the difference.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal, InvalidOperation

from ism_desktop.domain.wide_decimal import cut

_HUNDREDTH = Decimal("0.01")
_ZERO = Decimal(0)


def _two_decimals(value: Decimal) -> str:
    # Figures are already exact to the hundredth; ROUND_DOWN keeps a stray third decimal from
    # ever printing higher than the official truncation would.
    try:
        return f"{value.quantize(_HUNDREDTH, rounding=ROUND_DOWN):f}"
    except InvalidOperation:  # a % of figures at their limits: wider than the default context
        return f"{cut(value, _HUNDREDTH, ROUND_DOWN):f}"


def format_figure(value: Decimal | None) -> str:
    """A count or a NUM/DEN figure: ``1900.00``; not reported prints ``0.00``."""
    return _two_decimals(_ZERO if value is None else value)


def format_met_percent(value: Decimal | None, *, computed: bool = False) -> str:
    """A MET figure of a percentage meta: ``0.00%``, ``100%``, ``99.44%``.

    Args:
        value: the percentage (``100`` means 100 %); ``None`` (not reported) prints as zero.
        computed: True for the ANUAL column of a cumulative meta, which the form prints with
            two decimals even when whole (``100.00%``).
    """
    number = _ZERO if value is None else value
    if number == _ZERO or computed:
        return f"{_two_decimals(number)}%"
    if number == number.to_integral_value():
        return f"{int(number)}%"
    return f"{_two_decimals(number)}%"


def format_progress(value: Decimal | None) -> str:
    """The % de avance: ``84.55%``; a quarter not reported yet prints ``0.00%``."""
    return f"{_two_decimals(_ZERO if value is None else value)}%"
