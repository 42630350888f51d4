"""Nested transactions are savepoints named by their depth: each undoes its own writes only."""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.store.connection import Database
from ism_desktop.store.database import open_database


class _BoomError(Exception):
    pass


def _values(db: Database) -> list[int]:
    return [row[0] for row in db.conn.execute("SELECT v FROM t ORDER BY v")]


def _write_then_fail(db: Database, *values: int) -> None:
    """Each value in a transaction nested one deeper than the one before, then a failure."""
    with db.atomic():
        db.conn.execute("INSERT INTO t VALUES (?)", [values[0]])
        if len(values) > 1:
            with db.atomic():
                db.conn.execute("INSERT INTO t VALUES (?)", [values[1]])
        raise _BoomError(f"after writing {values}")


def _failing_write(db: Database, value: int) -> None:
    with pytest.raises(_BoomError, match=rf"^after writing \({value},\)$"):
        _write_then_fail(db, value)


def test_a_failed_savepoint_undoes_its_own_writes_and_its_siblings_stay(tmp_path: Path) -> None:
    db = Database(tmp_path / "a.sqlite3")
    db.execute("CREATE TABLE t (v INTEGER)")
    with db.atomic():
        db.conn.execute("INSERT INTO t VALUES (1)")
        with db.atomic():  # a sibling that lands
            db.conn.execute("INSERT INTO t VALUES (2)")
        _failing_write(db, 3)  # a sibling at the same depth that is undone alone
        with db.atomic():
            db.conn.execute("INSERT INTO t VALUES (4)")
            _failing_write(db, 5)  # one level deeper: undone alone, 4 stays
            with db.atomic():
                db.conn.execute("INSERT INTO t VALUES (6)")
    assert _values(db) == [1, 2, 4, 6]
    with pytest.raises(_BoomError, match=r"^after writing \(7, 8\)$"):
        # The whole transaction goes, the inner savepoint's write with it.
        _write_then_fail(db, 7, 8)
    assert _values(db) == [1, 2, 4, 6]
    db.close()


def test_savepoints_at_one_depth_reuse_one_statement(tmp_path: Path) -> None:
    # A new name each time made SQLite compile every SAVEPOINT and RELEASE again, and pushed
    # the real queries out of the connection's statement cache.
    db = Database(tmp_path / "a.sqlite3")
    db.execute("CREATE TABLE t (v INTEGER)")
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    with db.atomic():
        for value in range(50):
            with db.atomic(), db.atomic():
                db.conn.execute("INSERT INTO t VALUES (?)", [value])
    db.conn.set_trace_callback(None)
    savepoints = {sql for sql in seen if "SAVEPOINT" in sql}
    assert len(savepoints) == 4  # SAVEPOINT and RELEASE, at two depths
    assert len(_values(db)) == 50
    db.close()


def test_what_a_savepoint_can_undo_is_kept_in_memory(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.sqlite3")
    assert db.conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    db.close()
