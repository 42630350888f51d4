"""A rehearsal: the writes made inside are read back inside, and none reaches the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ism_desktop.store.errors import StoreError
from ism_desktop.store.store import Store


def _set(store: Store, key: str, value: str) -> None:
    store._db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def _get(store: Store, key: str) -> str | None:
    row = store._db.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def _write_then_fail(store: Store) -> None:
    with store.rehearsal():
        _set(store, "ensayo", "1")
        _ = 1 / 0


def _settings_rows(path: Path) -> list[tuple[str, str]]:
    # A connection of its own: what the file holds, not what the store's connection sees.
    db = sqlite3.connect(path)
    try:
        return sorted(db.execute("SELECT key, value FROM settings"))
    finally:
        db.close()


def test_a_rehearsal_sees_its_own_writes_and_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "datos.sqlite3"
    with Store.open(path) as store:
        _set(store, "ya", "antes")
        before = _settings_rows(path)
        with store.rehearsal():
            _set(store, "ensayo", "1")
            _set(store, "ya", "durante")
            assert _get(store, "ensayo") == "1"
            assert _get(store, "ya") == "durante"
        assert _get(store, "ensayo") is None
        assert not store.in_transaction
    assert _settings_rows(path) == before


def test_an_error_in_a_rehearsal_goes_up_and_nothing_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "datos.sqlite3"
    with Store.open(path) as store:
        with pytest.raises(ZeroDivisionError, match="division by zero"):
            _write_then_fail(store)
        assert _get(store, "ensayo") is None


def test_a_rehearsal_that_cannot_begin_says_so_in_spanish(tmp_path: Path) -> None:
    path = tmp_path / "datos.sqlite3"
    Store.open(path).close()
    other = sqlite3.connect(path, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another program writing
    try:
        with Store.open(path) as store:
            store._db.conn.execute("PRAGMA busy_timeout = 0")
            with (
                pytest.raises(StoreError, match="Otro programa está usando la base de datos"),
                store.rehearsal(),
            ):
                pytest.fail("the rehearsal must not begin while another program writes")
    finally:
        other.rollback()
        other.close()
