"""Writing a programme base at a unit: catalogue, metas and targets, keeping what it reported."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from ism_desktop.domain.intake import BaseIntake, BaseMeta
from ism_desktop.store.connection import Database
from ism_desktop.store.database import StoreError, describe_failure
from ism_desktop.store.meta_edit_repository import write_audit
from ism_desktop.store.meta_rows import upsert_meta
from ism_desktop.store.pc_identity_repository import PcIdentityRepository
from ism_desktop.store.received_package_repository import ReceivedPackageRepository
from ism_desktop.store.report_repository import ReportRepository
from ism_desktop.store.year_news import apply_year_news


class ProgrammeRepository:
    """Applies a programme base in one transaction, auditing every target it changes."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def apply_base(self, intake: BaseIntake) -> None:
        """Write the base; achieved figures and narratives travel inside the merged metas."""
        received = intake.received
        now = datetime.now().astimezone().isoformat(timespec="seconds")
        try:
            with self._db.atomic():
                ReceivedPackageRepository(self._db).record(received)
                self._save_catalogue(intake)
                for item in intake.metas:
                    self._save_meta(received.year, item)
                    self._audit(received.year, item, intake, now)
                self._db.conn.executemany(
                    "DELETE FROM metas WHERE year = ? AND stable_id = ?",
                    [(received.year, meta_id) for meta_id in intake.retired],
                )
                if intake.identity is not None:
                    PcIdentityRepository(self._db).set(intake.identity)
                if intake.news is not None:
                    apply_year_news(
                        self._db,
                        received.year,
                        intake.entity.code,
                        intake.unit.code,
                        intake.news,
                        intake.author,
                    )
                if intake.make_current:
                    ReportRepository(self._db).set_current_period(received.year, received.quarter)
        except sqlite3.DatabaseError as exc:
            # Rolled back already: the database is as it was before the package.
            raise StoreError(f"no se pudo guardar el paquete: {describe_failure(exc)}") from exc

    def _save_catalogue(self, intake: BaseIntake) -> None:
        self._db.execute(
            "INSERT INTO entities (code, name) VALUES (?, ?) "
            "ON CONFLICT (code) DO UPDATE SET name = excluded.name",
            [intake.entity.code, intake.entity.name],
        )
        named = (
            ("units", [intake.unit]),
            ("programmes", intake.programmes),
            ("activities", intake.activities),
        )
        for table, items in named:
            self._db.conn.executemany(
                f"INSERT INTO {table} (entity_code, code, name) VALUES (?, ?, ?) "
                "ON CONFLICT (entity_code, code) DO UPDATE SET name = excluded.name",
                [(item.entity, item.code.value, item.name) for item in items],
            )

    def _save_meta(self, year: int, item: BaseMeta) -> None:
        meta_id = upsert_meta(self._db, year, item.position, item.meta)
        # The narratives the unit kept, and those it gets back from a closed quarter.
        self._db.conn.executemany(
            "INSERT INTO evaluations (meta_id, quarter, text) VALUES (?, ?, ?) "
            "ON CONFLICT (meta_id, quarter) DO UPDATE SET text = excluded.text",
            [(meta_id, int(quarter), text) for quarter, text in item.meta.evaluations.items()],
        )

    def _audit(self, year: int, item: BaseMeta, intake: BaseIntake, now: str) -> None:
        write_audit(
            self._db, year, item.meta.stable_id, item.changes, intake.author, now, intake.reason
        )
