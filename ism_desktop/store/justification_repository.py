"""Storing why a warning is acceptable: justifications and acknowledgements of warnings."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.store.connection import Database
from ism_desktop.store.id_lists import id_chunks

# The same answer saved again (same text or «enterado», same warnings answered) writes nothing:
# it keeps its time, and no write is numbered (``justification_writes``, by trigger), so it is
# no change since a package went out.
_UPSERT = """
    INSERT INTO justifications (year, meta_stable_id, quarter, rule_code, text, acknowledged,
                                author, at, answered)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (year, meta_stable_id, quarter, rule_code) DO UPDATE SET
        text = excluded.text, acknowledged = excluded.acknowledged,
        author = excluded.author, at = excluded.at, answered = excluded.answered
    WHERE text IS NOT excluded.text OR acknowledged IS NOT excluded.acknowledged
        OR answered IS NOT excluded.answered
"""
_KEY_WHERE = "year = ? AND meta_stable_id = ? AND quarter = ? AND rule_code = ?"


def _key_values(key: JustificationKey) -> list[object]:
    return [key.year, key.meta_id, int(key.quarter), key.rule]


def _row_values(justification: Justification) -> list[object]:
    # ASCII JSON: a message received in a package may carry a lone surrogate, which SQLite's
    # UTF-8 text cannot hold.
    answered = justification.answered
    return [
        *_key_values(justification.key),
        justification.text,
        int(justification.is_acknowledgement),
        justification.author,
        justification.at,
        None if answered is None else json.dumps(list(answered)),
    ]


def _answered(stored: object) -> tuple[str, ...] | None:
    if stored is None:
        return None
    try:
        answered = json.loads(str(stored))
    except ValueError:
        return None  # unreadable: counted as not known, so the justification still counts
    if not isinstance(answered, list) or not all(isinstance(item, str) for item in answered):
        return None
    return tuple(answered)


def _from_row(row: Mapping[str, Any]) -> Justification:
    key = JustificationKey(
        int(row["year"]), str(row["meta_stable_id"]), Quarter(row["quarter"]), str(row["rule_code"])
    )
    return Justification(
        key, str(row["text"]), str(row["author"]), str(row["at"]), _answered(row["answered"])
    )


class JustificationRepository:
    """One justification per year, meta, quarter and rule; saving again replaces it."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, justification: Justification) -> bool:
        """Store a justification or an acknowledgement, replacing an earlier one.

        False: the same answer was stored already, and is kept as it was (time and author).
        """
        with self._db.atomic():
            cursor = self._db.execute(_UPSERT, _row_values(justification))
        return bool(cursor.rowcount)

    def save_all(self, justifications: Iterable[Justification]) -> None:
        """Store several at once, in one transaction."""
        with self._db.atomic():
            self._db.conn.executemany(_UPSERT, [_row_values(j) for j in justifications])

    def get(self, key: JustificationKey) -> Justification | None:
        """The justification stored under a key, if any."""
        rows = list(
            self._db.query(f"SELECT * FROM justifications WHERE {_KEY_WHERE}", _key_values(key))
        )
        return _from_row(rows[0]) if rows else None

    def remove(self, key: JustificationKey) -> bool:
        """Forget a justification; True if there was one."""
        with self._db.atomic():
            cursor = self._db.execute(
                f"DELETE FROM justifications WHERE {_KEY_WHERE}", _key_values(key)
            )
        return bool(cursor.rowcount)

    def for_year(self, year: int) -> list[Justification]:
        """Every justification of a year, ordered by meta, quarter and rule."""
        return self._select("year = ?", [year])

    def for_quarter(self, year: int, quarter: Quarter) -> list[Justification]:
        """The justifications of one quarter's report."""
        return self._select("year = ? AND quarter = ?", [year, int(quarter)])

    def for_metas(
        self, year: int, quarter: Quarter, meta_ids: Collection[str]
    ) -> list[Justification]:
        """The justifications of one quarter for these metas (a package's, not the whole year's)."""
        found: list[Justification] = []
        for marks, chunk in id_chunks(sorted(meta_ids)):
            found += self._select(
                f"year = ? AND quarter = ? AND meta_stable_id IN ({marks})",
                [year, int(quarter), *chunk],
            )
        return found

    def written_after(
        self, year: int, quarter: Quarter, meta_ids: Collection[str], mark: int
    ) -> set[JustificationKey]:
        """The keys of these metas' justifications of a quarter written or removed after ``mark``.

        ``mark``: a number of ``justification_writes`` (``PackageRepository.justification_mark``).
        """
        found: set[JustificationKey] = set()
        for marks, chunk in id_chunks(sorted(meta_ids)):
            for row in self._db.query(
                "SELECT DISTINCT meta_stable_id, rule_code FROM justification_writes "
                f"WHERE id > ? AND year = ? AND quarter = ? AND meta_stable_id IN ({marks})",
                [mark, year, int(quarter), *chunk],
            ):
                found.add(
                    JustificationKey(
                        year, str(row["meta_stable_id"]), quarter, str(row["rule_code"])
                    )
                )
        return found

    def for_meta(self, year: int, meta_id: str) -> list[Justification]:
        """The justifications of one meta, every quarter."""
        return self._select("year = ? AND meta_stable_id = ?", [year, meta_id])

    def _select(self, where: str, params: list[object]) -> list[Justification]:
        return [
            _from_row(row)
            for row in self._db.query(
                f"SELECT * FROM justifications WHERE {where} "
                "ORDER BY meta_stable_id, quarter, rule_code",
                params,
            )
        ]
