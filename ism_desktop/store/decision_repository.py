"""Decisions on target-change requests: taken at the coordinating unit, learnt by the unit."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ism_desktop.domain.audit import Author, TargetChangeReason
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.limits import readable_text
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.year_news import Decision
from ism_desktop.store.connection import Database
from ism_desktop.store.database import StoreError
from ism_desktop.store.meta_edit_repository import MetaEditRepository

_COLUMNS = (
    "year, entity_code, unit_code, meta_stable_id, field, label, current_value, requested_value, "
    "request_reason, requested_at, decision, document, reason, decided_by, decided_at, request_id"
)


def _values(d: Decision) -> tuple[object, ...]:
    return (
        d.year,
        d.entity,
        d.unit.value,
        d.meta_id,
        d.field,
        d.label,
        d.current,
        d.requested,
        d.request_reason,
        d.requested_at,
        d.decision,
        d.document,
        d.reason,
        d.decided_by,
        d.decided_at,
        d.request_id,
    )


# Per unit, the metas with a decision taken after the unit's last programa base or package of
# observations of the year (every one of them carries all the year's decisions of the unit).
# Times are compared as instants: julianday reads the offset each text carries.
_UNSENT = """
SELECT d.entity_code, d.unit_code, COUNT(DISTINCT d.meta_stable_id)
FROM target_request_decisions AS d
LEFT JOIN (
    SELECT entity_code, unit_code, MAX(julianday(created_at)) AS at
    FROM package_exports
    WHERE kind IN (?, ?) AND year = ? AND file_name IS NOT NULL
    GROUP BY entity_code, unit_code
) AS sent ON sent.entity_code = d.entity_code AND sent.unit_code = d.unit_code
WHERE d.year = ? AND (sent.at IS NULL OR julianday(d.decided_at) > sent.at)
GROUP BY d.entity_code, d.unit_code
"""


class DecisionRepository:
    """Stores decisions together with the target change they make, in one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._edits = MetaEditRepository(db)

    def decide(
        self,
        decisions: Sequence[Decision],
        request_ids: Iterable[int],
        edit: tuple[Meta, Meta] | None,
        author: Author,
    ) -> None:
        """At the coordinator: record decisions, drop the requests, apply an approved change."""
        try:
            with self._db.atomic():
                self.record(decisions)
                self._db.conn.executemany(
                    "DELETE FROM target_change_requests WHERE id = ?",
                    [(request_id,) for request_id in request_ids],
                )
                if edit is not None:
                    first = decisions[0]
                    reason = TargetChangeReason(
                        # A request an older version stored unchecked is still decided.
                        "Solicitud de la unidad "
                        f"{first.unit} aprobada: {readable_text(first.request_reason)}",
                        first.document,
                    )
                    self._edits.save(first.year, edit[0], edit[1], author, reason)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"no se pudo guardar la decisión: {exc}") from exc

    def record(self, decisions: Iterable[Decision]) -> int:
        """Keep decisions not yet known (inside the caller's transaction); how many were new."""
        added = 0
        for item in decisions:
            if not self.is_known(item):
                self._db.execute(
                    f"INSERT INTO target_request_decisions ({_COLUMNS}) "
                    f"VALUES ({', '.join('?' for _ in range(16))})",
                    list(_values(item)),
                )
                added += 1
        return added

    def unsent_by_unit(self, year: int) -> dict[UnitCode, int]:
        """Per unit code with any, the metas decided on since its last package that carries them."""
        by_code: dict[UnitCode, int] = {}
        for (_entity, unit), metas in self.unsent_by_dependency(year).items():
            by_code[unit] = by_code.get(unit, 0) + metas
        return by_code

    def unsent_by_dependency(self, year: int) -> dict[tuple[str, UnitCode], int]:
        """As ``unsent_by_unit``, per (dependency, unit): a code repeats under several."""
        kinds = [PackageKind.BASE.value, PackageKind.OBSERVATIONS.value]
        rows = self._db.execute(_UNSENT, [*kinds, year, year]).fetchall()
        return {(str(entity), UnitCode(str(unit))): int(n) for entity, unit, n in rows}

    def years_before(self, year: int) -> list[int]:
        """The years before ``year`` with any decision taken here, oldest first."""
        rows = self._db.execute(
            "SELECT DISTINCT year FROM target_request_decisions WHERE year < ? ORDER BY year",
            [year],
        ).fetchall()
        return [int(row[0]) for row in rows]

    def is_known(self, decision: Decision) -> bool:
        """Whether this decision is kept already (a package carries every decision of a unit)."""
        known = self._db.execute(
            "SELECT 1 FROM target_request_decisions WHERE year = ? AND meta_stable_id = ? "
            "AND field = ? AND requested_value = ? AND decided_at = ?",
            [
                decision.year,
                decision.meta_id,
                decision.field,
                decision.requested,
                decision.decided_at,
            ],
        ).fetchone()
        return known is not None

    def for_year(self, year: int, unit: UnitCode | None = None) -> list[Decision]:
        """The decisions of a year (of one unit, or all), oldest first."""
        where, params = "year = ?", [year]
        if unit is not None:
            where += " AND unit_code = ?"
            params.append(unit.value)  # type: ignore[arg-type]
        return [
            _decision(r)
            for r in self._db.query(
                f"SELECT * FROM target_request_decisions WHERE {where} ORDER BY id", params
            )
        ]

    def for_request(self, year: int, request_id: int) -> Decision | None:
        """The decision that answered the request with this number, if it was decided."""
        row = next(
            self._db.query(
                "SELECT * FROM target_request_decisions WHERE year = ? AND request_id = ? "
                "ORDER BY id LIMIT 1",
                [year, request_id],
            ),
            None,
        )
        return None if row is None else _decision(row)


def _decision(r: Mapping[str, Any]) -> Decision:
    return Decision(
        int(r["year"]),
        str(r["entity_code"]),
        UnitCode(str(r["unit_code"])),
        str(r["meta_stable_id"]),
        str(r["field"]),
        str(r["label"]),
        str(r["current_value"]),
        str(r["requested_value"]),
        str(r["request_reason"]),
        str(r["requested_at"]),
        str(r["decision"]),
        str(r["document"]),
        str(r["reason"]),
        str(r["decided_by"]),
        str(r["decided_at"]),
        int(r["id"]),
        int(r["request_id"]),
    )
