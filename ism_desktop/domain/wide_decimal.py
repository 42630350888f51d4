"""Cutting a figure to a number of decimals when it is wider than Decimal's default 28 digits.

Admitted figures stay under 10^12 with six decimals at most (``domain.limits``), yet a % de
avance of such figures (NUM × DEN × 100 over DEN × NUM) can have 38 digits before the point:
cut to hundredths in the default context, ``quantize`` raises ``InvalidOperation``. The usual
figures keep the default context, whose rounding the official figures follow; only the wide
ones take this one, where every admitted % is exact.
"""

from __future__ import annotations

from decimal import Context, Decimal, InvalidOperation

WIDE = Context(prec=60)


def cut(value: Decimal, step: Decimal, rounding: str) -> Decimal:
    """``value.quantize(step, rounding)``, also for a value too wide for the default context."""
    try:
        return value.quantize(step, rounding)
    except InvalidOperation:
        return value.quantize(step, rounding, context=WIDE)
