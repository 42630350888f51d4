"""Writing a year's programme as the coordinating unit shapes it: new year, edits, retirements."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from ism_desktop.domain.audit import Author, FieldChange
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.package_merge import programme_changes, with_programme
from ism_desktop.store.connection import Database
from ism_desktop.store.database import StoreError
from ism_desktop.store.meta_rows import upsert_meta
from ism_desktop.store.report_repository import ReportRepository
from ism_desktop.store.year_repository import YearRepository

_AUDIT_INSERT = (
    "INSERT INTO audit_log (year, meta_stable_id, field, label, old_value, new_value, profile, "
    "os_user, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
NEW_META = FieldChange("meta", "Meta nueva del programa", "", "")
RETIRED_META = FieldChange("meta", "Meta retirada del programa", "", "")


@dataclass(frozen=True)
class ProgrammeChange:
    """What writing a programme changed: metas added, changed and retired.

    ``written``: false when the programme was already stored as it is (nothing was written,
    copied or added to the history).
    """

    added: int
    changed: int
    retired: int
    written: bool = True


class YearProgrammeRepository:
    """The coordinator's programme writes; each is one audited transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._years = YearRepository(db)
        self._reports = ReportRepository(db)

    def write(
        self,
        year: int,
        metas: Sequence[Meta],
        retired: Sequence[str],
        author: Author,
        at: str,
        source: str,
    ) -> ProgrammeChange:
        """Make ``metas`` (in order) the year's programme, keeping what was reported on them.

        Raises:
            ProgrammeApprovedError: the year is approved and the programme would change.
            StoreError: the database could not be written (nothing was).
        """
        existing = {m.stable_id: m for m in self._reports.load_year_metas(year)}
        pairs = [(existing.get(m.stable_id), m) for m in metas]
        gone = [existing[meta_id] for meta_id in retired if meta_id in existing]
        # Metas neither given nor retired stay, after the given ones: left at their old
        # positions they would share them with the given ones and interleave in every report.
        given = {m.stable_id for m in metas} | {m.stable_id for m in gone}
        left = [m for m in existing.values() if m.stable_id not in given]
        self._years.refuse_programme_changes(
            year,
            [*pairs, *((meta, None) for meta in gone)],
        )
        added = changed = 0
        try:
            with self._db.atomic():
                self._years.register(year, source, at)
                for position, (before, incoming) in enumerate(pairs):
                    merged = with_programme(before, incoming)
                    changes = (NEW_META,) if before is None else programme_changes(before, merged)
                    upsert_meta(self._db, year, position, merged)
                    if changes:
                        added += before is None
                        changed += before is not None
                        self._audit(year, merged.stable_id, changes, author, at)
                for position, meta in enumerate(left, start=len(pairs)):
                    self._db.execute(
                        "UPDATE metas SET position = ? WHERE year = ? AND stable_id = ?",
                        [position, year, meta.stable_id],
                    )
                for meta in gone:
                    self._db.execute(
                        "DELETE FROM metas WHERE year = ? AND stable_id = ?",
                        [year, meta.stable_id],
                    )
                    self._audit(year, meta.stable_id, (RETIRED_META,), author, at)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"no se pudo guardar el programa {year}: {exc}") from exc
        return ProgrammeChange(added, changed, len(gone))

    def unchanged_by(self, year: int, metas: Sequence[Meta], retired: Sequence[str]) -> bool:
        """Whether writing ``metas`` (in order) and retiring ``retired`` would change nothing."""
        if self._years.get(year) is None:
            return False
        existing = self._reports.load_year_metas(year)
        if [m.stable_id for m in existing] != [m.stable_id for m in metas]:
            return False
        if {m.stable_id for m in existing} & set(retired):
            return False
        return all(
            with_programme(before, incoming) == before
            for before, incoming in zip(existing, metas, strict=True)
        )

    def _audit(
        self, year: int, meta_id: str, changes: Sequence[FieldChange], author: Author, at: str
    ) -> None:
        self._db.conn.executemany(
            _AUDIT_INSERT,
            [
                (year, meta_id, c.field, c.label, c.old, c.new, author.profile, author.os_user, at)
                for c in changes
            ],
        )
