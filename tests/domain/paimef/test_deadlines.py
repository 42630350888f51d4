"""Deadlines of the rules computed from the recorded dates, with dates worked out by hand."""

from __future__ import annotations

from datetime import date

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import (
    DayKind,
    DeadlineState,
    compute_deadlines,
    due_soon,
)


def _by_key(year: int, dates: dict[str, date]) -> dict[str, tuple[str, date, int, DayKind]]:
    return {
        item.term.key: (item.term.numeral, item.due, item.term.days, item.term.kind)
        for item in compute_deadlines(year, dates, BusinessCalendar())
    }


def test_every_term_from_the_signing_and_the_year() -> None:
    got = _by_key(2026, {"firma_instrumento": date(2026, 3, 13)})
    assert got == {
        # Last business day of February 2026: the 28th is a Saturday.
        "programa_anual": ("4.3.1", date(2026, 2, 27), 0, DayKind.BUSINESS),
        # 5 business days after Friday 27 February: 2, 3, 4, 5, 6 March.
        "participacion": ("4.3.1", date(2026, 3, 6), 5, DayKind.BUSINESS),
        "constancia_conclusion": ("4.2.1.2", date(2026, 5, 29), 0, DayKind.BUSINESS),
        # Friday 13 March; 16 March is a holiday.
        "constancia_conformidad": ("4.3.4.1", date(2026, 3, 23), 5, DayKind.BUSINESS),
        "ajuste_total": ("4.3.4.2", date(2026, 3, 30), 10, DayKind.BUSINESS),
        "primera_ministracion": ("4.3.6", date(2026, 4, 27), 30, DayKind.BUSINESS),
        # 31 Dec 2026 + 5 business days, 1 Jan 2027 a holiday: 4-8 January.
        "informe_final": ("4.3.9", date(2027, 1, 8), 5, DayKind.BUSINESS),
        # 31 Dec + 15 calendar days.
        "reintegro_tesofe": ("4.5.1", date(2027, 1, 15), 15, DayKind.CALENDAR),
    }


def test_terms_from_other_events() -> None:
    got = _by_key(
        2026,
        {
            "sesion_mesa_analisis": date(2026, 3, 2),  # Monday → 5 business days: Monday 9
            "recomendaciones_mesa": date(2026, 3, 9),  # 15 business days, 16 March a holiday
            "observaciones_ajuste_total": date(2026, 4, 16),  # Thursday → Monday 20
            "observaciones_informe_final": date(2027, 2, 10),  # Wednesday → 24 Feb 2027
            "cambio_representacion": date(2026, 9, 14),  # 16 Sep a holiday → 29 Sep
            "solicitud_prorroga": date(2026, 1, 30),  # Friday; 2 Feb a holiday → 3, 4 Feb
            "solicitud_ampliacion": date(2026, 6, 1),  # Monday + 15 → Monday 22 June
            "solicitud_reorientacion": date(2026, 11, 12),  # Thursday; 16 Nov a holiday → 20
            "entrega_informe_final": date(2027, 1, 8),  # Friday + 20, 1 Feb 2027 a holiday
        },
    )
    assert got["recomendaciones_mesa"][1] == date(2026, 3, 9)
    # 10-13 (4), 17-20 (8), 23-27 (13), 30-31 (15).
    assert got["ajuste_estructural"][1] == date(2026, 3, 31)
    assert got["observaciones_ajuste_total"][1] == date(2026, 4, 20)
    # 11, 12, 15, 16, 17, 18, 19, 22, 23, 24.
    assert got["observaciones_informe_final"][1] == date(2027, 2, 24)
    # 15, 17, 18, 21, 22, 23, 24, 25, 28, 29.
    assert got["aviso_cambio"][1] == date(2026, 9, 29)
    assert got["respuesta_prorroga"][1] == date(2026, 2, 4)
    # 2-5 (4), 8-12 (9), 15-19 (14), 22 (15).
    assert got["ampliacion"][1] == date(2026, 6, 22)
    # 13, 17, 18, 19, 20.
    assert got["reorientacion"][1] == date(2026, 11, 20)
    # 11-15 (5), 18-22 (10), 25-29 (15), 2-5 Feb (19), 8 Feb (20): Monday 1 Feb 2027 a holiday.
    assert got["revision_informe_final"][1] == date(2027, 2, 8)
    assert "constancia_conformidad" not in got  # no signing date recorded


