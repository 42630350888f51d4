"""One open database file with its repositories: what the adapters hold on to."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ism_desktop.store.connection import Database
from ism_desktop.store.database import open_database, open_memory_database
from ism_desktop.store.errors import StoreError

if TYPE_CHECKING:
    from ism_desktop.domain.quarter import Quarter
    from ism_desktop.domain.validation.justification import Justification
    from ism_desktop.store.closure_repository import ClosureRepository
    from ism_desktop.store.decision_repository import DecisionRepository
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
    from ism_desktop.store.target_request_repository import TargetRequestRepository
    from ism_desktop.store.year_programme_repository import YearProgrammeRepository
    from ism_desktop.store.year_repository import YearRepository


class Store:
    """An open, migrated database and the repositories over it.

    Each repository is made, and its module imported, the first time it is used: a command
    uses a few of them, and importing them all costs more than a small report's import.
    """

    def __init__(self, db: Database, path: Path | None) -> None:
        self._db = db
        self.path = path
        # Inside ``rehearsal``: what is written beside the database must wait for a real write.
        self.rehearsing = False
        self._closed = False

    @cached_property
    def reports(self) -> ReportRepository:
        """Whole reports: catalogue, metas, their rows and evaluations."""
        from ism_desktop.store.report_repository import ReportRepository

        return ReportRepository(self._db)

    @cached_property
    def edits(self) -> MetaEditRepository:
        """Edits of one meta, with their audit trail and target-change reasons."""
        from ism_desktop.store.meta_edit_repository import MetaEditRepository

        return MetaEditRepository(self._db)

    @cached_property
    def packages(self) -> PackageRepository:
        """The packages this PC exported: a growing sequence number per unit."""
        from ism_desktop.store.package_repository import PackageRepository
        from ism_desktop.store.sequence_marks import SequenceMarks, marks_path

        return PackageRepository(
            self._db, SequenceMarks(marks_path(self.path) if self.path else None)
        )

    @cached_property
    def justifications(self) -> JustificationRepository:
        """Justifications and acknowledgements of warnings."""
        from ism_desktop.store.justification_repository import JustificationRepository

        return JustificationRepository(self._db)

    @cached_property
    def received(self) -> ReceivedPackageRepository:
        """The packages this PC received."""
        from ism_desktop.store.received_package_repository import ReceivedPackageRepository

        return ReceivedPackageRepository(self._db)

    @cached_property
    def intake(self) -> PackageIntakeRepository:
        """Applying a verified package: its changes, audit trail and log entry."""
        from ism_desktop.store.package_intake_repository import PackageIntakeRepository

        return PackageIntakeRepository(self._db)

    @cached_property
    def programme(self) -> ProgrammeRepository:
        """Writing a programme base at a unit."""
        from ism_desktop.store.programme_repository import ProgrammeRepository

        return ProgrammeRepository(self._db)

    @cached_property
    def observations(self) -> ObservationRepository:
        """The coordinator's observations on metas."""
        from ism_desktop.store.observation_repository import ObservationRepository

        return ObservationRepository(self._db)

    @cached_property
    def target_requests(self) -> TargetRequestRepository:
        """Target changes the units ask for."""
        from ism_desktop.store.target_request_repository import TargetRequestRepository

        return TargetRequestRepository(self._db)

    @cached_property
    def identity(self) -> PcIdentityRepository:
        """Which unit (or the coordinator) this database belongs to."""
        from ism_desktop.store.pc_identity_repository import PcIdentityRepository

        return PcIdentityRepository(self._db)

    @cached_property
    def paimef(self) -> PaimefRepository:
        """The PAIMEF Programa Anual, its dates and indicator captures."""
        from ism_desktop.store.paimef_repository import PaimefRepository

        return PaimefRepository(self._db)

    @cached_property
    def years(self) -> YearRepository:
        """The years of programme: registered and approved."""
        from ism_desktop.store.year_repository import YearRepository

        return YearRepository(self._db)

    @cached_property
    def closures(self) -> ClosureRepository:
        """Quarters closed per unit, and their log."""
        from ism_desktop.store.closure_repository import ClosureRepository

        return ClosureRepository(self._db)

    @cached_property
    def decisions(self) -> DecisionRepository:
        """Decisions on target-change requests."""
        from ism_desktop.store.decision_repository import DecisionRepository

        return DecisionRepository(self._db)

    @cached_property
    def year_programme(self) -> YearProgrammeRepository:
        """A year's programme as the coordinating unit shapes it."""
        from ism_desktop.store.year_programme_repository import YearProgrammeRepository

        return YearProgrammeRepository(self._db)

    def justifications_for_year(self, year: int) -> list[Justification]:
        """Stored justifications plus those implied by recorded target-change reasons."""
        from ism_desktop.domain.validation.justification import with_recorded_target_reasons

        return with_recorded_target_reasons(
            self.justifications.for_year(year), self.edits.target_changes_for_year(year), year
        )

    def justifications_for_quarter(self, year: int, quarter: Quarter) -> list[Justification]:
        """One quarter's stored justifications plus those implied by recorded target changes.

        The board counts a quarter's unjustified warnings with these: with the stored ones
        alone, a request approved after its quarter's package (or a later one's) added an
        unjustified META_MODIFICADA to every other quarter, closed ones too.
        """
        from ism_desktop.domain.validation.justification import with_recorded_target_reasons

        return with_recorded_target_reasons(
            self.justifications.for_quarter(year, quarter),
            self.edits.target_changes_for_year(year),
            year,
            (quarter,),
        )

    @classmethod
    def open(cls, path: Path, *, held: bool = False) -> Store:
        """Open (creating and migrating if needed) the database file at ``path``.

        ``held``: the caller holds it open already (``open_database``): not checked again.
        Gone from ``path`` since (moved, renamed, deleted), it is not made again, empty:
        what was read there was no report at all, and the next start found an empty one.
        """
        if held and not path.is_file():
            raise StoreError(
                f"No se pudo abrir la base de datos «{path}»: ya no está en ese lugar (se "
                "movió, se renombró o se borró con ISM Avance abierto); vuelva a ponerla ahí."
            )
        return cls(open_database(path, held=held), path)

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

    @contextmanager
    def rehearsal(self) -> Iterator[None]:
        """Writes made inside are seen by what runs inside, then all undone: the file keeps none.

        A batch of packages is checked this way, each against what the ones before it would
        write (a unit's second quarter after its first), exactly as it will be applied. It holds
        the database's write lock while it runs, as applying would (a second or so for a
        state's batch); another program's write waits for it, up to the busy timeout.
        ``rehearsing`` is true inside: nothing outside the database may be written then, since
        no rollback would undo it.

        Raises:
            StoreError: the transaction could not begin (another program holds the database,
                a read-only file); nothing was done.
        """
        # Its pages stay in memory, never written to the log before the undo: written there
        # right after a checkpoint had emptied it, they started the log again, which another
        # connection (the window's) took for a commit, «Otro programa guardó cambios».
        self._db.execute("PRAGMA cache_spill = OFF")
        try:
            with self._db.atomic():
                self.rehearsing = True
                yield
                raise _UndoneError
        except _UndoneError:
            pass
        finally:
            self.rehearsing = False
            self._db.execute("PRAGMA cache_spill = ON")

    def data_version(self) -> int:
        """A number that changes when another connection commits to the file (never our own).

        SQLite's ``PRAGMA data_version``: a few microseconds, no file read, so a window may ask
        whenever it gets the focus back whether another program (the command line) wrote.
        """
        return int(self._db.conn.execute("PRAGMA data_version").fetchone()[0])

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open (false once SQLite has rolled one back by itself)."""
        return self._db.conn.in_transaction

    def close(self) -> None:
        """Close the file; later calls on the repositories fail."""
        self._db.close()
        self._closed = True

    @property
    def closed(self) -> bool:
        """Whether ``close`` was called (a window's timer may tick after its database closed)."""
        return self._closed

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class _UndoneError(Exception):
    """Ends a rehearsal: the transaction rolls back, as on any error, and nothing else sees it."""
