"""A term the INDESOL must meet is not the IMEF's missed deadline: it reads as the INDESOL's."""

from __future__ import annotations

from datetime import date

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import (
    TERMS,
    Deadline,
    DeadlineState,
    compute_deadlines,
)

SIGNING = {"firma_instrumento": date(2026, 3, 13)}
# The first transfer is due 30 business days after Friday 13 March 2026: Monday 27 April.
BEFORE, AFTER = date(2026, 4, 1), date(2026, 12, 7)


def _by_key(dates: dict[str, date]) -> dict[str, Deadline]:
    return {d.term.key: d for d in compute_deadlines(2026, dates, BusinessCalendar())}


def test_the_indesol_s_pending_term_reads_as_its_own() -> None:
    transfer = _by_key(SIGNING)["primera_ministracion"]
    assert transfer.state(BEFORE) is DeadlineState.PENDING
    assert transfer.state_text(BEFORE) == "a cargo del INDESOL"


def test_the_indesol_s_term_past_its_day_is_not_vencido() -> None:
    deadlines = _by_key(SIGNING)
    transfer = deadlines["primera_ministracion"]
    assert transfer.state(AFTER) is DeadlineState.AWAITED
    assert transfer.state_text(AFTER) == "sin registro de la ministración"
    # The IMEF's own term, past its day without a record, still is.
    assert deadlines["constancia_conformidad"].state(AFTER) is DeadlineState.MISSED
    assert deadlines["constancia_conformidad"].state_text(AFTER) == "vencido"


def test_every_indesol_term_past_its_day_names_what_is_missing() -> None:
    # Every event an INDESOL term runs from, on Monday 2 March 2026; looked at in June 2027.
    events = {term.event: date(2026, 3, 2) for term in TERMS if term.responsible == "INDESOL"}
    theirs = {k: d for k, d in _by_key(events).items() if d.term.responsible == "INDESOL"}
    assert len(theirs) == 10
    said = {k: d.state_text(date(2027, 6, 1)) for k, d in theirs.items()}
    assert all(text.startswith("sin registro de ") for text in said.values()), said
    assert said["recomendaciones_mesa"] == "sin registro de las recomendaciones"


def test_the_indesol_s_term_recorded_reads_as_met() -> None:
    transfer = _by_key({**SIGNING, "primera_ministracion": date(2026, 4, 20)})
    assert transfer["primera_ministracion"].state_text(AFTER) == "cumplido"
