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


class TargetRequestRepository:
    """The pending requests: each package of a unit replaces that unit's requests of the year."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def replace_for_unit(
        self, year: int, entity: str, unit: UnitCode, requests: Iterable[TargetChangeRequest]
    ) -> None:
        """Forget the unit's requests of the year and keep these instead."""
        with self._db.atomic():
            self._db.execute(
                "DELETE FROM target_change_requests "
                "WHERE year = ? AND entity_code = ? AND unit_code = ?",
                [year, entity, unit.value],
            )
            self._db.conn.executemany(
                "INSERT INTO target_change_requests (year, entity_code, unit_code, "
                "meta_stable_id, field, label, current_value, requested_value, reason, document, "
                "requested_at, sequence) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                # A request the coordinator already decided is not asked again by a package
                # made before the unit learnt the decision.
                "WHERE NOT EXISTS (SELECT 1 FROM target_request_decisions d WHERE d.year = ?1 "
                "AND d.meta_stable_id = ?4 AND d.field = ?5 AND d.requested_value = ?8)",
                [
                    (
                        r.year,
                        r.entity,
                        r.unit.value,
                        r.meta_id,
                        r.field,
                        r.label,
                        r.current,
                        r.requested,
                        r.reason,
                        r.document,
                        r.requested_at,
                        r.sequence,
                    )
                    for r in requests
                ],
            )

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
