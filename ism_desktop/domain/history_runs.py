"""A meta's history as a package carries it: one sitting's autosaves of a narrative, one change.

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
# The fields written as text at length (``evaluacion.t1``…), saved whole at every pause.
NARRATIVE_PREFIX = "evaluacion."


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


def _continues(last: AuditEntry, entry: AuditEntry, gap: timedelta) -> bool:
    if entry.change.field != last.change.field or entry.author != last.author:
        return False
    # Only a narrative: a figure's saves are few and short, and each may matter on its own.
    if not entry.change.field.startswith(NARRATIVE_PREFIX):
        return False
    # Only a chain: the next save starts from what the last one left.
    if entry.change.old != last.change.new:
        return False
    before, after = _moment(last.at), _moment(entry.at)
    return before is not None and after is not None and timedelta(0) <= after - before <= gap


def _joined(group: list[AuditEntry]) -> list[HistoryRun]:
    first, last = group[0], group[-1]
    if len(group) == 1 or first.change.old == last.change.new:
        # Back where it started (a text written and then undone): joined, it would read as a
        # change of nothing; each save is said as it was.
        return [HistoryRun(entry, 1, entry.at) for entry in group]
    start = first.change
    change = FieldChange(start.field, start.label, start.old, last.change.new)
    return [HistoryRun(AuditEntry(last.at, last.author, change), len(group), first.at)]


def sitting_runs(entries: Sequence[AuditEntry], gap: timedelta = SITTING_GAP) -> list[HistoryRun]:
    """``entries`` (oldest first) with each sitting's consecutive saves of a narrative joined."""
    groups: list[list[AuditEntry]] = []
    for entry in entries:
        if groups and _continues(groups[-1][-1], entry, gap):
            groups[-1].append(entry)
        else:
            groups.append([entry])
    return [run for group in groups for run in _joined(group)]
