"""The depth naming savepoints stays right after failures; a failure undoes its level only."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from ism_desktop.store.connection import Database


def _db(tmp_path: Path) -> Database:
    db = Database(tmp_path / "a.sqlite3")
    db.execute("CREATE TABLE t (v INTEGER UNIQUE)")
    return db


def _values(db: Database) -> list[int]:
    return [row[0] for row in db.conn.execute("SELECT v FROM t ORDER BY v")]


def _two_levels_then_a_duplicate(db: Database) -> None:
    with db.atomic():
        db.conn.execute("INSERT INTO t VALUES (2)")
        with db.atomic():
            db.conn.execute("INSERT INTO t VALUES (3)")
        db.conn.execute("INSERT INTO t VALUES (1)")  # a duplicate: the level fails


def _write_then_interrupt(db: Database) -> None:
    with db.atomic():
        db.conn.execute("INSERT INTO t VALUES (2)")
        raise KeyboardInterrupt("after writing 2")


def test_a_failed_statement_two_levels_down_undoes_that_level_only(tmp_path: Path) -> None:
    db = _db(tmp_path)
    with db.atomic():
        db.conn.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(sqlite3.IntegrityError, match=r"UNIQUE constraint failed: t\.v"):
            _two_levels_then_a_duplicate(db)
        with db.atomic():  # the same depth again, after the failure
            db.conn.execute("INSERT INTO t VALUES (4)")
    assert _values(db) == [1, 4]
    assert db._depth == 0
    db.close()


def test_a_savepoint_from_another_thread_is_refused_and_moves_nothing(tmp_path: Path) -> None:
    db = _db(tmp_path)
    refused: list[BaseException] = []

    def other() -> None:
        try:
            with db.atomic():
                pass
        except sqlite3.ProgrammingError as exc:
            refused.append(exc)

    with db.atomic():
        with db.atomic():
            thread = threading.Thread(target=other)
            thread.start()
            thread.join()
            db.conn.execute("INSERT INTO t VALUES (1)")
        assert db._depth == 0
    assert len(refused) == 1
    assert _values(db) == [1]
    db.close()


def test_an_interrupt_inside_a_savepoint_undoes_it_and_the_depth_returns(tmp_path: Path) -> None:
    db = _db(tmp_path)
    with db.atomic():
        db.conn.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(KeyboardInterrupt, match=r"^after writing 2$"):
            _write_then_interrupt(db)
        assert db._depth == 0
    assert _values(db) == [1]
    db.close()


def test_one_transaction_object_is_entered_once(tmp_path: Path) -> None:
    """Entering the same ``atomic()`` twice is refused and leaves the open levels as they were."""
    db = _db(tmp_path)
    transaction = db.atomic()
    with transaction:
        db.conn.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(RuntimeError, match="each transaction is entered once"), transaction:
            db.conn.execute("INSERT INTO t VALUES (2)")  # never reached
        with db.atomic():  # a new level still opens and lands at the depth it should
            db.conn.execute("INSERT INTO t VALUES (3)")
    assert _values(db) == [1, 3]
    assert not db.conn.in_transaction
    with (
        pytest.raises(RuntimeError, match="each transaction is entered once"),
        transaction,
    ):  # not again, after it ended either
        pass
    assert _values(db) == [1, 3]
