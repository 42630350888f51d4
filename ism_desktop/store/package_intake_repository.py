"""Applying a verified package: its changes, their audit trail and its log entry, all at once."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from ism_desktop.domain.audit import Author
from ism_desktop.domain.intake import ObservationIntake, ReportIntake
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.validation.justification import Justification
from ism_desktop.domain.year_news import COORDINATOR_PACKAGE
from ism_desktop.store.closure_repository import CLOSE, ClosureEvent, ClosureRepository
from ism_desktop.store.connection import Database
from ism_desktop.store.database import StoreError, describe_failure
from ism_desktop.store.justification_repository import JustificationRepository
from ism_desktop.store.meta_edit_repository import MetaEditRepository
from ism_desktop.store.observation_repository import ObservationRepository
from ism_desktop.store.pc_identity_repository import PcIdentityRepository
from ism_desktop.store.received_package_repository import ReceivedPackageRepository
from ism_desktop.store.target_request_repository import TargetRequestRepository
from ism_desktop.store.year_news import apply_year_news


class PackageIntakeRepository:
    """Writes verified packages; a failure anywhere leaves the database as it was.

    Raises ``StaleSequenceError`` (from the log) when a package as new arrived meanwhile.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._log = ReceivedPackageRepository(db)
        self._edits = MetaEditRepository(db)
        self._justifications = JustificationRepository(db)
        self._requests = TargetRequestRepository(db)
        self._observations = ObservationRepository(db)
        self._identity = PcIdentityRepository(db)

    def apply_report(self, intake: ReportIntake) -> None:
        """Store a unit's achieved figures, narratives, justifications and requests."""
        received = intake.received
        try:
            with self._db.atomic():
                self._log.record(received)
                # Every path that writes meets the closed-quarter guard, this one included.
                ClosureRepository(self._db).refuse_changed(
                    received.year, [(edit.after, edit.changes) for edit in intake.edits]
                )
                self._edits.save_reported(received.year, intake.edits, intake.author)
                self._replace_justifications(intake)
                self._log.mark_justifications(received)
                self._requests.replace_for_unit(
                    received.year, received.entity, received.unit, intake.requests
                )
                self._set_identity(intake.identity)
                # Received is final: the quarter closes until the coordinator reopens it.
                ClosureRepository(self._db).set_state(
                    ClosureEvent(
                        received.year,
                        received.entity,
                        received.unit,
                        received.quarter,
                        CLOSE,
                        "",
                        intake.author,
                        received.received_at,
                    )
                )
        except StoreError as exc:
            # Already in Spanish (a closed quarter, a busy database); rolled back already.
            raise StoreError(f"no se pudo guardar el paquete: {exc}") from exc
        except sqlite3.DatabaseError as exc:
            # Rolled back already: the database is as it was before the package.
            raise StoreError(f"no se pudo guardar el paquete: {describe_failure(exc)}") from exc

    def apply_observations(self, intake: ObservationIntake) -> None:
        """Make the package's observations the unit's observations of that quarter."""
        received = intake.received
        try:
            with self._db.atomic():
                self._log.record(received)
                self._observations.replace(
                    received.year, received.quarter, intake.meta_ids, intake.observations
                )
                self._set_identity(intake.identity)
                if intake.news is not None:
                    apply_year_news(
                        self._db,
                        received.year,
                        received.entity,
                        received.unit,
                        intake.news,
                        Author(COORDINATOR_PACKAGE, "-"),
                    )
        except StoreError as exc:
            # Already in Spanish (a closed quarter, a busy database); rolled back already.
            raise StoreError(f"no se pudo guardar el paquete: {exc}") from exc
        except sqlite3.DatabaseError as exc:
            # Rolled back already: the database is as it was before the package.
            raise StoreError(f"no se pudo guardar el paquete: {describe_failure(exc)}") from exc

    def _replace_justifications(self, intake: ReportIntake) -> None:
        received = intake.received
        incoming = {item.key for item in intake.justifications}
        stale: Sequence[Justification] = [
            item
            for item in self._justifications.for_metas(
                received.year, received.quarter, intake.justified_metas
            )
            if item.key not in incoming
        ]
        for item in stale:
            self._justifications.remove(item.key)
        self._justifications.save_all(intake.justifications)

    def _set_identity(self, identity: PcIdentity | None) -> None:
        if identity is not None and self._identity.get() != identity:
            self._identity.set(identity)
