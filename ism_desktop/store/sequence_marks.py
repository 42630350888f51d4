"""The highest package sequence number used per unit, also kept in a file beside the database.

Restoring a backup puts an older database back, with the package log as it was then; the file
beside it is not restored, so the next package still gets a number above every one sent. The
coordinating unit's programme base adds the last number it received (a reinstalled PC).
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from ism_desktop.domain.codes import UnitCode

SUFFIX = ".secuencias.json"


def marks_path(db_path: Path) -> Path:
    """The file beside ``db_path`` (``ism_avance.sqlite3.secuencias.json``)."""
    return db_path.with_name(db_path.name + SUFFIX)


class SequenceMarks:
    """Per entity and unit, a number the next package's sequence must exceed."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._memory: dict[str, int] = {}

    @property
    def file_name(self) -> str:
        """The file's name, for a message (``""`` when the marks live in memory only)."""
        return "" if self._path is None else self._path.name

    def get(self, entity: str, unit: UnitCode) -> int:
        """The mark of a unit (0 when none)."""
        return max(self._read().get(_key(entity, unit), 0), 0)

    def raise_to(self, entity: str, unit: UnitCode, value: int) -> None:
        """Make the mark at least ``value``; a file that cannot be written is left as it was."""
        marks = self._read()
        key = _key(entity, unit)
        if marks.get(key, 0) >= value:
            return
        marks[key] = value
        self._memory = marks
        if self._path is None:
            return
        temporary = self._path.with_name(self._path.name + ".tmp")
        # The database keeps the number too: losing this file only matters after a restore.
        with contextlib.suppress(OSError):
            temporary.write_text(json.dumps(marks, indent=2), encoding="utf-8")
            os.replace(temporary, self._path)

    def _read(self) -> dict[str, int]:
        if self._path is None:
            return dict(self._memory)
        try:
            document = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(document, dict):
            return {}
        return {k: v for k, v in document.items() if isinstance(k, str) and type(v) is int}


def _key(entity: str, unit: UnitCode) -> str:
    return f"{entity}/{unit.value}"
