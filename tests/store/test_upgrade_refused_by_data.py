"""An upgrade that cannot finish: said in Spanish, the file as it was.

The file is one a real older version wrote (``fixtures/esquema_0001_v0.1.0.sqlite3``); the
failing step is SQL its data cannot take (a unique index over a column whose values repeat), as
a constraint added by a new version would meet data an old one let in; or a disk that fills up
halfway (a child process with ``RLIMIT_FSIZE``); or a file the user may not write.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from ism_desktop.store import schema
from ism_desktop.store.connection import Database
from ism_desktop.store.database import open_database
from ism_desktop.store.errors import DamagedDataError, StoreError
from ism_desktop.store.migrations import Migration
from tests.store.test_write_failures import AS_ORDINARY_USER, FILL_DISK, _child

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


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_disk_that_fills_up_during_the_upgrade_leaves_the_file_as_it_was(
    old_file: Path, tmp_path: Path
) -> None:
    before = dump(old_file)
    # Room for the copy made before the upgrade (the file's size), not for the upgrade's log.
    room = FIXTURE.stat().st_size + 16384

    result = _child(
        FILL_DISK, tmp_path / "datos", str(room), "status", "--trimestre", "1", "--db", old_file
    )

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "El disco está lleno" in result.stderr, result.stderr
    assert "No se cambió nada." in result.stderr
    assert dump(old_file) == before
    copies = list((tmp_path / "datos").rglob("*antes-de-actualizar*.sqlite3"))
    assert len(copies) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and users")
def test_a_read_only_older_database_is_refused_in_spanish_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "solo_lectura"
    folder.mkdir()
    old_file = folder / "de_la_version_0_1_0.sqlite3"
    shutil.copyfile(FIXTURE, old_file)
    data_dir = tmp_path / "datos"
    data_dir.mkdir()
    data_dir.chmod(0o777)
    old_file.chmod(0o444)
    folder.chmod(0o555)
    for path in (tmp_path, *tmp_path.parents):
        if path == Path("/"):
            break
        path.chmod(path.stat().st_mode | stat.S_IXOTH | stat.S_IROTH)
    before = old_file.read_bytes()

    result = _child(AS_ORDINARY_USER, data_dir, "status", "--trimestre", "1", "--db", old_file)

    folder.chmod(0o755)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr
    assert "la base de datos es de solo lectura" in result.stderr, result.stderr
    assert old_file.read_bytes() == before
