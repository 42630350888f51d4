"""Saving one edited meta with its audit entries (and target-change reason) in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from ism_desktop.domain.audit import (
    AuditEntry,
    Author,
    FieldChange,
    TargetChangeReason,
    diff_metas,
)
from ism_desktop.domain.figures import FigureRow, RowKind
from ism_desktop.domain.meta import Meta
from ism_desktop.store.figure_columns import FIGURE_COLUMNS, row_to_values
from ism_desktop.store.meta_rows import meta_ids

_AUDIT_INSERT = (
    "INSERT INTO audit_log (year, meta_stable_id, field, label, old_value, "
    "new_value, profile, os_user, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_ROW_UPDATE = (
    f"UPDATE figure_rows SET {', '.join(f'{name} = ?' for name in FIGURE_COLUMNS)} "
    "WHERE meta_id = ? AND row_kind = ?"
)


def _rows(meta: Meta) -> list[tuple[RowKind, FigureRow]]:
    return [(kind, row) for kind in RowKind if (row := meta.row(kind)) is not None]


class MetaNotFoundError(LookupError):
    """The meta to edit is not in the database (for that year)."""


@dataclass(frozen=True, slots=True)
class TargetChange:
    """A stored change of a modified target with its reason."""

    at: str
    author: Author
    field: str
    old: str
    new: str
    reason: TargetChangeReason


class MetaEditRepository:
    """Writes edits of single metas; every edit is audited in the same transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save(
        self,
        year: int,
        before: Meta,
        after: Meta,
        author: Author,
        reason: TargetChangeReason | None = None,
    ) -> tuple[FieldChange, ...]:
        """Store ``after`` over ``before``; modified targets may only change with a reason."""
        changes = diff_metas(before, after)
        if not changes:
            return changes
        target_changes = [c for c in changes if c.field.startswith("modificado.")]
        if target_changes and (reason is None or not reason.text.strip()):
            raise ValueError("Un cambio de meta modificada necesita un motivo.")
        now = datetime.now().astimezone().isoformat(timespec="seconds")
        with self._db.atomic():
            meta_id = self._meta_id(year, after.stable_id)
            self._write_rows(meta_id, after)
            self._write_evaluations(meta_id, after)
            self._db.conn.executemany(
                _AUDIT_INSERT,
                [
                    (
                        year,
                        after.stable_id,
                        c.field,
                        c.label,
                        c.old,
                        c.new,
                        author.profile,
                        author.os_user,
                        now,
                    )
                    for c in changes
                ],
            )
            if target_changes and reason is not None:
                self._db.conn.executemany(
                    "INSERT INTO target_changes (year, meta_stable_id, field, old_value, "
                    "new_value, reason, document, profile, os_user, at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            year,
                            after.stable_id,
                            c.field,
                            c.old,
                            c.new,
                            reason.text.strip(),
                            reason.document.strip(),
                            author.profile,
                            author.os_user,
                            now,
                        )
                        for c in target_changes
                    ],
                )
        return changes

    def save_reported(
        self, year: int, edits: Sequence[tuple[Meta, tuple[FieldChange, ...]]], author: Author
    ) -> None:
        """Store metas whose achieved figures or narratives changed, with their audit entries.

        ``edits`` pairs each new meta with its changes, already diffed by the caller (never a
        modified target). One statement per table for all of them, in one transaction (a
        savepoint inside the caller's).
        """
        if not edits:
            return
        now = datetime.now().astimezone().isoformat(timespec="seconds")
        who = (author.profile, author.os_user, now)
        ids = meta_ids(self._db, year, [after.stable_id for after, _ in edits])
        missing = [after.stable_id for after, _ in edits if after.stable_id not in ids]
        if missing:
            raise MetaNotFoundError(missing[0])
        with self._db.atomic():
            self._db.conn.executemany(
                _ROW_UPDATE,
                [
                    (*row_to_values(row), ids[after.stable_id], kind.value)
                    for after, _ in edits
                    for kind, row in _rows(after)
                ],
            )
            self._db.conn.executemany(
                "DELETE FROM evaluations WHERE meta_id = ?",
                [(ids[after.stable_id],) for after, _ in edits],
            )
            self._db.conn.executemany(
                "INSERT INTO evaluations (meta_id, quarter, text) VALUES (?, ?, ?)",
                [
                    (ids[after.stable_id], int(quarter), text)
                    for after, _ in edits
                    for quarter, text in after.evaluations.items()
                ],
            )
            self._db.conn.executemany(
                _AUDIT_INSERT,
                [
                    (year, after.stable_id, c.field, c.label, c.old, c.new, *who)
                    for after, changes in edits
                    for c in changes
                ],
            )

    def history(self, year: int, stable_id: str) -> list[AuditEntry]:
        """Every audited change of a meta, oldest first."""
        return [
            AuditEntry(
                at=r["at"],
                author=Author(r["profile"], r["os_user"]),
                change=FieldChange(r["field"], r["label"], r["old_value"], r["new_value"]),
            )
            for r in self._db.query(
                "SELECT * FROM audit_log WHERE year = ? AND meta_stable_id = ? ORDER BY id",
                [year, stable_id],
            )
        ]

    def target_changes(self, year: int, stable_id: str) -> list[TargetChange]:
        """The recorded reasons for changes of modified targets, oldest first."""
        return [
            TargetChange(
                at=r["at"],
                author=Author(r["profile"], r["os_user"]),
                field=r["field"],
                old=r["old_value"],
                new=r["new_value"],
                reason=TargetChangeReason(r["reason"], r["document"]),
            )
            for r in self._db.query(
                "SELECT * FROM target_changes WHERE year = ? AND meta_stable_id = ? ORDER BY id",
                [year, stable_id],
            )
        ]

    def target_changes_for_year(self, year: int) -> dict[str, list[TargetChange]]:
        """Every recorded target change of a year, by meta, oldest first."""
        changes: dict[str, list[TargetChange]] = {}
        for r in self._db.query("SELECT * FROM target_changes WHERE year = ? ORDER BY id", [year]):
            changes.setdefault(r["meta_stable_id"], []).append(
                TargetChange(
                    at=r["at"],
                    author=Author(r["profile"], r["os_user"]),
                    field=r["field"],
                    old=r["old_value"],
                    new=r["new_value"],
                    reason=TargetChangeReason(r["reason"], r["document"]),
                )
            )
        return changes

    def _meta_id(self, year: int, stable_id: str) -> int:
        row = self._db.execute(
            "SELECT id FROM metas WHERE year = ? AND stable_id = ?", [year, stable_id]
        ).fetchone()
        if row is None:
            raise MetaNotFoundError(stable_id)
        return int(row[0])

    def _write_rows(self, meta_id: int, meta: Meta) -> None:
        self._db.conn.executemany(
            _ROW_UPDATE, [(*row_to_values(row), meta_id, kind.value) for kind, row in _rows(meta)]
        )

    def _write_evaluations(self, meta_id: int, meta: Meta) -> None:
        self._db.execute("DELETE FROM evaluations WHERE meta_id = ?", [meta_id])
        self._db.conn.executemany(
            "INSERT INTO evaluations (meta_id, quarter, text) VALUES (?, ?, ?)",
            [(meta_id, int(q), text) for q, text in meta.evaluations.items()],
        )
