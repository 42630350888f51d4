"""Writing a programme base at a unit: catalogue, metas and targets, keeping what it reported."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from ism_desktop.domain.audit import Author, FieldChange, TargetChangeReason
from ism_desktop.domain.codes import Activity, Entity, Programme, Unit
from ism_desktop.domain.meta import Meta
from ism_desktop.store.database import StoreError, describe_failure
from ism_desktop.store.meta_rows import upsert_meta
from ism_desktop.store.pc_identity_repository import PcIdentity, PcIdentityRepository
from ism_desktop.store.received_package_repository import (
    ReceivedPackage,
    ReceivedPackageRepository,
)
from ism_desktop.store.report_repository import ReportRepository

_AUDIT_INSERT = (
    "INSERT INTO audit_log (year, meta_stable_id, field, label, old_value, new_value, profile, "
    "os_user, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_TARGET_INSERT = (
    "INSERT INTO target_changes (year, meta_stable_id, field, old_value, new_value, reason, "
    "document, profile, os_user, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


@dataclass(frozen=True)
class BaseMeta:
    """One meta of the base as it will be stored, with what changed against the unit's copy."""

    position: int
    meta: Meta
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class BaseIntake:
    """What a programme base changes at a unit."""

    received: ReceivedPackage
    author: Author
    reason: TargetChangeReason
    entity: Entity
    unit: Unit
    programmes: tuple[Programme, ...]
    activities: tuple[Activity, ...]
    metas: tuple[BaseMeta, ...]
    retired: tuple[str, ...]
    identity: PcIdentity | None
    make_current: bool


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
        upsert_meta(self._db, year, item.position, item.meta)

    def _audit(self, year: int, item: BaseMeta, intake: BaseIntake, now: str) -> None:
        author, meta_id = intake.author, item.meta.stable_id
        self._db.conn.executemany(
            _AUDIT_INSERT,
            [
                (year, meta_id, c.field, c.label, c.old, c.new, author.profile, author.os_user, now)
                for c in item.changes
            ],
        )
        why = (intake.reason.text, intake.reason.document, author.profile, author.os_user, now)
        self._db.conn.executemany(
            _TARGET_INSERT,
            [
                (year, meta_id, c.field, c.old, c.new, *why)
                for c in item.changes
                if c.field.startswith("modificado.")
            ],
        )
