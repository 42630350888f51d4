"""What the coordinating unit's packages tell a unit about its year, applied in their transaction.

Approval of the programme, delivery dates, closed or reopened quarters and decisions on the
unit's target-change requests. Older packages carry none of it: everything is optional.
"""

from __future__ import annotations

from ism_desktop.domain.audit import Author, TargetChangeReason
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.local_time import instant
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.year_news import YearNews
from ism_desktop.domain.year_programme import put_back
from ism_desktop.store.closure_repository import CLOSE, REOPEN, ClosureEvent, ClosureRepository
from ism_desktop.store.connection import Database
from ism_desktop.store.decision_repository import DecisionRepository
from ism_desktop.store.meta_edit_repository import MetaEditRepository
from ism_desktop.store.report_repository import ReportRepository
from ism_desktop.store.year_repository import YearRepository


def apply_year_news(
    db: Database, year: int, entity: str, unit: UnitCode, news: YearNews, author: Author
) -> None:
    """Apply the news at the unit, inside the caller's transaction."""
    years = YearRepository(db)
    if news.approved_at is not None:
        years.register(year, "programa base", news.approved_at)
        years.approve(year, news.approved_at, "Unidad coordinadora")
    if news.delivery_dates:
        years.set_delivery_dates(year, news.delivery_dates)
    _apply_quarters(db, year, entity, unit, news, author)
    _apply_decisions(db, year, entity, unit, news, author)


def closed_by(
    closures: ClosureRepository, year: int, entity: str, unit: UnitCode, news: YearNews
) -> list[Quarter]:
    """The quarters applying ``news`` closes at this unit, in order."""
    return _moves(closures, year, entity, unit, news)[0]


def reopened_by(
    closures: ClosureRepository, year: int, entity: str, unit: UnitCode, news: YearNews
) -> list[Quarter]:
    """The quarters applying ``news`` reopens at this unit, in order."""
    return _moves(closures, year, entity, unit, news)[1]


def _moves(
    closures: ClosureRepository, year: int, entity: str, unit: UnitCode, news: YearNews
) -> tuple[list[Quarter], list[Quarter]]:
    """The quarters ``news`` closes here, and those it reopens."""
    # As instants: the two PCs' clocks may be set to different zones.
    last_here = {
        event.quarter: instant(event.at)
        for event in closures.log(year, unit)
        if event.entity == entity
    }
    closing, reopening = [], []
    for quarter, state in sorted(news.quarters.items()):
        here = closures.is_closed(year, entity, unit, quarter)
        since = last_here.get(quarter)
        # A closing older than this unit's own last reopening was already answered by it too.
        if state.closed and not here and (since is None or instant(state.at) > since):
            closing.append(quarter)
        # A reopening older than this unit's own last closing was already answered by it. In
        # the same second (times are kept to the second) the reopening came after: it answers
        # a package the unit sent, closing the quarter, before.
        elif not state.closed and here and (since is None or instant(state.at) >= since):
            reopening.append(quarter)
    return closing, reopening


def _apply_quarters(
    db: Database, year: int, entity: str, unit: UnitCode, news: YearNews, author: Author
) -> None:
    closures = ClosureRepository(db)
    closing, reopening = _moves(closures, year, entity, unit, news)
    for quarter, state in news.quarters.items():
        if quarter in closing:
            closures.set_state(
                ClosureEvent(year, entity, unit, quarter, CLOSE, "", author, state.at)
            )
        elif quarter in reopening:
            reason = f"Reabierto por la unidad coordinadora: {state.reason}"
            closures.set_state(
                ClosureEvent(year, entity, unit, quarter, REOPEN, reason, author, state.at)
            )


def _apply_decisions(
    db: Database, year: int, entity: str, unit: UnitCode, news: YearNews, author: Author
) -> None:
    decisions, edits = DecisionRepository(db), MetaEditRepository(db)
    metas = {m.stable_id: m for m in ReportRepository(db).load_unit_metas(year, entity, unit)}
    for decision in news.decisions:
        if not decisions.record([decision]):
            continue
        before = metas.get(decision.meta_id)
        if before is None:
            continue
        if decision.approved:
            continue  # the unit holds the figure it asked, now approved: nothing to write
        after = put_back(before, decision.field, decision.requested, decision.current)
        if after is None:
            continue
        why = f"Solicitud rechazada por la unidad coordinadora: {decision.reason}"
        edits.save(year, before, after, author, TargetChangeReason(why, decision.document))
        metas[decision.meta_id] = after
