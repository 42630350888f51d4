"""Changes of modified targets a unit asked for in its package, waiting for the coordinator."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import TargetChangeRequest
from ism_desktop.store.connection import Database


def _from_row(row: Mapping[str, Any]) -> TargetChangeRequest:
    return TargetChangeRequest(
        year=int(row["year"]),
        entity=str(row["entity_code"]),
        unit=UnitCode(str(row["unit_code"])),
        meta_id=str(row["meta_stable_id"]),
        field=str(row["field"]),
        label=str(row["label"]),
        current=str(row["current_value"]),
        requested=str(row["requested_value"]),
        reason=str(row["reason"]),
        document=str(row["document"]),
        requested_at=str(row["requested_at"]),
        sequence=int(row["sequence"]),
        request_id=int(row["id"]),
    )


_LAST_NUMBER = "ultimo_numero_de_solicitud"
_INSERT = (
    "INSERT INTO target_change_requests (id, year, entity_code, unit_code, meta_stable_id, field, "
    "label, current_value, requested_value, reason, document, requested_at, sequence) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_UPDATE = (
    "UPDATE target_change_requests SET label = ?, current_value = ?, reason = ?, document = ?, "
    "requested_at = ?, sequence = ? WHERE id = ?"
)


def _details(r: TargetChangeRequest) -> list[object]:
    """What may change in a request asked again in a later package (not what it asks)."""
    return [r.label, r.current, r.reason, r.document, r.requested_at, r.sequence]


def _row(r: TargetChangeRequest) -> list[object]:
    return [
        r.year, r.entity, r.unit.value, r.meta_id, r.field, r.label, r.current, r.requested,
        r.reason, r.document, r.requested_at, r.sequence,
    ]  # fmt: skip


class TargetRequestRepository:
    """The pending requests: each package of a unit replaces that unit's requests of the year."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def replace_for_unit(
        self, year: int, entity: str, unit: UnitCode, requests: Iterable[TargetChangeRequest]
    ) -> None:
        """Keep these as the unit's requests of the year (its latest package's).

        A request asked as before keeps its number, which ``solicitudes aprobar N`` names: given
        anew with each package, N became another meta's request. A new one gets a number never
        given before. One the coordinator decided is not asked again by a package made before
        the unit learnt the decision (same request, same moment); asked again later, it is.
        """
        scope = [year, entity, unit.value]
        kept = {
            (str(row[1]), str(row[2])): (int(row[0]), str(row[3]))
            for row in self._db.execute(
                "SELECT id, meta_stable_id, field, requested_value FROM target_change_requests "
                "WHERE year = ? AND entity_code = ? AND unit_code = ?",
                scope,
            ).fetchall()
        }
        wanted = {(r.meta_id, r.field): r for r in requests if not self._decided(r)}
        with self._db.atomic():
            for key, (number, requested) in kept.items():
                if key not in wanted or wanted[key].requested != requested:
                    self._db.execute("DELETE FROM target_change_requests WHERE id = ?", [number])
            new = []
            for key, request in wanted.items():
                same = kept.get(key)
                if same is not None and same[1] == request.requested:
                    self._db.execute(_UPDATE, [*_details(request), same[0]])
                else:
                    new.append(request)
            if new:
                # The numbers just deleted count too: the first replacement kept no record.
                gone = max((number for number, _ in kept.values()), default=0)
                first = self._numbers_from(len(new), gone)
                self._db.conn.executemany(
                    _INSERT, [[first + i, *_row(request)] for i, request in enumerate(new)]
                )

    def _decided(self, request: TargetChangeRequest) -> bool:
        return (
            self._db.execute(
                "SELECT 1 FROM target_request_decisions WHERE year = ? AND meta_stable_id = ? "
                "AND field = ? AND requested_value = ? AND requested_at = ?",
                [
                    request.year,
                    request.meta_id,
                    request.field,
                    request.requested,
                    request.requested_at,
                ],
            ).fetchone()
            is not None
        )

    def _numbers_from(self, count: int, gone: int) -> int:
        """The first of ``count`` new numbers, above every one given before (gone ones too)."""
        row = self._db.execute(
            "SELECT value FROM settings WHERE key = ?", [_LAST_NUMBER]
        ).fetchone()
        given = int(row[0]) if row is not None else 0
        highest = self._db.execute("SELECT MAX(id) FROM target_change_requests").fetchone()[0]
        first = max(given, int(highest or 0), gone) + 1
        self._db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [_LAST_NUMBER, str(first + count - 1)],
        )
        return first

    def pending(self, year: int, unit: UnitCode | None = None) -> list[TargetChangeRequest]:
        """The requests of a year (of one unit, or all), by unit, meta and field."""
        where = "year = ?"
        params: list[object] = [year]
        if unit is not None:
            where += " AND unit_code = ?"
            params.append(unit.value)
        return self._select(where, params)

    def for_meta(self, year: int, meta_id: str) -> list[TargetChangeRequest]:
        """The requests on one meta."""
        return self._select("year = ? AND meta_stable_id = ?", [year, meta_id])

    def _select(self, where: str, params: list[Any]) -> list[TargetChangeRequest]:
        return [
            _from_row(row)
            for row in self._db.query(
                f"SELECT * FROM target_change_requests WHERE {where} "
                "ORDER BY entity_code, unit_code, meta_stable_id, field",
                params,
            )
        ]