def test_states_met_late_missed_pending() -> None:
    dates = {
        "firma_instrumento": date(2026, 3, 13),
        "entrega_constancia_conformidad": date(2026, 3, 23),  # on the last day
        "conclusion_ajuste_total": date(2026, 3, 31),  # one day late
    }
    deadlines = {item.term.key: item for item in compute_deadlines(2026, dates, BusinessCalendar())}
    today = date(2026, 4, 1)
    assert deadlines["constancia_conformidad"].state(today) is DeadlineState.MET
    assert deadlines["ajuste_total"].state(today) is DeadlineState.LATE
    assert deadlines["programa_anual"].state(today) is DeadlineState.MISSED
    assert deadlines["primera_ministracion"].state(today) is DeadlineState.PENDING


def test_the_15_march_term_exists_once_a_prórroga_was_asked_for() -> None:
    # Numeral 4.3.1: the 15 March date is the one a prórroga grants; without one, the last
    # business day of February is the only term.
    asked = _by_key(2026, {"solicitud_prorroga_programa": date(2026, 2, 20)})

    assert asked["prorroga_programa_anual"] == ("4.3.1", date(2026, 3, 15), 0, DayKind.CALENDAR)


def test_an_authorized_extension_moves_its_term_by_the_days_the_rules_allow() -> None:
    # Numerals 4.3.4.1 and 4.3.4.2 (2025): recommendations on Monday 3 February (a holiday)
    # + 15 business days = Monday 24 February; signing on Friday 14 March (17 March a holiday)
    # + 10 = Monday 31 March.
    dates = {
        "recomendaciones_mesa": date(2025, 2, 3),
        "entrega_ajuste_estructural": date(2025, 3, 5),
        "firma_instrumento": date(2025, 3, 14),
        "conclusion_ajuste_total": date(2025, 4, 3),
        "observaciones_ajuste_estructural": date(2025, 3, 10),
        "respuesta_observaciones_ajuste_estructural": date(2025, 3, 20),
    }
    extensions = {
        "prorroga_ajuste_estructural": date(2025, 2, 20),
        "prorroga_ajuste_total": date(2025, 3, 26),
        "prorroga_observaciones_ajuste_estructural": date(2025, 3, 14),
    }
    without = {i.term.key: i for i in compute_deadlines(2025, dates, BusinessCalendar())}
    extended = {
        i.term.key: i for i in compute_deadlines(2025, dates | extensions, BusinessCalendar())
    }
    today = date(2025, 5, 1)

    assert without["ajuste_estructural"].due == date(2025, 2, 24)
    assert without["ajuste_estructural"].state(today) is DeadlineState.LATE
    # + 10: 25-28 February (4), 3-7 March (9), Monday 10 March (10).
    assert extended["ajuste_estructural"].due == date(2025, 3, 10)
    assert extended["ajuste_estructural"].state(today) is DeadlineState.MET
    assert without["ajuste_total"].due == date(2025, 3, 31)
    # + 5: 1-4 April (4), Monday 7 April (5).
    assert extended["ajuste_total"].due == date(2025, 4, 7)
    assert extended["ajuste_total"].state(today) is DeadlineState.MET
    # Monday 10 March + 5 = 17 March (the 17th a holiday) → 18 March; + 5 → 25 March.
    assert without["observaciones_ajuste_estructural"].due == date(2025, 3, 18)
    assert extended["observaciones_ajuste_estructural"].due == date(2025, 3, 25)
    assert extended["ajuste_total"].description == (
        "Realizar el ajuste total del Programa Anual (prórroga: hasta 5 días hábiles más); "
        "con prórroga autorizada: 5 días hábiles más"
    )
    assert without["ajuste_total"].description == without["ajuste_total"].term.description


def test_due_soon_lists_open_deadlines_within_the_horizon() -> None:
    deadlines = compute_deadlines(
        2026,
        {"firma_instrumento": date(2026, 3, 13), "entrega_programa_anual": date(2026, 2, 20)},
        BusinessCalendar(),
    )
    soon = [item.term.key for item in due_soon(deadlines, date(2026, 3, 16), horizon_days=15)]
    # 15 March (prórroga) is met by the delivery; 23 and 30 March are within 15 days.
    assert soon == ["constancia_conformidad", "ajuste_total"]
