"""Captured variables of the indicators by period: results, and the captures still missing."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ism_desktop.domain.paimef.findings import PaimefFinding, Severity
from ism_desktop.domain.paimef.frequency import (
    BiennialYears,
    Period,
    period_end_month,
    reporting_periods,
)
from ism_desktop.domain.paimef.indicator_catalogue import INDICATORS
from ism_desktop.domain.paimef.indicators import Indicator, IndicatorInputError, compute

# (indicator number, period code) → the variables in the formula's order.
Captures = Mapping[tuple[int, str], tuple[Decimal, ...]]


@dataclass(frozen=True, slots=True)
class IndicatorResult:
    """An indicator in one period: its values if captured, its result or why there is none."""

    indicator: Indicator
    period: Period
    values: tuple[Decimal, ...] | None
    value: Decimal | None
    problem: str = ""


def period_closed(period: Period, today: date) -> bool:
    """True once the period has ended (its last month is over)."""
    end_month = period_end_month(period)
    return today >= date(period.year + end_month // 12, end_month % 12 + 1, 1)


def indicator_results(year: int, captures: Captures) -> list[IndicatorResult]:
    """Every indicator in every period it reports in ``year``, computed where captured."""
    results = []
    for indicator in INDICATORS:
        for period in reporting_periods(indicator.frequency, year, indicator.biennial):
            values = captures.get((indicator.number, period.code))
            if values is None:
                results.append(IndicatorResult(indicator, period, None, None))
                continue
            try:
                results.append(
                    IndicatorResult(indicator, period, values, compute(indicator, values))
                )
            except IndicatorInputError as exc:
                results.append(IndicatorResult(indicator, period, values, None, str(exc)))
    return results


def missing_captures(year: int, captures: Captures, today: date) -> Iterator[PaimefFinding]:
    """A warning for each closed period without its capture (numeral 3.6.2 c, Anexo 5)."""
    for result in indicator_results(year, captures):
        if result.indicator.biennial is BiennialYears.UNSTATED:
            continue  # the rules do not say which years it reports
        if result.problem:
            yield PaimefFinding(
                "anexo5",
                Severity.ERROR,
                "",
                f"indicador.{result.indicator.number}.{result.period.code}",
                f"Anexo 5: el indicador {result.indicator.number} del {result.period.label} "
                f"no se puede calcular: {result.problem}",
            )
        elif result.values is None and period_closed(result.period, today):
            yield PaimefFinding(
                "anexo5",
                Severity.WARNING,
                "",
                f"indicador.{result.indicator.number}.{result.period.code}",
                f"Numeral 3.6.2 c) y Anexo 5: falta capturar las variables del indicador "
                f"{result.indicator.number} ({result.indicator.frequency_label.lower()}) del "
                f"{result.period.label}.",
            )
