"""Rules on single figures: signs, whole counts, target changes and out-of-line targets."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from itertools import chain
from operator import attrgetter, eq

from ism_desktop.domain.fields import PRINTED_COLUMNS
from ism_desktop.domain.figures import ZERO, FigureRow, RowKind, Series
from ism_desktop.domain.validation.context import QUARTERS, MetaContext
from ism_desktop.domain.validation.finding import (
    Severity,
    figure_field,
    figure_label,
    figure_text,
)
from ism_desktop.domain.validation.rule import Breach, Rule, breach


def _checked_rows(context: MetaContext) -> Iterator[tuple[RowKind, FigureRow]]:
    yield from context.data_rows
    # A tipo A MET copies NUM; only a MET that differs needs its own look.
    if context.is_percentage or not context.met_copies_num:
        yield RowKind.MET, context.meta.met


def _lowest(row: FigureRow) -> Decimal:
    # Zeros and unreported figures (None) are dropped alike: neither is negative.
    return min(
        *row.original,
        row.original_annual,
        *row.modified,
        row.modified_annual,
        *filter(None, row.achieved),
    )


def _is_whole(row: FigureRow) -> bool:
    values = (
        *row.original,
        row.original_annual,
        *row.modified,
        row.modified_annual,
        *filter(None, row.achieved),
    )
    return all(map(eq, values, map(Decimal.to_integral_value, values)))


def _check_negative(context: MetaContext) -> Iterable[Breach]:
    meta = context.meta
    if _lowest(meta.num) < ZERO or (meta.den is not None and _lowest(meta.den) < ZERO):
        return _negative_breaches(context)
    if (context.is_percentage or not context.met_copies_num) and _lowest(meta.met) < ZERO:
        return _negative_breaches(context)
    return ()


def _negative_breaches(context: MetaContext) -> Iterator[Breach]:
    for kind, row in _checked_rows(context):
        columns = row.columns()
        if min(value for value in columns if value is not None) >= ZERO:
            continue
        for (series, quarter), value in zip(PRINTED_COLUMNS, columns, strict=True):
            if value is not None and value < ZERO:
                yield breach(
                    figure_field(series, quarter, kind),
                    figure=figure_label(series, quarter, kind),
                    value=value,
                )


def _check_fraction(context: MetaContext) -> Iterable[Breach]:
    if not context.settings.is_count_unit(context.meta.unit_of_measure):
        return ()
    if all(_is_whole(row) for _, row in context.data_rows):
        return ()
    return _fraction_breaches(context)


_ORIGINAL, _ORIGINAL_ANNUAL = attrgetter("original"), attrgetter("original_annual")
_MODIFIED, _MODIFIED_ANNUAL = attrgetter("modified"), attrgetter("modified_annual")
_ACHIEVED = attrgetter("achieved")


def _run_is_whole(contexts: Sequence[MetaContext]) -> bool:
    # _is_whole over the data rows of every meta of the run that counts (a run has one settings).
    if not contexts:
        return True
    counts = contexts[0].settings.is_count_unit
    rows = [
        row
        for context in contexts
        if counts(context.meta.unit_of_measure)
        for _, row in context.data_rows
    ]
    try:
        # Each distinct figure once: a report's figures are a few thousand objects, each in
        # dozens of rows, and a set takes one for less than its integral value costs.
        figures = {
            *chain.from_iterable(map(_ORIGINAL, rows)),
            *map(_ORIGINAL_ANNUAL, rows),
            *chain.from_iterable(map(_MODIFIED, rows)),
            *map(_MODIFIED_ANNUAL, rows),
            *filter(None, chain.from_iterable(map(_ACHIEVED, rows))),
        }
        return all(map(eq, figures, map(Decimal.to_integral_value, figures)))
    except (ArithmeticError, TypeError):  # not a number: each meta is asked, as ever
        return False


def _fraction_breaches(context: MetaContext) -> Iterator[Breach]:
    unit = context.meta.unit_of_measure
    # In a tipo P the MET is a percentage even when NUM and DEN count things.
    for kind, row in context.data_rows:
        columns = row.columns()
        if all(value is None or value == value.to_integral_value() for value in columns):
            continue
        for (series, quarter), value in zip(PRINTED_COLUMNS, columns, strict=True):
            if value is not None and value != value.to_integral_value():
                yield breach(
                    figure_field(series, quarter, kind),
                    figure=figure_label(series, quarter, kind),
                    value=value,
                    unit=unit,
                )


def _check_target_change(context: MetaContext) -> Iterable[Breach]:
    index = context.index
    for _, row in context.data_rows:
        if row.modified_annual != row.original_annual or row.modified[index] != row.original[index]:
            return _target_change_breaches(context)
    return ()


def _target_change_breaches(context: MetaContext) -> Iterator[Breach]:
    changes: list[str] = []
    field = ""
    for kind, row in context.data_rows:
        suffix = f" ({kind.value})" if context.is_percentage else ""
        if row.modified_annual != row.original_annual:
            original, modified = row.original_annual, row.modified_annual
            changes.append(f"anual{suffix} de {figure_text(original)} a {figure_text(modified)}")
            field = field or figure_field(Series.MODIFIED, None, kind)
        index = context.index
        if row.modified[index] != row.original[index]:
            changes.append(
                f"T{int(context.quarter)}{suffix} de {figure_text(row.original[index])} a "
                f"{figure_text(row.modified[index])}"
            )
            field = field or figure_field(Series.MODIFIED, context.quarter, kind)
    if changes:
        yield breach(field, changes="; ".join(changes))


def _median(values: list[Decimal]) -> Decimal:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def _stands_out(quarters: tuple[Decimal, ...], ratio: Decimal) -> bool:
    # The screen of _outlier_breaches: at least three quarters programmed, far apart.
    present = [value for value in quarters if value] if ZERO in quarters else quarters
    return len(present) >= 3 and max(present) > min(present) * ratio


def _check_outlier(context: MetaContext) -> Iterable[Breach]:
    ratio = context.settings.outlier_ratio
    met = context.meta.met
    if _stands_out(met.original, ratio) or (
        met.modified != met.original and _stands_out(met.modified, ratio)
    ):
        return _outlier_breaches(context)
    return ()


def _outlier_breaches(context: MetaContext) -> Iterator[Breach]:
    ratio = context.settings.outlier_ratio
    met = context.meta.met
    # The modified series is looked at only where it differs, so one slip is reported once.
    series_to_check = [Series.ORIGINAL]
    if met.modified != met.original:
        series_to_check.append(Series.MODIFIED)
    for series in series_to_check:
        quarters = met.quarters(series)
        present = [value for value in quarters if value]
        # Most metas are even: if the largest is within the ratio of the smallest, none stands out.
        if len(present) < 3 or max(present) <= min(present) * ratio:
            continue
        for quarter in QUARTERS:
            value = quarters[quarter.index] or ZERO
            others = [v for i, v in enumerate(quarters) if i != quarter.index and v]
            if value <= ZERO or len(others) < 2:
                continue
            typical = _median(others)
            if typical <= ZERO or (value * ratio >= typical and value <= typical * ratio):
                continue
            yield breach(
                figure_field(series, quarter, RowKind.MET),
                figure=figure_label(series, quarter, RowKind.MET),
                value=value,
                typical=typical,
            )


def _check_achieved_unprogrammed(context: MetaContext) -> Iterable[Breach]:
    achieved = context.achieved
    if achieved is None or achieved <= ZERO:
        return ()
    if context.original_target > ZERO and context.modified_target > ZERO:
        return ()
    return _achieved_unprogrammed_breaches(context, achieved)


def _achieved_unprogrammed_breaches(context: MetaContext, achieved: Decimal) -> Iterator[Breach]:
    original = context.programmed(Series.ORIGINAL)
    modified = context.programmed(Series.MODIFIED)
    if original == ZERO and modified == ZERO:
        detail = "no se programó nada en el original ni en el modificado"
    elif original == ZERO:
        detail = "el programado original es 0, así que el % de avance oficial queda en 0.00%"
    else:
        detail = "el programado modificado del trimestre es 0"
    yield breach(
        figure_field(Series.ACHIEVED, context.quarter, RowKind.NUM),
        quarter=context.quarter,
        achieved=achieved,
        detail=detail,
    )


NEGATIVE_FIGURE = Rule(
    code="CIFRA_NEGATIVA",
    severity=Severity.ERROR,
    title="Una cifra negativa",
    template="El {figure} es {value}: las cifras del informe no pueden ser negativas.",
    check=_check_negative,
)
FRACTIONAL_COUNT = Rule(
    code="CIFRA_FRACCIONARIA",
    severity=Severity.ERROR,
    title="Una cifra con decimales en una unidad de medida que cuenta (PERSONA, EVENTO…)",
    template="El {figure} es {value}, pero la unidad de medida {unit} cuenta piezas enteras.",
    check=_check_fraction,
    clears=_run_is_whole,
)
TARGET_CHANGED = Rule(
    code="META_MODIFICADA",
    severity=Severity.WARNING,
    title="La meta modificada difiere de la original (anual o del trimestre) sin motivo",
    template="La meta modificada difiere de la original ({changes}); anote el motivo del cambio.",
    check=_check_target_change,
)
OUTLIER_TARGET = Rule(
    code="PROGRAMADO_ATIPICO",
    severity=Severity.WARNING,
    title="Un programado muy fuera de línea con los otros trimestres (p. ej. 10 entre 100)",
    template=("El {figure} es {value} y los otros trimestres rondan {typical}: ¿error de captura?"),
    check=_check_outlier,
)
ACHIEVED_UNPROGRAMMED = Rule(
    code="REALIZADO_SIN_PROGRAMA",
    severity=Severity.WARNING,
    title="Realizado mayor que 0 en un trimestre sin programado",
    template="Se reporta un realizado de {achieved} en {quarter}, pero {detail}.",
    check=_check_achieved_unprogrammed,
)

FIGURE_RULES = (
    NEGATIVE_FIGURE,
    FRACTIONAL_COUNT,
    TARGET_CHANGED,
    OUTLIER_TARGET,
    ACHIEVED_UNPROGRAMMED,
)
