"""What a coordinator's package tells a unit that it did not know yet, for the unit's review.

A package carries the year as the coordinating unit holds it (every date, every decision), so
that a unit that missed a package is brought up to date by the next one. Said whole, each
package repeated as news what earlier ones had applied; and a rejected request, which puts the
unit's modified target back, was received as «0 metas cambian».
"""

from __future__ import annotations

from collections.abc import Sequence

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.package_merge import requested_target_changes
from ism_desktop.domain.year_news import Decision, YearNews
from ism_desktop.domain.year_programme import put_back
from ism_desktop.exchange.intake.diff import ChangeKind, DiffLine, MetaDiff
from ism_desktop.store.store import Store
from ism_desktop.store.year_news import reopened_by


def fresh_news(store: Store, year: int, entity: str, unit: UnitCode, news: YearNews) -> YearNews:
    """Only what applying ``news`` would change here: the review's notes say nothing else."""
    approved = None if store.years.is_approved(year) else news.approved_at
    held = store.years.delivery_dates(year)
    dates = {q: day for q, day in news.delivery_dates.items() if day and held.get(q) != day}
    reopened = reopened_by(store.closures, year, entity, unit, news)
    quarters = {q: state for q, state in news.quarters.items() if q in reopened}
    decisions = tuple(d for d in news.decisions if not store.decisions.is_known(d))
    return YearNews(approved, dates, quarters, decisions, news.unheeded)


def put_back_diffs(
    store: Store,
    year: int,
    entity: str,
    unit: UnitCode,
    decisions: Sequence[Decision],
) -> tuple[MetaDiff, ...]:
    """The metas whose modified target a new rejection puts back, each with what changes."""
    rejected = [d for d in decisions if not d.approved]
    if not rejected:
        return ()
    stored = {m.stable_id: m for m in store.reports.load_unit_metas(year, entity, unit)}
    changed: dict[str, tuple[Meta, Meta]] = {}
    for decision in rejected:
        if decision.meta_id not in stored:
            continue
        first, now = changed.get(decision.meta_id, (stored[decision.meta_id],) * 2)
        after = put_back(now, decision.field, decision.requested, decision.current)
        if after is not None:
            changed[decision.meta_id] = (first, after)
    return tuple(
        MetaDiff(
            meta_id,
            unit.value,
            before.description,
            # The modified targets with their annuals, as a base's review shows them.
            tuple(
                DiffLine.of(ChangeKind.FIGURE, change)
                for change in requested_target_changes(before, after)
            ),
        )
        for meta_id, (before, after) in changed.items()
    )


def with_put_back(metas: Sequence[MetaDiff], put_back: Sequence[MetaDiff]) -> tuple[MetaDiff, ...]:
    """The package's metas with the put-back figures among their changes, each field once.

    A meta the package lists already (an observation of it, say) takes its put-back figures as
    more of its changes: left out, the figure the import does put back was only a note. A field
    the package lists itself (a base brings its targets) is not listed twice.
    """
    extra = {item.meta_id: item for item in put_back}
    merged = []
    for item in metas:
        added = extra.pop(item.meta_id, None)
        if added is not None:
            listed = {line.field for line in item.lines}
            lines = (*item.lines, *(line for line in added.lines if line.field not in listed))
            item = MetaDiff(item.meta_id, item.unit, item.description, lines, item.status)
        merged.append(item)
    return (*merged, *extra.values())
