"""A damaged database left with a write-ahead log: its -wal is kept byte for byte, never lost.

After a power cut the newest committed work may be only in ``<db>-wal``. SQLite replays that log
into the main file and empties it when a connection that may write closes (and deletes it
outright when the main file is empty), so the program keeps both files' bytes before any such
connection touches a damaged file. Real files: the log is left as a power cut leaves it.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from ism_desktop.platform import backups_dir
from ism_desktop.store.backup import REASON_DAMAGED, create_backup, restore_backup
from ism_desktop.store.backup_catalogue import BackupInfo, list_backups
from ism_desktop.store.database import open_database
from ism_desktop.store.errors import DamagedDataError
from ism_desktop.store.store import Store

PAGE = 4096
ROWS = 40


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def leave_work_in_the_log(db: Path, work: Path) -> None:
    """Commit rows that stay in the -wal, and leave the files as a power cut would."""
    connection = sqlite3.connect(db, isolation_level=None)
    try:
        connection.execute("PRAGMA wal_autocheckpoint = 0")
        for number in range(ROWS):
            connection.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)", [f"trabajo {number}", "x" * 300]
            )
        work.mkdir()
        # Copied while the connection is open: its close would replay and delete the log.
        for suffix in ("", "-wal", "-shm"):
            shutil.copyfile(db.with_name(db.name + suffix), work / (db.name + suffix))
    finally:
        connection.close()
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(work / (db.name + suffix), db.with_name(db.name + suffix))


def damage_pages(db: Path) -> None:
    """Overwrite the start of every page after the first: btree headers no reader accepts."""
    data = bytearray(db.read_bytes())
    for start in range(PAGE, len(data), PAGE):
        data[start : start + 100] = b"\xff" * 100
    db.write_bytes(bytes(data))


@pytest.fixture
def crashed(tmp_path: Path) -> tuple[Path, BackupInfo]:
    """A database whose newest work is only in its -wal, and a good copy made before that work."""
    db = tmp_path / "avance.sqlite3"
    open_database(db).close()
    good = create_backup(db, backups_dir(), "manual")
    leave_work_in_the_log(db, tmp_path / "al_cortarse_la_luz")
    assert wal_of(db).stat().st_size > PAGE * 10
    return db, good


def kept_copies(db: Path) -> list[BackupInfo]:
    return [info for info in list_backups(backups_dir(), db) if "dañado" in info.reason]


def test_the_log_holds_the_work_before_any_damage(crashed: tuple[Path, BackupInfo]) -> None:
    # The fixture is what it claims: a copy with its log reads the work back.
    db, _good = crashed
    with contextlib.closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as ro:
        rows = ro.execute("SELECT COUNT(*) FROM settings WHERE key LIKE 'trabajo %'").fetchone()
    assert rows[0] == ROWS


def test_opening_a_damaged_file_keeps_its_log_first_and_leaves_it_in_place(
    crashed: tuple[Path, BackupInfo],
) -> None:
    db, _good = crashed
    damage_pages(db)
    main_bytes, log_bytes = db.read_bytes(), wal_of(db).read_bytes()

    with pytest.raises(DamagedDataError, match="dañad") as refused:
        open_database(db)

    assert db.read_bytes() == main_bytes
    assert wal_of(db).read_bytes() == log_bytes
    (kept,) = kept_copies(db)
    assert kept.path.read_bytes() == main_bytes
    assert wal_of(kept.path).read_bytes() == log_bytes
    assert kept.path.name in str(refused.value)


def test_opening_it_again_keeps_no_second_copy_of_the_same_bytes(
    crashed: tuple[Path, BackupInfo],
) -> None:
    db, _good = crashed
    damage_pages(db)
    for _ in range(3):
        with pytest.raises(DamagedDataError, match="el archivo de la base de datos está dañado"):
            Store.open(db)

    assert len(kept_copies(db)) == 1


def test_restoring_over_a_damaged_file_keeps_its_log_as_it_was(
    crashed: tuple[Path, BackupInfo],
) -> None:
    # What the window does: the file does not open, the person restores the good copy.
    db, good = crashed
    damage_pages(db)
    main_bytes, log_bytes = db.read_bytes(), wal_of(db).read_bytes()
    with pytest.raises(DamagedDataError, match="el archivo de la base de datos está dañado"):
        Store.open(db)

    safety = restore_backup(good, db, backups_dir())

    assert safety is not None
    assert safety.reason in (REASON_DAMAGED, *(info.reason for info in kept_copies(db)))
    assert safety.path.read_bytes() == main_bytes
    assert wal_of(safety.path).read_bytes() == log_bytes
    with Store.open(db) as store:
        assert store.path == db


def test_restoring_keeps_the_log_even_when_nothing_opened_the_file_before(
    crashed: tuple[Path, BackupInfo],
) -> None:
    db, good = crashed
    damage_pages(db)
    main_bytes, log_bytes = db.read_bytes(), wal_of(db).read_bytes()

    safety = restore_backup(good, db, backups_dir())

    assert safety is not None
    assert safety.path.read_bytes() == main_bytes
    assert wal_of(safety.path).read_bytes() == log_bytes


def test_an_emptied_main_file_does_not_lose_the_log(crashed: tuple[Path, BackupInfo]) -> None:
    # SQLite deletes the -wal of an empty main file as it opens it: the work would be gone and
    # the file silently started again as a new database.
    db, _good = crashed
    db.write_bytes(b"")
    log_bytes = wal_of(db).read_bytes()

    with pytest.raises(DamagedDataError, match="dañad"):
        open_database(db)

    assert db.read_bytes() == b""
    assert wal_of(db).read_bytes() == log_bytes
    (kept,) = kept_copies(db)
    assert wal_of(kept.path).read_bytes() == log_bytes


def test_a_sound_file_left_with_its_log_opens_with_its_work_and_no_copy(
    crashed: tuple[Path, BackupInfo],
) -> None:
    db, _good = crashed

    with Store.open(db) as store:
        rows = list(store._db.query("SELECT key FROM settings WHERE key LIKE 'trabajo %'"))

    assert len(rows) == ROWS
    assert kept_copies(db) == []


def test_a_copy_that_cannot_be_kept_is_said_and_the_file_left_as_it_was(
    crashed: tuple[Path, BackupInfo],
) -> None:
    db, _good = crashed
    damage_pages(db)
    main_bytes, log_bytes = db.read_bytes(), wal_of(db).read_bytes()
    shutil.rmtree(backups_dir())
    backups_dir().write_text("un archivo donde debería estar la carpeta", encoding="utf-8")

    with pytest.raises(DamagedDataError, match="No se pudo guardar una copia") as refused:
        open_database(db)

    assert "no se abrió ni se cambió nada" in str(refused.value)
    assert db.read_bytes() == main_bytes
    assert wal_of(db).read_bytes() == log_bytes
