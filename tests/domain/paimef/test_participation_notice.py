"""Numeral 4.3.1's notice of participation: its own recorded date, not the Programa Anual's.

The rules: «Si alguna IMEF decide no participar deberá notificarlo [...]. En caso de que no se
pronuncie al respecto, dentro de los cinco días hábiles posteriores al último día del plazo de
entrega establecido, el INDESOL dará por entendido que la IMEF no participará.» Dates by hand:
the last business day of February 2026 is Friday 27 (the 28th a Saturday); five business days
after it are 2, 3, 4, 5 and 6 March. In 2025 it is Friday 28 February; then 3-7 March.
"""

from __future__ import annotations

from datetime import date

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import Deadline, DeadlineState, compute_deadlines
from ism_desktop.domain.paimef.key_dates import KEY_DATES
from ism_desktop.domain.paimef.programme import AnnualProgramme
from ism_desktop.domain.paimef.programme_rules import check_programme
from tests.paimef_builders import programme

NOTICE = "aviso_participacion"


def _participation(year: int, dates: dict[str, date]) -> Deadline | None:
    found = [
        item
        for item in compute_deadlines(year, dates, BusinessCalendar())
        if item.term.key == "participacion"
    ]
    return found[0] if found else None


def _dated(value: AnnualProgramme, **dates: date) -> AnnualProgramme:
    return AnnualProgramme(value.year, value.institution, value.actions, {**value.dates, **dates})


def test_the_notice_is_a_date_the_user_records() -> None:
    assert KEY_DATES[NOTICE] == "Aviso de participación (4.3.1)"


def test_the_notice_meets_the_term_on_its_last_day_and_is_late_after_it() -> None:
    on_time = _participation(2026, {NOTICE: date(2026, 3, 6)})
    late = _participation(2026, {NOTICE: date(2026, 3, 9)})
    assert on_time is not None
    assert late is not None
    assert on_time.due == date(2026, 3, 6)
    assert on_time.state(date(2026, 6, 1)) is DeadlineState.MET
    assert late.state(date(2026, 6, 1)) is DeadlineState.LATE


def test_a_late_programa_anual_meets_the_notice_late_and_an_earlier_notice_on_time() -> None:
    # Delivered on Tuesday 10 March 2026 without a prórroga: a pronouncement, two business
    # days after the notice's term (it read «vencido», the notice owed for a programme in hand).
    late_programme = {"entrega_programa_anual": date(2026, 3, 10)}
    deadline = _participation(2026, late_programme)
    assert deadline is not None
    assert deadline.done == date(2026, 3, 10)
    assert deadline.done_by == "entrega_programa_anual"
    assert deadline.state(date(2026, 6, 1)) is DeadlineState.LATE
    noticed = _participation(2026, {**late_programme, NOTICE: date(2026, 3, 4)})
    assert noticed is not None
    assert noticed.done == date(2026, 3, 4)
    assert noticed.done_by == NOTICE
    assert noticed.state(date(2026, 6, 1)) is DeadlineState.MET


def test_no_notice_is_owed_once_the_programa_anual_was_delivered_in_february() -> None:
    assert _participation(2026, {"entrega_programa_anual": date(2026, 2, 27)}) is None
    assert _participation(2026, {"entrega_programa_anual": date(2026, 2, 10)}) is None
    assert _participation(2025, {"entrega_programa_anual": date(2025, 2, 28)}) is None
    # Monday 3 March 2025 is after the term: the notice is owed, due Friday 7 March.
    owed = _participation(2025, {"entrega_programa_anual": date(2025, 3, 3)})
    assert owed is not None
    assert owed.due == date(2025, 3, 7)


def test_no_notice_is_owed_once_a_prórroga_with_the_decision_was_asked_in_february() -> None:
    # The prórroga is asked «y manifestar por escrito su decisión de participar» by 27 Feb.
    assert _participation(2026, {"solicitud_prorroga_programa": date(2026, 2, 27)}) is None
    asked_late = _participation(2026, {"solicitud_prorroga_programa": date(2026, 3, 2)})
    assert asked_late is not None
    assert asked_late.due == date(2026, 3, 6)


def test_the_warning_judges_the_notice_not_the_programa_anual() -> None:
    late_programme = _dated(programme(), entrega_programa_anual=date(2026, 3, 10))
    late_notice = _dated(late_programme, aviso_participacion=date(2026, 3, 9))
    on_time_notice = _dated(late_programme, aviso_participacion=date(2026, 3, 6))

    assert [f.field for f in check_programme(late_programme, date(2026, 6, 1))] == [
        "plazo.programa_anual"
    ]
    assert [f.field for f in check_programme(on_time_notice, date(2026, 6, 1))] == [
        "plazo.programa_anual"
    ]
    findings = check_programme(late_notice, date(2026, 6, 1))
    assert [f.field for f in findings] == ["plazo.programa_anual", "plazo.participacion"]
    assert "vencía el 06/03/2026" in findings[1].message
    assert "«Aviso de participación (4.3.1)» se registró el 09/03/2026" in findings[1].message
