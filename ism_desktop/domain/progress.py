"""The official % de avance and the % against the modified target, exactly as the form prints it.

The form compares what was achieved in a quarter with what was programmed for that same quarter
in the ORIGINAL programme, and truncates (never rounds) to hundredths. Later quarters are computed
the same way, quarter by quarter, not cumulatively: one rule, kept here and nowhere else.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal, InvalidOperation

from ism_desktop.domain.figures import ZERO, FigureRow, Series
from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wide_decimal import WIDE, cut

HUNDRED = Decimal(100)
HUNDREDTH = Decimal("0.01")
_ONE = Decimal(1)

PROGRESS_RULE_ES = (
    "El % de avance oficial de cada trimestre es lo realizado en ese trimestre entre lo "
    "programado ORIGINAL de ese mismo trimestre, por 100, truncado a dos decimales (no "
    "acumulado). Si lo programado original es 0, el avance es 0.00%."
)


def truncate_hundredths(value: Decimal) -> Decimal:
    """Cut a figure to two decimals without rounding, as the official form does."""
    return cut(value, HUNDREDTH, ROUND_DOWN)


def percentage(numerator: Decimal, denominator: Decimal) -> Decimal:
    """``numerator / denominator × 100`` at full precision; 0 where the denominator is 0."""
    if denominator == ZERO:
        return ZERO
    return numerator * HUNDRED / denominator


def _ratio_pair(meta: Meta, quarter: Quarter, series: Series) -> tuple[Decimal, Decimal] | None:
    """Numerator and denominator of the comparable value (a count, or a NUM/DEN pair)."""
    num = meta.num.value(series, quarter)
    if num is None:
        return None
    if meta.kind is MetaKind.ABSOLUTE or meta.den is None:
        return num, Decimal(1)
    den = meta.den.value(series, quarter)
    if den is None:
        return None
    return num, den


_NO_PROGRESS = ZERO.quantize(HUNDREDTH)


def _progress(meta: Meta, quarter: Quarter, target: Series) -> Decimal | None:
    # _ratio_pair for the achieved and the target pair, unrolled: validation asks this of every
    # meta of a report.
    index = quarter - 1  # int arithmetic; Enum.value is a Python-level property
    ach_num = meta.num.achieved[index]
    prog_num = meta.num.quarters(target)[index]
    den = meta.den
    if meta.kind is MetaKind.ABSOLUTE or den is None:
        # A count is the formula below with both denominators 1, without looking for a DEN.
        # Each "× 1" stays: it rounds its figure to the context (below its smallest exponent,
        # 5E-1000027 × 1 is 0), and the official % must be that formula's, every rounding included.
        if ach_num is None or prog_num is None:
            return None
        if prog_num == ZERO:
            return _NO_PROGRESS
        # Under 10^12 over 10^-6, × 100: 23 digits at most, within the default context.
        return (ach_num * _ONE * HUNDRED / (_ONE * prog_num)).quantize(HUNDREDTH, ROUND_DOWN)
    ach_den, prog_den = den.achieved[index], den.quarters(target)[index]
    if ach_num is None or ach_den is None or prog_num is None or prog_den is None:
        return None
    if prog_num == ZERO or prog_den == ZERO or ach_den == ZERO:
        return _NO_PROGRESS
    # (a/b) / (c/d) × 100 regrouped as one division so no intermediate quotient is cut. The
    # rounding is passed by position: as a keyword it is parsed at twice the cost of the cut.
    try:
        return (ach_num * prog_den * HUNDRED / (ach_den * prog_num)).quantize(HUNDREDTH, ROUND_DOWN)
    except InvalidOperation:
        return _wide(ach_num, prog_den, ach_den, prog_num)


def _wide(ach_num: Decimal, prog_den: Decimal, ach_den: Decimal, prog_num: Decimal) -> Decimal:
    """The same % when it has more digits than the default context can cut to hundredths.

    Only admitted figures at their limits reach this (a DEN of 0.000001 under a large NUM);
    the usual path keeps the default context, whose rounding the official figures follow.
    """
    numerator = WIDE.multiply(WIDE.multiply(ach_num, prog_den), HUNDRED)
    quotient = WIDE.divide(numerator, WIDE.multiply(ach_den, prog_num))
    return quotient.quantize(HUNDREDTH, ROUND_DOWN, context=WIDE)


def official_progress(meta: Meta, quarter: Quarter) -> Decimal | None:
    """The official % de avance of a quarter (``None`` while the quarter is not reported)."""
    return _progress(meta, quarter, Series.ORIGINAL)


def progress_against_modified(meta: Meta, quarter: Quarter) -> Decimal | None:
    """The % de avance against the MODIFIED target, which the narratives usually quote."""
    return _progress(meta, quarter, Series.MODIFIED)


def row_percentages(num: FigureRow, den: FigureRow) -> tuple[Decimal | None, ...]:
    """The MET row a percentage meta should print: NUM / DEN × 100 per column."""
    return tuple(
        None if n is None or d is None else percentage(n, d)
        for n, d in zip(num.columns(), den.columns(), strict=True)
    )


def is_programmed(meta: Meta, quarter: Quarter, target: Series = Series.ORIGINAL) -> bool:
    """Whether a quarter has a target: a % against nothing programmed measures nothing."""
    pair = _ratio_pair(meta, quarter, target)
    return pair is not None and pair[0] != ZERO and pair[1] != ZERO


def is_reported(meta: Meta, quarter: Quarter) -> bool:
    """Whether a quarter's achieved figures are in (a NUM/DEN pair needs both).

    The official form prints a quarter not yet reported as 0: only this tells the two apart.
    """
    index = quarter - 1
    if meta.num.achieved[index] is None:
        return False
    den = meta.den
    return meta.kind is MetaKind.ABSOLUTE or den is None or den.achieved[index] is not None


def describe_progress(meta: Meta, quarter: Quarter, target: Series = Series.ORIGINAL) -> str:
    """The % as the ETCA-III-04 form prints it: ``84.55%``, «sin programación» or «sin reportar».

    One spelling for the window's labels, list, grid and findings: the labels wrote «84.55 %»
    beside the grid's «84.55%».
    """
    if not is_programmed(meta, quarter, target):
        return "sin programación"
    value = _progress(meta, quarter, target)
    return "sin reportar" if value is None else f"{value:.2f}%"
