"""The coordinating unit's observations on metas: written there, received by the unit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.observation import Observation, UnitObservations
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.connection import Database

_INSERT = (
    "INSERT INTO observations (year, quarter, meta_stable_id, text, author, at) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)


# Per unit, the quarter's observations on its metas; those its last package of observations
# of the quarter did not carry: after its mark (the last observation it carried), or, for a
# package written before marks, after its time (julianday reads the offset); and those it
# carried and that were removed since (it carried every one up to its mark).
# A package goes to a unit code whole, every dependency's metas of that code, and is recorded
# under one dependency: read per code, or the others' observations never counted as sent.
def _by_units(columns: tuple[str, ...]) -> str:
    """The query of ``by_unit`` grouped by ``columns`` (the unit's code, or its dependency too)."""
    keys = ", ".join(columns)
    same_later = " AND ".join(f"later.{c} = p.{c}" for c in columns)
    same_sent = " AND ".join(f"sent.{c} = m.{c}" for c in columns)
    in_metas = ", ".join(f"m.{c}" for c in columns)
    return f"""
WITH sent AS (
    SELECT {keys}, audit_mark AS mark, carried, julianday(created_at) AS at
    FROM package_exports AS p
    WHERE kind = ? AND year = ? AND quarter = ? AND file_name IS NOT NULL AND id = (
        SELECT MAX(id) FROM package_exports AS later
        WHERE later.kind = p.kind AND later.year = p.year AND later.quarter = p.quarter
            AND {same_later} AND later.file_name IS NOT NULL
    )
), counted AS (
    SELECT {in_metas}, COUNT(*) AS written,
        SUM(CASE WHEN sent.at IS NULL THEN 1
            WHEN sent.mark IS NOT NULL THEN o.id > sent.mark
            ELSE julianday(o.at) > sent.at END) AS unsent
    FROM observations AS o
    JOIN metas AS m ON m.year = o.year AND m.stable_id = o.meta_stable_id
    LEFT JOIN sent ON {same_sent}
    WHERE o.year = ? AND o.quarter = ?
    GROUP BY {in_metas}
)
SELECT {keys}, COALESCE(written, 0), COALESCE(unsent, 0),
    MAX(COALESCE(carried, 0) - COALESCE(written - unsent, 0), 0)
FROM (SELECT {keys} FROM counted UNION SELECT {keys} FROM sent)
LEFT JOIN counted USING ({keys})
LEFT JOIN sent USING ({keys})
"""


_BY_DEPENDENCY = _by_units(("entity_code", "unit_code"))


def _values(item: Observation) -> list[object]:
    return [item.year, int(item.quarter), item.meta_id, item.text, item.author, item.at]


def _from_row(row: Mapping[str, Any]) -> Observation:
    return Observation(
        year=int(row["year"]),
        quarter=Quarter(int(row["quarter"])),
        meta_id=str(row["meta_stable_id"]),
        text=str(row["text"]),
        author=str(row["author"]),
        at=str(row["at"]),
        id=int(row["id"]),
    )


class ObservationRepository:
    """Observations per meta and quarter, in the order they were written."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, observation: Observation) -> Observation:
        """Store a new observation; the returned copy carries its id."""
        with self._db.atomic():
            cursor = self._db.execute(_INSERT, _values(observation))
        return replace(observation, id=cursor.lastrowid)

    def remove(self, observation_id: int, year: int, quarter: Quarter) -> bool:
        """Delete one observation of the year and quarter; True if there was one."""
        with self._db.atomic():
            cursor = self._db.execute(
                "DELETE FROM observations WHERE id = ? AND year = ? AND quarter = ?",
                [observation_id, year, int(quarter)],
            )
        return bool(cursor.rowcount)

    def for_meta(self, year: int, meta_id: str) -> list[Observation]:
        """Every observation of one meta, by quarter then age."""
        return self._select("year = ? AND meta_stable_id = ?", [year, meta_id])

    def for_metas(self, year: int, quarter: Quarter, meta_ids: Iterable[str]) -> list[Observation]:
        """The observations of one quarter on the given metas."""
        wanted = set(meta_ids)
        return [
            item
            for item in self._select("year = ? AND quarter = ?", [year, int(quarter)])
            if item.meta_id in wanted
        ]

    def by_unit(self, year: int, quarter: Quarter) -> dict[UnitCode, UnitObservations]:
        """Per unit with any, the quarter's observations written, not sent, removed since sent.

        Each dependency's unit of that code is counted against its own packages, then added.
        """
        by_code: dict[UnitCode, UnitObservations] = {}
        for (_entity, unit), counted in self.by_dependency(year, quarter).items():
            before = by_code.get(unit, UnitObservations(0, 0))
            by_code[unit] = UnitObservations(
                before.written + counted.written,
                before.unsent + counted.unsent,
                before.removed + counted.removed,
            )
        return by_code

    def by_dependency(
        self, year: int, quarter: Quarter
    ) -> dict[tuple[str, UnitCode], UnitObservations]:
        """As ``by_unit``, per (dependency, unit): a state's report repeats a code under several."""
        rows = self._db.execute(
            _BY_DEPENDENCY,
            [PackageKind.OBSERVATIONS.value, year, int(quarter), year, int(quarter)],
        ).fetchall()
        return {
            (str(entity), UnitCode(str(unit))): UnitObservations(
                int(written), int(unsent), int(removed)
            )
            for entity, unit, written, unsent, removed in rows
            if written or removed
        }

    def replace(
        self, year: int, quarter: Quarter, meta_ids: Sequence[str], items: Iterable[Observation]
    ) -> None:
        """Make ``items`` the only observations of that quarter on those metas."""
        with self._db.atomic():
            self._db.conn.executemany(
                "DELETE FROM observations WHERE year = ? AND quarter = ? AND meta_stable_id = ?",
                [(year, int(quarter), meta_id) for meta_id in meta_ids],
            )
            self._db.conn.executemany(_INSERT, [_values(item) for item in items])

    def _select(self, where: str, params: list[object]) -> list[Observation]:
        return [
            _from_row(row)
            for row in self._db.query(
                f"SELECT * FROM observations WHERE {where} ORDER BY meta_stable_id, quarter, id",
                params,
            )
        ]
