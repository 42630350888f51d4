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


@dataclass(frozen=True, slots=True)
class SentQuarterChange:
    """A change to a quarter after its package went out; a justification has no old value."""

    quarter: Quarter
    meta_id: str
    field: str
    old: str | None
    new: str | None
    author: str


@dataclass(frozen=True, slots=True)
class SinceSent:
    """Of a unit's quarters sent from here: those open now, and what changed after sending."""

    reopened: frozenset[Quarter]
    changes: tuple[SentQuarterChange, ...]


# The last package of each quarter: its audit and justification marks, or (written before
# marks) its time. Every numbered justification write came after a package without marks:
# such a package was written by a version that had no log, before this one made it. Times
# are compared as instants (julianday reads the offset); a clock once ahead makes what was
# written then look later than every package, so marks come first.
_SINCE_SENT = """
WITH sent AS (
    SELECT quarter, MAX(audit_mark) AS mark, MAX(justification_mark) AS justified,
        MAX(julianday(created_at)) AS at
    FROM package_exports
    WHERE kind = ? AND year = ? AND entity_code = ? AND unit_code = ? AND file_name IS NOT NULL
    GROUP BY quarter
), own AS (
    SELECT stable_id FROM metas WHERE year = ? AND entity_code = ? AND unit_code = ?
)
SELECT sent.quarter, NULL, NULL, NULL, NULL, NULL, 0
    FROM sent JOIN quarter_closures AS c ON c.quarter = sent.quarter
    WHERE c.year = ? AND c.entity_code = ? AND c.unit_code = ? AND NOT c.closed
UNION ALL
SELECT sent.quarter, a.meta_stable_id, a.field, a.old_value, a.new_value, a.profile, a.id
    FROM own JOIN audit_log AS a ON a.year = ? AND a.meta_stable_id = own.stable_id
    JOIN sent ON a.field GLOB 'realizado.t' || sent.quarter || '.*'
        OR a.field = 'evaluacion.t' || sent.quarter
    WHERE CASE WHEN sent.mark IS NULL THEN julianday(a.at) > sent.at ELSE a.id > sent.mark END
UNION ALL
SELECT sent.quarter, j.meta_stable_id, 'justificacion.' || j.rule_code, NULL, j.text, j.author,
        0
    FROM own JOIN justifications AS j ON j.year = ? AND j.meta_stable_id = own.stable_id
    JOIN sent ON j.quarter = sent.quarter
    WHERE sent.justified IS NULL AND julianday(j.at) > sent.at
UNION ALL
SELECT sent.quarter, w.meta_stable_id, 'justificacion.' || w.rule_code, NULL,
        COALESCE(j.text, ''), COALESCE(j.author, ''), 0
    FROM own JOIN justification_writes AS w ON w.year = ? AND w.meta_stable_id = own.stable_id
    JOIN sent ON w.quarter = sent.quarter AND w.id > COALESCE(sent.justified, 0)
    LEFT JOIN justifications AS j ON j.year = w.year AND j.meta_stable_id = w.meta_stable_id
        AND j.quarter = w.quarter AND j.rule_code = w.rule_code
    GROUP BY sent.quarter, w.meta_stable_id, w.rule_code
ORDER BY 1, 2, 3, 7
"""


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
                    f"unidad {unit} ya usó el envío número {floor}, más de lo que la unidad "
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

    def complete(
        self,
        reservation: PackageReservation,
        file_name: str,
        sha256: str,
        audit_mark: int | None = None,
        justification_mark: int | None = None,
        carried: int | None = None,
    ) -> None:
        """Record the file a reserved export produced (and the last writes it had read).

        ``carried``: of a package of observations, how many it carries.
        """
        with self._db.atomic():
            self._db.execute(
                "UPDATE package_exports SET file_name = ?, sha256 = ?, audit_mark = ?, "
                "justification_mark = ?, carried = ? WHERE id = ?",
                [file_name, sha256, audit_mark, justification_mark, carried, reservation.record_id],
            )

    def audit_mark(self) -> int:
        """The number of the last audit entry (0 with none): a package read what is up to it."""
        return int(self._db.execute("SELECT COALESCE(MAX(id), 0) FROM audit_log").fetchone()[0])

    def justification_mark(self) -> int:
        """The number of the last justification write or removal (0 with none): ``audit_mark``."""
        row = self._db.execute("SELECT COALESCE(MAX(id), 0) FROM justification_writes")
        return int(row.fetchone()[0])

    def sent_with(self, year: int, unit: UnitCode, audit_id: int) -> int | None:
        """The sequence of the first report package of the unit that read audit entry ``audit_id``.

        ``None`` when no package written here has carried it yet.
        """
        row = self._db.execute(
            "SELECT MIN(sequence) FROM package_exports WHERE kind = ? AND year = ? "
            "AND unit_code = ? AND file_name IS NOT NULL AND audit_mark >= ?",
            [PackageKind.REPORT.value, year, unit.value, audit_id],
        ).fetchone()
        return None if row[0] is None else int(row[0])

    def since_sent(self, year: int, entity: str, unit: UnitCode) -> SinceSent:
        """The unit's quarters whose report package went out from here: what happened since.

        Of dependency ``entity``'s unit: a state's report holds a 003 under several, and the
        other's packages, reopenings and changes are not this one's.

        One query: which of them are open now, and each change to their achieved figures,
        narratives and justifications after their last package (oldest first per field).
        """
        reopened: set[Quarter] = set()
        changes: list[SentQuarterChange] = []
        report = PackageKind.REPORT.value
        owner = [year, entity, unit.value]  # the sent packages', the metas' and the closings'
        for quarter, meta_id, field, old, new, author, _order in self._db.execute(
            _SINCE_SENT,
            [report, *owner, *owner, *owner, year, year, year],
        ).fetchall():
            if field is None:
                reopened.add(Quarter(int(quarter)))
            else:
                changes.append(
                    SentQuarterChange(
                        Quarter(int(quarter)), str(meta_id), str(field), old, new, str(author)
                    )
                )
        return SinceSent(frozenset(reopened), tuple(changes))

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
