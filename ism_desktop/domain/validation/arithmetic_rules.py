"""Rules of the official arithmetic: annual figures, MET against NUM/DEN, zero denominators."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from operator import ge

from ism_desktop.domain.annual import expected_annual, last_programmed_index
from ism_desktop.domain.fields import PRINTED_COLUMNS
from ism_desktop.domain.figures import ZERO, FigureRow, RowKind, Series
from ism_desktop.domain.progress import HUNDRED, percentage
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.context import TARGETS, MetaContext
from ism_desktop.domain.validation.finding import Severity, figure_field, figure_label
from ism_desktop.domain.validation.rule import Breach, Rule, breach

_HUNDREDTH = Decimal("0.01")


def _annual(row: FigureRow, series: Series) -> Decimal:
    return row.original_annual if series is Series.ORIGINAL else row.modified_annual


def _companions(context: MetaContext, kind: RowKind) -> tuple[FigureRow, ...]:
    return tuple(row for other, row in context.data_rows if other is not kind)


def _check_annual_sum(context: MetaContext) -> Iterable[Breach]:
    if not context.meta.cumulative:
        return ()
    # The sums as expected_annual adds them, for a quick look; the breaches say them as before.
    for _, row in context.data_rows:
        o, m = row.original, row.modified
        if ZERO + o[0] + o[1] + o[2] + o[3] != row.original_annual:
            return _annual_sum_breaches(context)
        # Equal figures add up to equal sums: an unmodified target needs no second sum.
        if (m != o or row.modified_annual != row.original_annual) and (
            ZERO + m[0] + m[1] + m[2] + m[3] != row.modified_annual
        ):
            return _annual_sum_breaches(context)
    return ()


def _annual_sum_breaches(context: MetaContext) -> Iterator[Breach]:
    for kind, row in context.data_rows:
        for series in TARGETS:
            expected = expected_annual(row.quarters(series), cumulative=True)
            printed = _annual(row, series)
            if printed != expected:
                yield breach(
                    figure_field(series, None, kind),
                    figure=figure_label(series, None, kind),
                    annual=printed,
                    total=expected,
                )


def _check_annual_last(context: MetaContext) -> Iterable[Breach]:
    if context.meta.cumulative:
        return ()
    # A row programmed in T4 makes T4 the last programmed quarter, whatever its companions hold.
    for _, row in context.data_rows:
        last, last_modified = row.original[3], row.modified[3]
        if not (last and last == row.original_annual) or not (
            last_modified and last_modified == row.modified_annual
        ):
            return _annual_last_breaches(context)
    return ()


def _annual_last_breaches(context: MetaContext) -> Iterator[Breach]:
    for kind, row in context.data_rows:
        companions = _companions(context, kind)
        for series in TARGETS:
            quarters = row.quarters(series)
            others = [companion.quarters(series) for companion in companions]
            expected = expected_annual(quarters, False, *others)
            printed = _annual(row, series)
            if printed != expected:
                index = last_programmed_index(quarters, *others)
                yield breach(
                    figure_field(series, None, kind),
                    figure=figure_label(series, None, kind),
                    annual=printed,
                    last=expected,
                    quarter="ninguno" if index is None else f"T{index + 1}",
                )


def _check_met(context: MetaContext) -> Iterable[Breach]:
    meta = context.meta
    if context.is_percentage:
        if meta.den is None or _met_is_percentage(meta.met, meta.num, meta.den):
            return ()
        return _met_breaches(context)
    if context.met_copies_num:
        return ()
    return _met_breaches(context)


# Below this size a MET whose product with DEN is NUM × 100 is within 10⁻⁷ of their quotient
# (each product and the quotient are rounded to 28 digits), far from the 0.01 that breaches.
_PLAIN_SIZE = Decimal("1E+20")


def _met_is_percentage(met: FigureRow, num: FigureRow, den: FigureRow) -> bool:
    """Whether ``_met_breaches`` finds nothing in a tipo P, mostly without dividing."""
    for m, n, d in zip(met.columns(), num.columns(), den.columns(), strict=True):
        if n is None or d is None:
            if m is not None and n is None:
                return False
            continue
        if d == ZERO:
            if n != ZERO:
                continue
        elif m is not None and m * d == n * HUNDRED and -_PLAIN_SIZE < m < _PLAIN_SIZE:
            continue  # the printed MET is the quotient itself: no division needed
        if m is None or abs(m - percentage(n, d)) >= _HUNDREDTH:
            return False
    return True


def _met_breaches(context: MetaContext) -> Iterator[Breach]:
    meta = context.meta
    if not context.is_percentage:
        for (series, quarter), met, num in zip(
            PRINTED_COLUMNS, meta.met.columns(), meta.num.columns(), strict=True
        ):
            if met != num:
                yield breach(
                    figure_field(series, quarter, RowKind.MET),
                    figure=figure_label(series, quarter, RowKind.MET),
                    met="vacío" if met is None else met,
                    expected="vacío" if num is None else num,
                    rule="igual a NUM en una meta tipo A",
                )
        return
    if meta.den is None:
        return
    for (series, quarter), met, num, den in zip(
        PRINTED_COLUMNS, meta.met.columns(), meta.num.columns(), meta.den.columns(), strict=True
    ):
        if num is None or den is None:
            if met is not None and num is None:
                yield _met_breach(series, quarter, met, None)
            continue
        if den == ZERO and num != ZERO:
            continue  # reported by DEN_CERO; one finding per slip is enough
        expected = percentage(num, den)
        if met is None or abs(met - expected) >= _HUNDREDTH:
            yield _met_breach(series, quarter, met, expected)


def _met_breach(
    series: Series, quarter: Quarter | None, met: Decimal | None, expected: Decimal | None
) -> Breach:
    # A percentage is written as the form prints it, with two decimals.
    return breach(
        figure_field(series, quarter, RowKind.MET),
        figure=figure_label(series, quarter, RowKind.MET),
        met="vacío" if met is None else f"{met:.2f}",
        expected="vacío" if expected is None else f"{expected.quantize(_HUNDREDTH):.2f}",
        rule="NUM / DEN × 100",
    )


def _check_zero_denominator(context: MetaContext) -> Iterable[Breach]:
    den = context.meta.den
    if not context.is_percentage or den is None:
        return ()
    columns = den.columns()
    if ZERO not in columns:
        return ()
    # A list, empty where every zero DEN has no NUM over it (most of them): no generator made
    # and run to its end for nothing.
    return [
        breach(
            figure_field(series, quarter, RowKind.DEN),
            figure=figure_label(series, quarter, RowKind.DEN),
            num=num,
        )
        for (series, quarter), num, value in zip(
            PRINTED_COLUMNS, context.meta.num.columns(), columns, strict=True
        )
        if value == ZERO and num is not None and num > ZERO
    ]


def _check_rows_of_kind(context: MetaContext) -> Iterable[Breach]:
    if context.is_percentage is (context.meta.den is not None):
        return ()
    if context.is_percentage:
        return (breach("den", detail="es tipo P pero no tiene renglón DEN"),)
    return (breach("den", detail="es tipo A pero tiene renglón DEN"),)


def _check_over_hundred(context: MetaContext) -> Iterable[Breach]:
    den = context.meta.den
    if not context.is_percentage or den is None:
        return ()
    num = context.meta.num
    try:
        # No DEN below its NUM (the usual tipo P), looked at in C: no column can breach.
        planned = (
            all(map(ge, den.original, num.original))
            and den.original_annual >= num.original_annual
            and all(map(ge, den.modified, num.modified))
            and den.modified_annual >= num.modified_annual
        )
    except (ArithmeticError, TypeError):  # not a number: the columns say which, one by one
        planned = False
    if planned:
        for value, achieved in zip(den.achieved, num.achieved, strict=True):
            if achieved is not None and value is not None and ZERO < value < achieved:
                break
        else:
            return ()
    return _over_hundred_breaches(context, den)


def _over_hundred_breaches(context: MetaContext, den: FigureRow) -> Iterator[Breach]:
    for (series, quarter), num, value in zip(
        PRINTED_COLUMNS, context.meta.num.columns(), den.columns(), strict=True
    ):
        if num is not None and value is not None and ZERO < value < num:
            yield breach(
                figure_field(series, quarter, RowKind.NUM),
                figure=figure_label(series, quarter, RowKind.NUM),
                num=num,
                den=value,
            )


ANNUAL_NOT_SUM = Rule(
    code="ANUAL_NO_SUMA",
    severity=Severity.ERROR,
    title="VAL. ACUM. SI: el anual no es la suma de los cuatro trimestres",
    template="El {figure} es {annual}, pero la suma de los trimestres es {total} (VAL. ACUM. SI).",
    check=_check_annual_sum,
)
ANNUAL_NOT_LAST = Rule(
    code="ANUAL_NO_ULTIMO",
    severity=Severity.ERROR,
    title="VAL. ACUM. NO: el anual no es el último trimestre programado",
    template=(
        "El {figure} es {annual}, pero con VAL. ACUM. NO debe ser {last}, el valor del último "
        "trimestre programado ({quarter})."
    ),
    check=_check_annual_last,
)
MET_MISMATCH = Rule(
    code="MET_INCONGRUENTE",
    severity=Severity.ERROR,
    title="El renglón MET no corresponde a NUM y DEN",
    template="El {figure} es {met}, pero debe ser {expected} ({rule}).",
    check=_check_met,
)
ZERO_DENOMINATOR = Rule(
    code="DEN_CERO",
    severity=Severity.ERROR,
    title="Tipo P: denominador 0 con numerador mayor que 0",
    template="El {figure} es 0 mientras el NUM es {num}: el porcentaje no se puede calcular.",
    check=_check_zero_denominator,
)
ROWS_OF_KIND = Rule(
    code="RENGLONES_TIPO",
    severity=Severity.ERROR,
    title="Los renglones no corresponden al tipo de meta (A sin DEN, P con DEN)",
    template="La meta {detail}.",
    check=_check_rows_of_kind,
)
OVER_HUNDRED = Rule(
    code="NUM_MAYOR_DEN",
    severity=Severity.WARNING,
    title="Tipo P: el numerador supera al denominador (más de 100 %)",
    template="El {figure} es {num} y el DEN es {den}: el porcentaje pasa de 100 %.",
    check=_check_over_hundred,
)

ARITHMETIC_RULES = (
    ANNUAL_NOT_SUM,
    ANNUAL_NOT_LAST,
    MET_MISMATCH,
    ZERO_DENOMINATOR,
    ROWS_OF_KIND,
    OVER_HUNDRED,
)
