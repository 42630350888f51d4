"""A deadline whose delivery is recorded reads as met late, with the days late, never «vencido».

Dates by hand (2026): the last business day of February is Friday 27; the notice of
participation (4.3.1) is due five business days later, Friday 6 March. 16 March is a holiday.
"""

from __future__ import annotations

from datetime import date

import pytest

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import (
    Deadline,
    DeadlineState,
    compute_deadlines,
    due_soon,
)

DAY_AFTER_ALL = date(2026, 12, 6)


def _by_key(dates: dict[str, date], year: int = 2026) -> dict[str, Deadline]:
    return {d.term.key: d for d in compute_deadlines(year, dates, BusinessCalendar())}


def test_a_programa_anual_delivered_within_the_notice_days_is_the_notice() -> None:
    # Wednesday 4 March: late for February, but said before the INDESOL took it as a «no».
    deadlines = _by_key({"entrega_programa_anual": date(2026, 3, 4)})

    notice = deadlines["participacion"]
    assert notice.done == date(2026, 3, 4)
    assert notice.state(DAY_AFTER_ALL) is DeadlineState.MET
    assert notice.state_text(DAY_AFTER_ALL) == "cumplido"
    assert notice not in due_soon(list(deadlines.values()), DAY_AFTER_ALL)


def test_a_programa_anual_delivered_after_them_meets_the_notice_late() -> None:
    # Tuesday 10 March: 9 and 10 March after the notice's Friday 6; 2-6, 9, 10 after 27 Feb.
    deadlines = _by_key({"entrega_programa_anual": date(2026, 3, 10)})

    notice, programme = deadlines["participacion"], deadlines["programa_anual"]
    assert notice.state(DAY_AFTER_ALL) is DeadlineState.LATE
    assert notice.state_text(DAY_AFTER_ALL) == (
        "cumplido fuera de plazo (2 días hábiles de retraso)"
    )
    assert programme.state_text(DAY_AFTER_ALL) == (
        "cumplido fuera de plazo (7 días hábiles de retraso)"
    )
    assert not due_soon(list(deadlines.values()), date(2026, 3, 12))


def test_a_prórroga_asked_after_february_is_the_notice() -> None:
    # Asked on Monday 2 March: it states the decision to participate, within the five days.
    notice = _by_key({"solicitud_prorroga_programa": date(2026, 3, 2)})["participacion"]

    assert notice.state(DAY_AFTER_ALL) is DeadlineState.MET


@pytest.mark.parametrize(
    ("dates", "key", "said"),
    [
        # Signed Friday 13 March; conformidad due Monday 23 (16 a holiday); Tuesday 24: one.
        (
            {
                "firma_instrumento": date(2026, 3, 13),
                "entrega_constancia_conformidad": date(2026, 3, 24),
            },
            "constancia_conformidad",
            "cumplido fuera de plazo (1 día hábil de retraso)",
        ),
        # Delivered on Saturday 28 February: received on the next business day, one late.
        (
            {"entrega_programa_anual": date(2026, 2, 28)},
            "programa_anual",
            "cumplido fuera de plazo (1 día hábil de retraso)",
        ),
        # The TESOFE term counts días naturales: due Friday 15 January 2027, returned Monday 18.
        (
            {"reintegro_tesofe": date(2027, 1, 18)},
            "reintegro_tesofe",
            "cumplido fuera de plazo (3 días naturales de retraso)",
        ),
        # On the last day, and not recorded at all.
        ({"entrega_programa_anual": date(2026, 2, 27)}, "programa_anual", "cumplido"),
        ({}, "programa_anual", "vencido"),
    ],
)
def test_each_deadline_says_how_late_it_was_met(
    dates: dict[str, date], key: str, said: str
) -> None:
    assert _by_key(dates)[key].state_text(DAY_AFTER_ALL) == said


def test_before_the_due_day_a_deadline_reads_pending() -> None:
    assert _by_key({})["informe_final"].state_text(DAY_AFTER_ALL) == "pendiente"


def test_with_a_prórroga_the_15_march_term_replaces_february_s() -> None:
    # Asked on 20 February and delivered on 10 March: on time. February's row read «cumplido
    # fuera de plazo» beside the 15 March one's «cumplido» (the review already judged by it).
    deadlines = _by_key(
        {
            "solicitud_prorroga_programa": date(2026, 2, 20),
            "entrega_programa_anual": date(2026, 3, 10),
        }
    )

    assert "programa_anual" not in deadlines
    assert deadlines["prorroga_programa_anual"].state_text(DAY_AFTER_ALL) == "cumplido"


def test_a_prórroga_asked_after_february_s_term_does_not_replace_it() -> None:
    # «La misma debe solicitarse antes del vencimiento» (3.3): asked Wednesday 4 March, after
    # Friday 27 February, it took February's row away and the programme of 10 March read
    # «cumplido», seven días hábiles late (2 to 6, 9 and 10 March).
    deadlines = _by_key(
        {
            "solicitud_prorroga_programa": date(2026, 3, 4),
            "entrega_programa_anual": date(2026, 3, 10),
        }
    )

    assert deadlines["programa_anual"].state_text(DAY_AFTER_ALL) == (
        "cumplido fuera de plazo (7 días hábiles de retraso)"
    )
