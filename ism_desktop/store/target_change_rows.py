"""The reasons recorded for modified-target changes: read, named by number, withdrawn by Undo.

A request undone before any package carried it is withdrawn, not deleted: the history still
reads that it was asked, with its reason, and taken back. A withdrawn one is never sent, nor
counted as a reason for the modified target.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ism_desktop.domain.audit import Author, TargetChange, TargetChangeReason
from ism_desktop.domain.limits import MAX_REASON_CHARS, readable_text
from ism_desktop.store.connection import Database


@dataclass(frozen=True, slots=True)
class TargetRange:
    """The target-change records one write made: numbers above ``after_id`` up to ``last_id``."""

    after_id: int
    last_id: int


@dataclass(frozen=True, slots=True)
class WrittenMarks:
    """Where one write stands in the log: its last audit entry, its target-change records."""

    audit_id: int
    targets: TargetRange


def written_marks(db: Database, first_target: int) -> WrittenMarks:
    """The marks of the write that began when the last target-change record was ``first_target``.

    Read inside that write's transaction: another program's records, written once it commits,
    are never taken for its own.
    """
    audit = int(db.execute("SELECT COALESCE(MAX(id), 0) FROM audit_log").fetchone()[0])
    return WrittenMarks(audit, TargetRange(first_target, target_change_mark(db)))


def _stored_reason(text: str, document: str) -> TargetChangeReason:
    """A stored reason as it is shown and sent: one an older version stored unchecked, too.

    What passed the rules it was stored under comes back exactly: a document of an approval
    may be longer than a unit types one. Only what no path stores now is made readable.
    """
    return TargetChangeReason(readable_text(text), readable_text(document, MAX_REASON_CHARS))


def _change(row: Mapping[str, Any]) -> TargetChange:
    return TargetChange(
        at=row["at"],
        author=Author(row["profile"], row["os_user"]),
        field=row["field"],
        old=row["old_value"],
        new=row["new_value"],
        reason=_stored_reason(row["reason"], row["document"]),
        withdrawn_at=row["withdrawn_at"],
    )


def read_target_changes(
    db: Database, year: int, stable_id: str | None = None, *, withdrawn: bool = False
) -> list[TargetChange]:
    """The year's records (of one meta, or all), oldest first; withdrawn ones only if asked."""
    where = "year = ?"
    params: list[object] = [year]
    if stable_id is not None:
        where += " AND meta_stable_id = ?"
        params.append(stable_id)
    if not withdrawn:
        where += " AND withdrawn_at IS NULL"
    return [
        _change(row)
        for row in db.query(f"SELECT * FROM target_changes WHERE {where} ORDER BY id", params)
    ]


def read_target_changes_by_meta(db: Database, year: int) -> dict[str, list[TargetChange]]:
    """Every request of a year in force (not withdrawn), by meta, oldest first."""
    changes: dict[str, list[TargetChange]] = {}
    for row in db.query(
        "SELECT * FROM target_changes WHERE year = ? AND withdrawn_at IS NULL ORDER BY id", [year]
    ):
        changes.setdefault(row["meta_stable_id"], []).append(_change(row))
    return changes


def withdraw_target_changes(
    db: Database, year: int, stable_id: str, records: TargetRange, at: str
) -> None:
    """Mark a write's records withdrawn at ``at``; runs inside the caller's transaction."""
    db.execute(
        "UPDATE target_changes SET withdrawn_at = ? WHERE year = ? AND meta_stable_id = ? "
        "AND id > ? AND id <= ? AND withdrawn_at IS NULL",
        [at, year, stable_id, records.after_id, records.last_id],
    )


def target_change_mark(db: Database) -> int:
    """The number of the last target-change record (0 with none), to name a write's records."""
    return int(db.execute("SELECT COALESCE(MAX(id), 0) FROM target_changes").fetchone()[0])
