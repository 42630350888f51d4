"""PAIMEF review and deadlines: the rules, the captures, the calendar file beside the data."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar, NonWorkingDay
from ism_desktop.domain.paimef.deadlines import Deadline, compute_deadlines
from ism_desktop.domain.paimef.findings import PaimefFinding
from ism_desktop.domain.paimef.indicator_captures import missing_captures
from ism_desktop.domain.paimef.non_working_checks import listed_but_already_closed
from ism_desktop.domain.paimef.programme import AnnualProgramme
from ism_desktop.domain.paimef.programme_rules import check_programme
from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.exchange.paimef.non_working_days import (
    FILE_NAME,
    load_non_working_days,
    save_non_working_days,
)
from ism_desktop.platform import data_dir
from ism_desktop.store.store import Store

# Each captured indicator period, (number, period code), with its values in order.
Captures = Mapping[tuple[int, str], tuple[Decimal, ...]]


def calendar_file(store: Store) -> Path:
    """The non-working-days file: beside the database (in the data folder for a memory store)."""
    return store.path.with_name(FILE_NAME) if store.path is not None else data_dir() / FILE_NAME


def non_working_days(store: Store) -> list[NonWorkingDay]:
    """The days the user closed, from the calendar file."""
    return load_non_working_days(calendar_file(store))


def save_non_working(store: Store, days: list[NonWorkingDay]) -> None:
    """Replace the user's non-working days."""
    save_non_working_days(calendar_file(store), days)


def business_calendar(store: Store) -> BusinessCalendar:
    """The LFT art. 74 holidays plus the user's non-working days."""
    return BusinessCalendar(non_working_days(store))


def review(
    store: Store,
    programme: AnnualProgramme,
    today: date,
    calendar: BusinessCalendar | None = None,
    captures: Captures | None = None,
) -> list[PaimefFinding]:
    """The rules of the programme and the indicator captures missing on ``today``.

    ``calendar`` and ``captures``: the business days and the captured indicators, when the
    caller read them already (None: read them).
    """
    if calendar is None:
        try:
            calendar = business_calendar(store)
        except PaimefFormatError:
            # A damaged days file is said where the deadlines are shown; the review still
            # runs, counting the LFT's holidays alone.
            calendar = BusinessCalendar()
    findings = check_programme(programme, today, calendar)
    # A list written before such days were refused may hold a weekend: said, never dropped.
    findings += listed_but_already_closed(calendar, programme.year)
    if captures is None:
        captures = store.paimef.captures()
    findings += missing_captures(programme.year, captures, today)
    return findings


def deadlines_for(
    store: Store, year: int, dates: Mapping[str, date], calendar: BusinessCalendar | None = None
) -> list[Deadline]:
    """Every deadline computable from ``dates`` in ``year``."""
    return compute_deadlines(year, dates, calendar or business_calendar(store))


def due_soon_for(
    store: Store, today: date, horizon_days: int = 15
) -> tuple[list[Deadline], BusinessCalendar]:
    """The open PAIMEF deadlines due within ``horizon_days`` (and missed ones), latest year.

    With the terms of the year before that end after it (its Informe Final, its reintegro).
    """
    from ism_desktop.domain.paimef.deadlines import due_soon

    years = store.paimef.years()
    if not years:
        return [], BusinessCalendar()
    programme = store.paimef.load(years[-1])
    assert programme is not None
    calendar = business_calendar(store)
    deadlines = compute_deadlines(programme.year, programme.dates, calendar)
    closed = store.paimef.load(programme.year - 1) if programme.year - 1 in years else None
    if closed is not None:
        # The year before still owes what runs past its close (Informe Final, 4.3.9; reintegro,
        # 4.5.1) in January, when the new Programa Anual is already being written: those terms
        # stay; the ones inside it were its own year's countdown.
        deadlines += [
            item
            for item in compute_deadlines(closed.year, closed.dates, calendar)
            if item.due.year > closed.year
        ]
    return due_soon(deadlines, today, horizon_days), calendar
