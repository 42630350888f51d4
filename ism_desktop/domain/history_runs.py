"""A meta's history as a package carries it: one sitting's autosaves of a field, one change.

Every pause while typing saves the field whole, before and after: a long evaluation written over
an afternoon was hundreds of rows repeating the same paragraphs, enough to make a package too big
to deliver. The database keeps every row; the package says what each sitting changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from ism_desktop.domain.audit import AuditEntry, FieldChange

# Saves further apart than this are two sittings, each said on its own.
SITTING_GAP = timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class HistoryRun:
    """Consecutive saves of one field by one person in one sitting: first before, last after."""

    entry: AuditEntry  # the last save's time and author; the first save's «before»
    saves: int
    since: str  # the first save's time


def _moment(at: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return None
    # A time without its zone cannot be compared with one that has it: never joined.
    return moment if moment.tzinfo is not None else None


def _continues(run: HistoryRun, entry: AuditEntry, gap: timedelta) -> bool:
    last = run.entry
    if entry.change.field != last.change.field or entry.author != last.author:
        return False
    # Only a chain: the next save starts from what the last one left.
    if entry.change.old != last.change.new:
        return False
    before, after = _moment(last.at), _moment(entry.at)
    return before is not None and after is not None and timedelta(0) <= after - before <= gap


def sitting_runs(entries: Sequence[AuditEntry], gap: timedelta = SITTING_GAP) -> list[HistoryRun]:
    """``entries`` (oldest first) with each sitting's consecutive saves of a field joined."""
    runs: list[HistoryRun] = []
    for entry in entries:
        if runs and _continues(runs[-1], entry, gap):
            run = runs[-1]
            first = run.entry.change
            joined = FieldChange(first.field, first.label, first.old, entry.change.new)
            runs[-1] = HistoryRun(
                AuditEntry(entry.at, entry.author, joined), run.saves + 1, run.since
            )
        else:
            runs.append(HistoryRun(entry, 1, entry.at))
    return runs
