"""The log of packages received: which unit, which period, which sequence number, what it held."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.package_records import ReceivedPackage
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.connection import Database

_COLUMNS = (
    "kind, entity_code, unit_code, year, quarter, sequence, created_at, received_at, file_name, "
    "sha256, metas, changed_metas, warnings, unresolved_warnings"
)


class StaleSequenceError(Exception):
    """A package with this sequence number (or a newer one) was received meanwhile."""

    def __init__(self, last: int) -> None:
        super().__init__(last)
        self.last = last


def _values(package: ReceivedPackage) -> list[object]:
    """The column values in ``_COLUMNS`` order."""
    return [
        package.kind.value,
        package.entity,
        package.unit.value,
        package.year,
        int(package.quarter),
        package.sequence,
        package.created_at,
        package.received_at,
        package.file_name,
        package.sha256,
        package.metas,
        package.changed_metas,
        package.warnings,
        package.unresolved_warnings,
    ]


def _from_row(row: Mapping[str, Any]) -> ReceivedPackage:
    return ReceivedPackage(
        kind=PackageKind(row["kind"]),
        entity=str(row["entity_code"]),
        unit=UnitCode(str(row["unit_code"])),
        year=int(row["year"]),
        quarter=Quarter(int(row["quarter"])),
        sequence=int(row["sequence"]),
        created_at=str(row["created_at"]),
        received_at=str(row["received_at"]),
        file_name=str(row["file_name"]),
        sha256=str(row["sha256"]),
        metas=int(row["metas"]),
        changed_metas=int(row["changed_metas"]),
        warnings=int(row["warnings"]),
        unresolved_warnings=int(row["unresolved_warnings"]),
    )


class ReceivedPackageRepository:
    """Records received packages; the newest sequence per unit and kind is the one in force."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, package: ReceivedPackage) -> None:
        """Log a package, refusing one not newer than the last of its unit and kind.

        Raises:
            StaleSequenceError: a package with this or a later sequence is already logged.
        """
        with self._db.atomic():
            last = self.last(package.kind, package.entity, package.unit)
            if last is not None and last.sequence >= package.sequence:
                raise StaleSequenceError(last.sequence)
            placeholders = ", ".join("?" for _ in _values(package))
            self._db.execute(
                f"INSERT INTO received_packages ({_COLUMNS}) VALUES ({placeholders})",
                _values(package),
            )

    def mark_justifications(self, package: ReceivedPackage) -> None:
        """Keep, with a logged package, the number of the last justification write so far.

        Called once its justifications are written, in the same transaction: a later write
        has a higher number, so it was written here after the package (no clock is asked).
        """
        self._db.execute(
            "UPDATE received_packages SET justification_mark = "
            "(SELECT COALESCE(MAX(id), 0) FROM justification_writes) "
            "WHERE kind = ? AND entity_code = ? AND unit_code = ? AND sequence = ?",
            [package.kind.value, package.entity, package.unit.value, package.sequence],
        )

    def justification_mark(self, package: ReceivedPackage) -> int | None:
        """The mark kept with a logged package (``None``: received before marks were kept)."""
        row = self._db.execute(
            "SELECT justification_mark FROM received_packages "
            "WHERE kind = ? AND entity_code = ? AND unit_code = ? AND sequence = ?",
            [package.kind.value, package.entity, package.unit.value, package.sequence],
        ).fetchone()
        return None if row is None or row[0] is None else int(row[0])

    def last(self, kind: PackageKind, entity: str, unit: UnitCode) -> ReceivedPackage | None:
        """The package with the highest sequence of a unit and kind, if any."""
        return self._first(
            "kind = ? AND entity_code = ? AND unit_code = ? ORDER BY sequence DESC LIMIT 1",
            [kind.value, entity, unit.value],
        )

    def by_sha256(self, sha256: str) -> ReceivedPackage | None:
        """The package received with exactly these bytes, if any."""
        return self._first("sha256 = ? ORDER BY id LIMIT 1", [sha256])

    def latest_by_unit(
        self, kind: PackageKind, year: int, quarter: Quarter
    ) -> dict[tuple[str, UnitCode], ReceivedPackage]:
        """Per (entity, unit), the newest package of a kind for one period."""
        latest: dict[tuple[str, UnitCode], ReceivedPackage] = {}
        for package in self._select(
            "kind = ? AND year = ? AND quarter = ? ORDER BY sequence",
            [kind.value, year, int(quarter)],
        ):
            latest[(package.entity, package.unit)] = package
        return latest

    def first_by_unit(
        self, kind: PackageKind, year: int, quarter: Quarter
    ) -> dict[tuple[str, UnitCode], ReceivedPackage]:
        """Per (entity, unit), the first package of a kind received for one period."""
        first: dict[tuple[str, UnitCode], ReceivedPackage] = {}
        for package in self._select(
            "kind = ? AND year = ? AND quarter = ? ORDER BY sequence DESC",
            [kind.value, year, int(quarter)],
        ):
            first[(package.entity, package.unit)] = package
        return first

    def history(self, unit: UnitCode | None = None) -> list[ReceivedPackage]:
        """Every received package, oldest first (of one unit, or all)."""
        if unit is None:
            return self._select("1 ORDER BY id", [])
        return self._select("unit_code = ? ORDER BY id", [unit.value])

    def _first(self, where: str, params: list[object]) -> ReceivedPackage | None:
        found = self._select(where, params)
        return found[0] if found else None

    def _select(self, where: str, params: list[object]) -> list[ReceivedPackage]:
        return [
            _from_row(row)
            for row in self._db.query(f"SELECT * FROM received_packages WHERE {where}", params)
        ]
