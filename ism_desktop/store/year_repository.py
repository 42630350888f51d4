"""The years a database keeps: how each programme started, whether it is approved, due dates."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ism_desktop.domain.meta import Meta
from ism_desktop.domain.package_merge import programme_mismatches
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import shortened
from ism_desktop.store.connection import Database
from ism_desktop.store.database import StoreError


class ProgrammeApprovedError(StoreError):
    """A change of an approved programme's originals; the message is Spanish."""


@dataclass(frozen=True, slots=True)
class ProgrammeYear:
    """One year's programme: where it came from and when (and by whom) it was approved."""

    year: int
    created_at: str
    source: str
    approved_at: str | None
    approved_by: str | None

    @property
    def approved(self) -> bool:
        """Whether the originals are locked."""
        return self.approved_at is not None


class YearRepository:
    """Programme years, their approval and the delivery dates of their quarters."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, year: int) -> ProgrammeYear | None:
        """The year's record, if the programme was started or imported in this database."""
        row = self._db.execute(
            "SELECT year, created_at, source, approved_at, approved_by FROM programme_years "
            "WHERE year = ?",
            [year],
        ).fetchone()
        return None if row is None else ProgrammeYear(*row)

    def years(self) -> list[int]:
        """Every year with metas or a programme record, oldest first."""
        rows = self._db.execute(
            "SELECT year FROM programme_years UNION SELECT DISTINCT year FROM metas ORDER BY 1"
        ).fetchall()
        return [int(row[0]) for row in rows]

    def register(self, year: int, source: str, at: str) -> None:
        """Record the year's start (inside the caller's transaction); kept if already there."""
        self._db.execute(
            "INSERT INTO programme_years (year, created_at, source) VALUES (?, ?, ?) "
            "ON CONFLICT (year) DO NOTHING",
            [year, at, source],
        )

    def approve(self, year: int, at: str, by: str) -> None:
        """Lock the year's originals."""
        with self._db.atomic():
            self.register(year, "programa", at)
            self._db.execute(
                "UPDATE programme_years SET approved_at = ?, approved_by = ? "
                "WHERE year = ? AND approved_at IS NULL",
                [at, by, year],
            )

    def is_approved(self, year: int) -> bool:
        """Whether the year's originals are locked."""
        record = self.get(year)
        return record is not None and record.approved

    def refuse_programme_changes(
        self, year: int, edits: Iterable[tuple[Meta | None, Meta | None]]
    ) -> None:
        """Raise ``ProgrammeApprovedError`` if an approved year's programme would change."""
        if not self.is_approved(year):
            return
        for before, after in edits:
            if before is None or after is None:
                meta = after or before
                assert meta is not None
                verb = "agregar" if before is None else "retirar"
                raise ProgrammeApprovedError(
                    f"el programa {year} está aprobado: no se puede {verb} la meta "
                    f"«{shortened(meta.description)}»."
                )
            mismatch = programme_mismatches(before, after)
            if mismatch:
                first = mismatch[0]
                raise ProgrammeApprovedError(
                    f"el programa {year} está aprobado: lo programado original no cambia "
                    f"(meta «{shortened(before.description)}», {first.label}: {first.old} → "
                    f"{first.new})."
                )

    def delivery_dates(self, year: int) -> dict[Quarter, str]:
        """The due date (ISO ``AAAA-MM-DD``) of each quarter that has one."""
        return {
            Quarter(int(row[0])): str(row[1])
            for row in self._db.execute(
                "SELECT quarter, due_date FROM delivery_dates WHERE year = ?", [year]
            ).fetchall()
        }

    def set_delivery_dates(self, year: int, dates: Mapping[Quarter, str | None]) -> None:
        """Set (inside the caller's transaction, if any) the due dates given; ``None`` unsets."""
        with self._db.atomic():
            self._db.conn.executemany(
                "INSERT INTO delivery_dates (year, quarter, due_date) VALUES (?, ?, ?) "
                "ON CONFLICT (year, quarter) DO UPDATE SET due_date = excluded.due_date",
                [(year, int(q), date) for q, date in dates.items() if date is not None],
            )
            self._db.conn.executemany(
                "DELETE FROM delivery_dates WHERE year = ? AND quarter = ?",
                [(year, int(q)) for q, date in dates.items() if date is None],
            )
