"""Which unit a database belongs to, learnt from the first package it sends or receives."""

from __future__ import annotations

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import Role
from ism_desktop.store.connection import Database


class PcIdentityRepository:
    """At most one identity per database; set once, then every package is checked against it."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self) -> PcIdentity | None:
        """The stored identity, if this database has sent or received a package."""
        row = self._db.execute(
            "SELECT role, entity_code, unit_code FROM pc_identity WHERE singleton = 1"
        ).fetchone()
        if row is None:
            return None
        return PcIdentity(Role(row[0]), str(row[1]), UnitCode(str(row[2])))

    def set(self, identity: PcIdentity) -> None:
        """Store (or replace) the identity."""
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO pc_identity (singleton, role, entity_code, unit_code) "
                "VALUES (1, ?, ?, ?) ON CONFLICT (singleton) DO UPDATE SET role = excluded.role, "
                "entity_code = excluded.entity_code, unit_code = excluded.unit_code",
                [identity.role.value, identity.entity, identity.unit.value],
            )
