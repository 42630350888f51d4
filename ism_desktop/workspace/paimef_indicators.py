"""Capturing an indicator's variables for one period: checked, computed, stored with audit."""

from __future__ import annotations

from decimal import Decimal

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.frequency import Frequency, period_from_code, reporting_periods
from ism_desktop.domain.paimef.indicator_catalogue import indicator_by_number
from ism_desktop.domain.paimef.indicators import IndicatorInputError, compute, parse_variable
from ism_desktop.domain.paimef.input_parsing import MAX_YEAR, MIN_YEAR
from ism_desktop.domain.wording import quoted, spoken_list
from ism_desktop.store.store import Store

# How often each frequency is measured, as a sentence says it.
_HOW_OFTEN = {
    Frequency.QUARTERLY: "cada trimestre",
    Frequency.HALF_YEARLY: "cada semestre",
    Frequency.YEARLY: "una vez al año",
    Frequency.BIENNIAL: "cada dos años",
}


class NoProgrammeError(IndicatorInputError):
    """The period's year has no Programa Anual stored; the message says which ones there are."""


def capture_indicator(
    store: Store,
    number: int,
    period_code: str,
    texts: list[str],
    author: Author,
    replay: str = "",
    *,
    needs_programme: bool = False,
) -> Decimal:
    """Store the variables of indicator ``number`` for a period; return the computed value.

    ``replay``: «deshacer» or «rehacer» when Deshacer or Rehacer captures (the history says so).
    ``needs_programme``: refuse a year with no Programa Anual (``NoProgrammeError``). The
    window shows the year it stores in, and that it has none; a command stored «2030-T1»
    typed for «2026-T1», or into another --db, without a word, where no review looks.

    Raises:
        IndicatorInputError: unknown indicator or period, a bad value, a wrong count or a zero
            denominator (Spanish message); nothing is stored then.
    """
    indicator = indicator_by_number(number)
    if indicator is None:
        raise IndicatorInputError(f"«{number}» no es un indicador; van del 1 al 15.")
    try:
        period = period_from_code(period_code)
    except ValueError as exc:
        raise IndicatorInputError(str(exc)) from None
    if not MIN_YEAR <= period.year <= MAX_YEAR:
        # A slip of the year («1999», «9999») was stored under an ejercicio that neither the
        # window nor any command opens: every other year the program takes is in this range.
        raise IndicatorInputError(
            f"«{quoted(period_code.strip())}»: el año {period.year:04d} está fuera de los años "
            f"{MIN_YEAR}–{MAX_YEAR}."
        )
    if needs_programme and period.year not in (years := store.paimef.years()):
        has = "la base no tiene ninguno"
        if years:
            those = "el de" if len(years) == 1 else "los de"
            has = f"la base tiene {those} {spoken_list([str(y) for y in years])}"
        raise NoProgrammeError(
            f"el ejercicio {period.year} no tiene Programa Anual en esta base de datos ({has})."
        )
    allowed = reporting_periods(indicator.frequency, period.year, indicator.biennial)
    label = indicator.frequency_label.lower()
    if not allowed:  # a biennial indicator in a year it skips
        raise IndicatorInputError(
            f"el indicador {number} no se reporta en {period.year} (es {label})."
        )
    if period not in allowed:
        if len(allowed) == 1:
            periods = f"se informa una sola vez, con el periodo {allowed[0].code}"
        else:
            periods = f"sus periodos son {spoken_list([p.code for p in allowed])}"
        raise IndicatorInputError(
            f"el indicador {number} se mide {_HOW_OFTEN[indicator.frequency]} y no tiene el "
            f"periodo {period.code}; en {period.year} {periods}."
        )
    values = tuple(
        parse_variable(text, indicator.variable_label(i), indicator.takes_amount(i))
        for i, text in enumerate(texts)
    )
    value = compute(indicator, values)
    store.paimef.save_capture(period.year, number, period.code, values, author, replay)
    return value


def clear_capture(
    store: Store, number: int, period_code: str, author: Author, replay: str = ""
) -> None:
    """Remove a period's capture (it shows as missing again); ``replay`` as in the capture."""
    period = period_from_code(period_code)
    store.paimef.save_capture(period.year, number, period.code, None, author, replay)
