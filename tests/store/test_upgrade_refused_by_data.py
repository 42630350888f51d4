"""An upgrade a step of which the older file's data refuses: said in Spanish, the file as it was.

The file is one a real older version wrote (``fixtures/esquema_0001_v0.1.0.sqlite3``); the
failing step is SQL its data cannot take (a unique index over a column whose values repeat), as
a constraint added by a new version would meet data an old one let in.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from ism_desktop.store import schema
from ism_desktop.store.connection import Database
from ism_desktop.store.database import open_database
from ism_desktop.store.errors import DamagedDataError, StoreError
from ism_desktop.store.migrations import Migration

FIXTURE = Path(__file__).parent / "fixtures" / "esquema_0001_v0.1.0.sqlite3"


def dump(path: Path) -> list[str]:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
        return list(connection.iterdump())


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "de_la_version_0_1_0.sqlite3"
    shutil.copyfile(FIXTURE, path)
    return path


def test_a_step_the_data_refuses_leaves_the_file_as_it_was_and_says_so(
    old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before_bytes, before_dump = old_file.read_bytes(), dump(old_file)
    calls = 0
    original = schema._apply

    def third_step_refused(db: Database, migration: Migration) -> None:
        nonlocal calls
        calls += 1
        original(db, migration)
        if calls == 3:
            # The 56 metas of one report share their year.
            db.conn.execute("CREATE UNIQUE INDEX nuevo_por_ejercicio ON metas (year)")

    monkeypatch.setattr(schema, "_apply", third_step_refused)

    with pytest.raises(StoreError) as refused:
        open_database(old_file)

    said = str(refused.value)
    assert not isinstance(refused.value, DamagedDataError)  # no backup mends it: it is not damaged
    assert said.startswith(
        "No se actualizó la base de datos «de_la_version_0_1_0.sqlite3» a esta versión del programa"
    )
    assert said.endswith("No se cambió nada.")
    assert calls == 3
    assert dump(old_file) == before_dump
    assert old_file.read_bytes() == before_bytes
