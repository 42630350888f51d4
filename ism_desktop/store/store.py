"""One open database file with its repositories: what the adapters hold on to."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from ism_desktop.domain.validation.justification import (
    Justification,
    with_recorded_target_reasons,
)
from ism_desktop.store.closure_repository import ClosureRepository
from ism_desktop.store.database import open_database, open_memory_database
from ism_desktop.store.decision_repository import DecisionRepository
from ism_desktop.store.errors import StoreError
from ism_desktop.store.justification_repository import JustificationRepository
from ism_desktop.store.meta_edit_repository import MetaEditRepository
from ism_desktop.store.observation_repository import ObservationRepository
from ism_desktop.store.package_intake_repository import PackageIntakeRepository
from ism_desktop.store.package_repository import PackageRepository
from ism_desktop.store.paimef_repository import PaimefRepository
from ism_desktop.store.pc_identity_repository import PcIdentityRepository
from ism_desktop.store.programme_repository import ProgrammeRepository
from ism_desktop.store.received_package_repository import ReceivedPackageRepository
from ism_desktop.store.report_repository import ReportRepository
from ism_desktop.store.sequence_marks import SequenceMarks, marks_path
from ism_desktop.store.target_request_repository import TargetRequestRepository
from ism_desktop.store.year_programme_repository import YearProgrammeRepository
from ism_desktop.store.year_repository import YearRepository


class Store:
    """An open, migrated database and the repositories over it."""

    def __init__(self, db: Database, path: Path | None) -> None:
        self._db = db
        self.path = path
        self.reports = ReportRepository(db)
        self.edits = MetaEditRepository(db)
        self.packages = PackageRepository(db, SequenceMarks(marks_path(path) if path else None))
        self.justifications = JustificationRepository(db)
        self.received = ReceivedPackageRepository(db)
        self.intake = PackageIntakeRepository(db)
        self.programme = ProgrammeRepository(db)
        self.observations = ObservationRepository(db)
        self.target_requests = TargetRequestRepository(db)
        self.identity = PcIdentityRepository(db)
        self.paimef = PaimefRepository(db)
        self.years = YearRepository(db)
        self.closures = ClosureRepository(db)
        self.decisions = DecisionRepository(db)
        self.year_programme = YearProgrammeRepository(db)

    def justifications_for_year(self, year: int) -> list[Justification]:
        """Stored justifications plus those implied by recorded target-change reasons."""
        return with_recorded_target_reasons(
            self.justifications.for_year(year), self.edits.target_changes_for_year(year), year
        )

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (creating and migrating if needed) the database file at ``path``."""
        return cls(open_database(path), path)

    @classmethod
    def in_memory(cls) -> Store:
        """A throw-away store, for tests and dry runs."""
        return cls(open_memory_database(), None)

    @contextmanager
    def one_transaction(self) -> Iterator[None]:
        """Commit every write made inside at once, with one sync to disk.

        Each repository's own transaction becomes a savepoint inside it: a write that fails is
        undone alone and the others stay. If SQLite itself dropped the whole transaction (a full
        disk can), or the final commit fails, nothing inside was written and ``StoreError`` says so.
        """
        try:
            with self._db.atomic():
                yield
                if not self._db.conn.in_transaction:
                    raise StoreError("la base de datos interrumpió la operación; no se guardó nada")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"no se pudo guardar: {exc}; no se guardó nada") from exc

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open (false once SQLite has rolled one back by itself)."""
        return self._db.conn.in_transaction

    def close(self) -> None:
        """Close the file; later calls on the repositories fail."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
