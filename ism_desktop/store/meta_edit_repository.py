"""Saving one edited meta with its audit entries (and target-change reason) in one transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from ism_desktop.domain.audit import (
    AuditEntry,
    Author,
    FieldChange,
    TargetChange,
    TargetChangeReason,
    diff_metas,
)
from ism_desktop.domain.fields import is_modified_target
from ism_desktop.domain.figures import FigureRow, RowKind
from ism_desktop.domain.limits import bad_character
from ism_desktop.domain.meta import Meta
from ism_desktop.store.closure_repository import ClosureRepository
from ism_desktop.store.connection import Database
from ism_desktop.store.database import StoreError
from ism_desktop.store.meta_rows import FIGURE_COLUMNS, meta_ids, row_to_values
from ism_desktop.store.target_change_rows import (
    TargetRange,
    WrittenMarks,
    read_target_changes,
    read_target_changes_by_meta,
    target_change_mark,
    withdraw_target_changes,
    written_marks,
)

if TYPE_CHECKING:
    # Only named in annotations: importing intake pulls in the validation rules, which an
    # import of the official report never runs.
    from ism_desktop.domain.intake import ReportEdit


def _rows(meta: Meta) -> list[tuple[RowKind, FigureRow]]:
    return [(kind, row) for kind in RowKind if (row := meta.row(kind)) is not None]


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


_ALL_COLUMNS = tuple(range(len(FIGURE_COLUMNS)))
# The row kinds as stored, read once (an enum's ``value`` is a descriptor call each time).
_MET, _NUM, _DEN = RowKind.MET.value, RowKind.NUM.value, RowKind.DEN.value
_ACHIEVED_COLUMNS = _ALL_COLUMNS[-4:]


@cache
def _columns_update(columns: tuple[int, ...]) -> str:
    names = ", ".join(f"{FIGURE_COLUMNS[index]} = ?" for index in columns)
    return f"UPDATE figure_rows SET {names} WHERE meta_id = ? AND row_kind = ?"


def _changed_columns(old: FigureRow | None, new: FigureRow) -> tuple[int, ...]:
    """The positions (in ``FIGURE_COLUMNS``) of the figures ``new`` does not share with ``old``.

    A figure an edit left alone is the very object it was loaded as (which holds the stored
    text already); a package changes achieved figures only, so their planned tuples are shared.
    """
    if old is None:
        return _ALL_COLUMNS
    if (
        old.original is new.original
        and old.original_annual is new.original_annual
        and old.modified is new.modified
        and old.modified_annual is new.modified_annual
    ):
        return tuple(
            _ACHIEVED_COLUMNS[i]
            for i, value in enumerate(old.achieved)
            if value is not new.achieved[i]
        )
    old_values, new_values = old.columns(), new.columns()
    return tuple(i for i, value in enumerate(old_values) if value is not new_values[i])


def _changed_rows(
    edits: Sequence[ReportEdit], ids: Mapping[str, int]
) -> dict[str, list[tuple[object, ...]]]:
    """Per statement, the figure columns each edit changed (a package changes one or two)."""
    updates: dict[str, list[tuple[object, ...]]] = {}
    for edit in edits:
        before, after = edit.before, edit.after
        meta_id = ids[after.stable_id]
        for kind, row, old in (
            (_MET, after.met, before.met),
            (_NUM, after.num, before.num),
            (_DEN, after.den, before.den),
        ):
            if row is None or row is old:
                continue
            columns = _changed_columns(old, row)
            if columns:
                values = row.columns()
                params = (*[_text(values[i]) for i in columns], meta_id, kind)
                statement = _columns_update(columns)
                if statement in updates:
                    updates[statement].append(params)
                else:
                    updates[statement] = [params]
    return updates


class MetaNotFoundError(LookupError):
    """The meta to edit is not in the database (for that year)."""


_AUDIT_INSERT = (
    "INSERT INTO audit_log (year, meta_stable_id, field, label, old_value, new_value, profile, "
    "os_user, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_TARGET_INSERT = (
    "INSERT INTO target_changes (year, meta_stable_id, field, old_value, new_value, reason, "
    "document, profile, os_user, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def write_audit(
    db: Database,
    year: int,
    stable_id: str,
    changes: Sequence[FieldChange],
    author: Author,
    at: str,
    reason: TargetChangeReason | None,
) -> None:
    """The one writer of the audit trail: a row per field, the reason of each modified target.

    Runs inside the caller's transaction.
    """
    who = (author.profile, author.os_user, at)
    db.conn.executemany(
        _AUDIT_INSERT, [(year, stable_id, c.field, c.label, c.old, c.new, *who) for c in changes]
    )
    if reason is None:
        return
    db.conn.executemany(
        _TARGET_INSERT,
        [
            (year, stable_id, c.field, c.old, c.new, reason.text, reason.document, *who)
            for c in changes
            if is_modified_target(c.field)
        ],
    )


def _write_failure(exc: sqlite3.Error) -> str:
    # SQLite speaks English; the person reads why in Spanish (nothing was written either way).
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return "la base de datos es de solo lectura."
    if "full" in text or "disk i/o" in text:
        return "no se pudo escribir en el disco (¿está lleno?)."
    if "locked" in text or "busy" in text:
        return "otro programa está usando la base de datos; intente de nuevo."
    return "la base de datos no aceptó el cambio."


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
        *,
        withdrawn: TargetRange | None = None,
    ) -> tuple[FieldChange, ...]:
        """Store ``after`` over ``before``; modified targets may only change with a reason.

        ``save_marked`` without the marks; the same refusals.
        """
        return self.save_marked(year, before, after, author, reason, withdrawn=withdrawn)[0]

    def save_marked(
        self,
        year: int,
        before: Meta,
        after: Meta,
        author: Author,
        reason: TargetChangeReason | None = None,
        *,
        withdrawn: TargetRange | None = None,
    ) -> tuple[tuple[FieldChange, ...], WrittenMarks]:
        """Store ``after`` over ``before``, and say what the write recorded (for Undo).

        The marks are read inside the write's transaction: read after it, another program's
        writes in between would count as this one's.

        ``withdrawn``: the target-change records of an unsent request that this write takes
        back (an undo); they are marked withdrawn with it (kept, with their reason, for the
        history; never sent), and no reason is needed for it. The audit log keeps both
        writes: that it was asked, and taken back.
        """
        changes = diff_metas(before, after)
        if not changes:
            return changes, written_marks(self._db, target_change_mark(self._db))  # none written
        ClosureRepository(self._db).refuse_conflicts(year, [(before, after)])
        target_changes = [c for c in changes if is_modified_target(c.field)]
        if target_changes and withdrawn is None and (reason is None or not reason.text.strip()):
            raise ValueError("Un cambio de meta modificada necesita un motivo.")
        # Stored, such a reason would stop every later reading of the year's justifications.
        for what, text in (
            () if reason is None else (("motivo", reason.text), ("documento", reason.document))
        ):
            if found := bad_character(text):
                raise ValueError(f"El {what} del cambio de meta modificada {found}; no se guardó.")
        now = datetime.now().astimezone().isoformat(timespec="seconds")
        try:
            marks = self._save(year, before, after, changes, author, reason, now, withdrawn)
        except sqlite3.Error as exc:
            raise StoreError(_write_failure(exc)) from exc
        return changes, marks

    def _save(
        self,
        year: int,
        before: Meta,
        after: Meta,
        changes: tuple[FieldChange, ...],
        author: Author,
        reason: TargetChangeReason | None,
        now: str,
        withdrawn: TargetRange | None,
    ) -> WrittenMarks:
        with self._db.atomic():
            first_target = target_change_mark(self._db)
            meta_id = self._meta_id(year, after.stable_id)
            if withdrawn is not None:
                withdraw_target_changes(self._db, year, after.stable_id, withdrawn, now)
            # Only what the edit changed: another window or a command may have saved the other
            # fields since ``before`` was read, and writing them back would undo that unseen.
            self._write_rows(meta_id, before, after)
            self._write_evaluations(meta_id, before, after)
            cleaned = None
            if reason is not None:
                cleaned = TargetChangeReason(reason.text.strip(), reason.document.strip())
            write_audit(self._db, year, after.stable_id, changes, author, now, cleaned)
            return written_marks(self._db, first_target)

    def save_reported(self, year: int, edits: Sequence[ReportEdit], author: Author) -> None:
        """Store metas whose achieved figures or narratives changed, with their audit entries.

        Each edit carries its changes, diffed once by the caller (never a modified target). A
        few statements for all of them, in one transaction (a savepoint inside the caller's).
        Only the figures and the narratives an edit changed are written: the database holds
        the others already.
        """
        if not edits:
            return
        now = datetime.now().astimezone().isoformat(timespec="seconds")
        who = (author.profile, author.os_user, now)
        # Each edit's id read once: the statements below name it for every changed field.
        stable_ids = [edit.after.stable_id for edit in edits]
        ids = meta_ids(self._db, year, stable_ids)
        missing = [stable_id for stable_id in stable_ids if stable_id not in ids]
        if missing:
            raise MetaNotFoundError(missing[0])
        narrated = [edit for edit in edits if edit.after.evaluations != edit.before.evaluations]
        with self._db.atomic():
            for sql, values in _changed_rows(edits, ids).items():
                self._db.conn.executemany(sql, values)
            self._db.conn.executemany(
                "DELETE FROM evaluations WHERE meta_id = ?",
                [(ids[edit.after.stable_id],) for edit in narrated],
            )
            self._db.conn.executemany(
                "INSERT INTO evaluations (meta_id, quarter, text) VALUES (?, ?, ?)",
                [
                    (ids[edit.after.stable_id], int(quarter), text)
                    for edit in narrated
                    for quarter, text in edit.after.evaluations.items()
                ],
            )
            self._db.conn.executemany(
                _AUDIT_INSERT,
                [
                    (year, stable_id, c.field, c.label, c.old, c.new, *who)
                    for stable_id, edit in zip(stable_ids, edits, strict=True)
                    for c in edit.changes
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
        """The recorded reasons in force (not withdrawn) of a meta, oldest first: those sent."""
        return read_target_changes(self._db, year, stable_id)

    def target_change_history(self, year: int, stable_id: str) -> list[TargetChange]:
        """Every recorded reason of a meta, withdrawn ones too (for its history), oldest first."""
        return read_target_changes(self._db, year, stable_id, withdrawn=True)

    def target_changes_for_year(self, year: int) -> dict[str, list[TargetChange]]:
        """Every recorded target change of a year in force, by meta, oldest first."""
        return read_target_changes_by_meta(self._db, year)

    def _meta_id(self, year: int, stable_id: str) -> int:
        row = self._db.execute(
            "SELECT id FROM metas WHERE year = ? AND stable_id = ?", [year, stable_id]
        ).fetchone()
        if row is None:
            raise MetaNotFoundError(stable_id)
        return int(row[0])

    def _write_rows(self, meta_id: int, before: Meta, after: Meta) -> None:
        if all(row is before.row(kind) for kind, row in _rows(after)):
            return  # a text edit: the figures are not touched at all
        # MET and the annuals are made of the other figures: written beside figures another
        # copy saved meanwhile, they would not add up. Then this edit's figures go in whole.
        whole = self._stored_rows(meta_id) != {k.value: row_to_values(r) for k, r in _rows(before)}
        for kind, row in _rows(after):
            new = row_to_values(row)
            old = None if whole or (was := before.row(kind)) is None else row_to_values(was)
            columns = tuple(i for i, text in enumerate(new) if old is None or old[i] != text)
            if columns:
                params = (*[new[i] for i in columns], meta_id, kind.value)
                self._db.conn.execute(_columns_update(columns), params)

    def _stored_rows(self, meta_id: int) -> dict[str, tuple[str | None, ...]]:
        return {
            str(kind): tuple(values)
            for kind, *values in self._db.execute(
                f"SELECT row_kind, {', '.join(FIGURE_COLUMNS)} FROM figure_rows WHERE meta_id = ?",
                [meta_id],
            )
        }

    def _write_evaluations(self, meta_id: int, before: Meta, after: Meta) -> None:
        for quarter in {*before.evaluations, *after.evaluations}:
            text = after.evaluations.get(quarter)
            if text == before.evaluations.get(quarter):
                continue
            if text is None:
                self._db.execute(
                    "DELETE FROM evaluations WHERE meta_id = ? AND quarter = ?",
                    [meta_id, int(quarter)],
                )
            else:
                self._db.execute(
                    "INSERT INTO evaluations (meta_id, quarter, text) VALUES (?, ?, ?) "
                    "ON CONFLICT (meta_id, quarter) DO UPDATE SET text = excluded.text",
                    [meta_id, int(quarter), text],
                )
