"""Files a killed or failed backup left in the backups folder: old ones are removed, with SQLite's.

The copy being written is a database of its own while it is made: SQLite puts its journal, or
its -wal and -shm, beside the ``.parcial`` file, and a kill leaves them there too.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ism_desktop.store.backup_catalogue import clean_partial_files

PARTIAL = "avance__20240502-103000-000000__manual.sqlite3.parcial"


def leftovers() -> Iterator[str]:
    """The names a backup killed half-way can leave: the partial copy and SQLite's files."""
    yield PARTIAL
    for companion in ("-wal", "-shm", "-journal"):
        yield PARTIAL + companion
    yield "avance__20240502-103000-000000__manual.sqlite3.json.parcial"


@pytest.mark.parametrize("name", list(leftovers()))
def test_an_old_leftover_is_removed_and_a_recent_one_kept(tmp_path: Path, name: str) -> None:
    old = tmp_path / name
    recent = tmp_path / name.replace("103000", "113000")
    kept = tmp_path / "avance__20240502-103000-000000__manual.sqlite3-wal"
    for path in (old, recent, kept):
        path.write_bytes(b"\x00" * 64)
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    os.utime(kept, (an_hour_ago, an_hour_ago))

    removed = clean_partial_files(tmp_path)

    assert removed == [old]
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([recent.name, kept.name])
