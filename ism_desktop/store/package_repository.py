"""The packages this PC has exported: a growing sequence number per unit, and what was sent."""

from __future__ import annotations

from dataclasses import dataclass

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.limits import MAX_SEQUENCE, MAX_SEQUENCE_STEP
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.connection import Database
from ism_desktop.store.errors import StoreError
from ism_desktop.store.sequence_marks import SequenceMarks


@dataclass(frozen=True, slots=True)
class PackageRecord:
    """One export: its unit, period, sequence number and, once written, its file and hash."""

    entity: str
    unit: UnitCode
    year: int
    quarter: Quarter
    sequence: int
    created_at: str
    file_name: str | None
    sha256: str | None


@dataclass(frozen=True, slots=True)
class PackageReservation:
    """A sequence number taken for an export being written."""

    record_id: int
    sequence: int


class PackageRepository:
    """Hands out sequence numbers and records finished exports."""

    def __init__(self, db: Database, marks: SequenceMarks | None = None) -> None:
        self._db = db
        self.marks = marks or SequenceMarks(None)

    def reserve(
        self,
        entity: str,
        unit: UnitCode,
        year: int,
        quarter: Quarter,
        created_at: str,
        kind: PackageKind = PackageKind.REPORT,
    ) -> PackageReservation:
        """Take the unit's next sequence number (1 for its first package), whatever the kind.

        It is above every number this database logged and above the mark kept beside it, so
        a restored backup or a reinstalled PC never reuses a number the receiver has seen.
        """
        floor = self.marks.get(entity, unit)
        with self._db.atomic():
            row = self._db.execute(
                "SELECT COALESCE(MAX(sequence), 0) + 1 FROM package_exports "
                "WHERE entity_code = ? AND unit_code = ?",
                [entity, unit.value],
            ).fetchone()
            logged = int(row[0])
            # A mark no real history can reach (a damaged or edited file): taken as it is, the
            # coordinating unit would refuse this package and every later one.
            if floor + 1 > MAX_SEQUENCE or floor + 1 - logged >= MAX_SEQUENCE_STEP:
                raise StoreError(
                    f"el archivo «{self.marks.file_name}» junto a la base de datos dice que la "
                    f"unidad {unit} ya usó la secuencia {floor}, más de lo que la unidad "
                    "coordinadora acepta; revíselo o bórrelo (la base de datos guarda los "
                    "números que usó) y exporte de nuevo. No se exportó nada"
                )
            sequence = max(logged, floor + 1)
            cursor = self._db.execute(
                "INSERT INTO package_exports (entity_code, unit_code, year, quarter, sequence, "
                "created_at, kind) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [entity, unit.value, year, int(quarter), sequence, created_at, kind.value],
            )
            record_id = cursor.lastrowid
        self.marks.raise_to(entity, unit, sequence)
        assert record_id is not None
        return PackageReservation(record_id=record_id, sequence=sequence)

    def complete(self, reservation: PackageReservation, file_name: str, sha256: str) -> None:
        """Record the file a reserved export produced."""
        with self._db.atomic():
            self._db.execute(
                "UPDATE package_exports SET file_name = ?, sha256 = ? WHERE id = ?",
                [file_name, sha256, reservation.record_id],
            )

    def delivered(self, year: int, quarter: Quarter) -> frozenset[tuple[str, UnitCode]]:
        """The (entity, unit) pairs whose report of the quarter, or of a later one, went out.

        In a package written here (a unit's PC) or received here (the coordinating unit's); a
        later quarter's package carries this quarter's figures too. Closing a quarter by hand
        sends nothing: it does not count.
        """
        report = PackageKind.REPORT.value
        return frozenset(
            (str(entity), UnitCode(str(unit)))
            for entity, unit in self._db.execute(
                "SELECT entity_code, unit_code FROM package_exports WHERE kind = ? AND year = ? "
                "AND quarter >= ? AND file_name IS NOT NULL UNION SELECT entity_code, unit_code "
                "FROM received_packages WHERE kind = ? AND year = ? AND quarter >= ?",
                [report, year, int(quarter), report, year, int(quarter)],
            ).fetchall()
        )

    def sent_quarters(self, year: int, unit: UnitCode) -> frozenset[Quarter]:
        """The quarters of the year whose own report package this database wrote for the unit."""
        return frozenset(
            Quarter(int(row[0]))
            for row in self._db.execute(
                "SELECT DISTINCT quarter FROM package_exports WHERE kind = ? AND year = ? "
                "AND unit_code = ? AND file_name IS NOT NULL",
                [PackageKind.REPORT.value, year, unit.value],
            ).fetchall()
        )

    def history(self, unit: UnitCode | None = None) -> list[PackageRecord]:
        """Finished exports, oldest first (of one unit, or all)."""
        where, params = "file_name IS NOT NULL", []
        if unit is not None:
            where += " AND unit_code = ?"
            params.append(unit.value)
        return [
            PackageRecord(
                entity=r["entity_code"],
                unit=UnitCode(r["unit_code"]),
                year=r["year"],
                quarter=Quarter(r["quarter"]),
                sequence=r["sequence"],
                created_at=r["created_at"],
                file_name=r["file_name"],
                sha256=r["sha256"],
            )
            for r in self._db.query(
                f"SELECT * FROM package_exports WHERE {where} ORDER BY id", params
            )
        ]
