"""A sound database file beside a damaged write-ahead log: nothing lost without a word.

SQLite replays a ``-wal`` only up to its first damaged frame and ignores one whose header is
unreadable; the next connection that writes starts the log again over those bytes. Committed
work in them would be gone silently. The program keeps both files' bytes, says so, and opens
the file the next time with what can be read. The damage is generated here, on real files.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from ism_desktop.platform import backups_dir
from ism_desktop.store.backup_catalogue import BackupInfo, list_backups
from ism_desktop.store.database import open_database
from ism_desktop.store.errors import DamagedDataError, StoreError
from ism_desktop.store.wal_check import log_has_unreadable_part
from tests.e2e.cli_runner import run_cli

PAGE = 4096
FRAME = 24 + PAGE
ROWS = 20


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def leave_work_in_the_log(db: Path, key: str, earlier: int = 0) -> None:
    """Commit rows into the main file, then ``ROWS`` more left only in the -wal (a power cut).

    ``earlier``: rows more in the main file, a database with a history of its own.
    """
    connection = sqlite3.connect(db, isolation_level=None)
    try:
        connection.execute("INSERT INTO settings (key, value) VALUES ('principal', ?)", [key])
        for number in range(earlier):
            connection.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)", [f"antes {number}", "y" * 900]
            )
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA wal_autocheckpoint = 0")
        for number in range(ROWS):
            connection.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)", [f"{key} {number}", "x" * 300]
            )
    finally:
        cut_the_power(db, connection)


def cut_the_power(db: Path, connection: sqlite3.Connection) -> None:
    """Close ``connection`` leaving ``db`` and its -wal as they were while it was open.

    Copied while the connection is open and put back after: its close would replay and delete
    the log, as a power cut does not.
    """
    snapshot = db.with_name("al_cortarse_la_luz")
    try:
        snapshot.mkdir()
        for suffix in ("", "-wal"):
            shutil.copyfile(db.with_name(db.name + suffix), snapshot / (db.name + suffix))
    finally:
        connection.close()
    for suffix in ("", "-wal"):
        shutil.copyfile(snapshot / (db.name + suffix), db.with_name(db.name + suffix))
    shutil.rmtree(snapshot)


def crashed_database(folder: Path, key: str, earlier: int = 0) -> Path:
    folder.mkdir()
    db = folder / "avance.sqlite3"
    open_database(db).close()
    leave_work_in_the_log(db, key, earlier)
    assert wal_of(db).stat().st_size > FRAME * ROWS // 2
    return db


DAMAGED_FRAME = 4


def give_it_another_databases_log(db: Path, folder: Path) -> None:
    """Put beside ``db`` the log of another unit's database, with a history of its own: its
    log's pages fit no page here."""
    other = crashed_database(folder / "otra", "ajeno", earlier=60)
    shutil.copyfile(wal_of(other), wal_of(db))


def flip_a_middle_frame(log: bytes) -> bytes:
    damaged = bytearray(log)
    damaged[32 + DAMAGED_FRAME * FRAME + 500] ^= 0xFF
    return bytes(damaged)


def commits_in(log: bytes, frames: int) -> int:
    """How many transactions end within the first ``frames`` frames (a commit frame gives the
    database's size in pages, its header's second number; other frames give 0)."""
    return sum(
        1
        for index in range(frames)
        if int.from_bytes(log[32 + index * FRAME + 4 : 32 + index * FRAME + 8], "big") != 0
    )


def garbage_header(log: bytes) -> bytes:
    return bytes(range(32)) + log[32:]


def all_garbage(log: bytes) -> bytes:
    return bytes((index * 7 + 3) % 256 for index in range(len(log)))


DAMAGES: dict[str, Callable[[bytes], bytes]] = {
    "un marco dañado a la mitad": flip_a_middle_frame,
    "encabezado ilegible": garbage_header,
    "todo basura": all_garbage,
}


def main_rows(db: Path) -> list[str]:
    """What the main file alone holds, its log left aside (read without touching either)."""
    uri = f"{db.resolve().as_uri()}?mode=ro&immutable=1"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
        return [row[0] for row in connection.execute("SELECT key FROM settings ORDER BY key")]


def kept_copies(db: Path) -> list[BackupInfo]:
    return [info for info in list_backups(backups_dir(), db) if "dañado" in info.reason]


@pytest.fixture
def crashed(tmp_path: Path) -> Path:
    return crashed_database(tmp_path / "unidad", "trabajo")


def test_a_sound_log_is_read_whole(crashed: Path) -> None:
    assert not log_has_unreadable_part(wal_of(crashed))


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_a_damaged_log_is_kept_and_said_before_anything_is_lost(
    crashed: Path, damage: Callable[[bytes], bytes]
) -> None:
    wal_of(crashed).write_bytes(damage(wal_of(crashed).read_bytes()))
    main_bytes, log_bytes = crashed.read_bytes(), wal_of(crashed).read_bytes()
    assert log_has_unreadable_part(wal_of(crashed))

    with pytest.raises(StoreError) as refused:
        open_database(crashed)

    said = str(refused.value)
    # Not offered as damage a backup mends: the main file is whole, opening it again is the way.
    assert not isinstance(refused.value, DamagedDataError)
    assert "«avance.sqlite3-wal»" in said
    assert "el archivo principal está intacto" in said
    assert "no se abrió ni se cambió nada" in said
    assert crashed.read_bytes() == main_bytes
    assert wal_of(crashed).read_bytes() == log_bytes
    (kept,) = kept_copies(crashed)
    assert kept.path.name in said
    assert kept.path.read_bytes() == main_bytes
    assert wal_of(kept.path).read_bytes() == log_bytes


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_opened_again_it_keeps_the_main_file_and_what_the_log_could_give(
    crashed: Path, damage: Callable[[bytes], bytes]
) -> None:
    log = wal_of(crashed).read_bytes()
    wal_of(crashed).write_bytes(damage(log))
    with pytest.raises(
        StoreError,
        match=r"registro de cambios recientes .* está dañado y una parte de él no se puede leer",
    ):
        open_database(crashed)

    open_database(crashed).close()

    rows = main_rows(crashed)
    assert "principal" in rows
    # Frames before the damaged one were read; nothing after it (that is in the copy alone).
    expected_from_log = commits_in(log, DAMAGED_FRAME) if damage is flip_a_middle_frame else 0
    assert damage is not flip_a_middle_frame or 0 < expected_from_log < ROWS
    assert len(rows) == 1 + expected_from_log
    assert len(kept_copies(crashed)) == 1


def test_a_log_cut_inside_its_last_frame_opens_with_what_was_whole(crashed: Path) -> None:
    # What a save interrupted as it was written leaves: never committed, nothing to say.
    log = wal_of(crashed).read_bytes()
    wal_of(crashed).write_bytes(log[:-1000])

    open_database(crashed).close()

    # Every transaction but the last, whose last frame was cut.
    assert len(main_rows(crashed)) == 1 + ROWS - 1
    assert kept_copies(crashed) == []


def test_a_log_of_another_database_is_kept_and_the_main_file_said_intact(
    tmp_path: Path, crashed: Path
) -> None:
    give_it_another_databases_log(crashed, tmp_path)
    main_bytes = crashed.read_bytes()

    with pytest.raises(StoreError) as refused:
        open_database(crashed)

    said = str(refused.value)
    assert "«avance.sqlite3-wal»" in said
    assert "el archivo principal está intacto" in said
    assert crashed.read_bytes() == main_bytes
    assert main_rows(crashed) == ["principal"]


def test_the_command_line_says_it_in_spanish(crashed: Path) -> None:
    wal_of(crashed).write_bytes(garbage_header(wal_of(crashed).read_bytes()))
    main_bytes = crashed.read_bytes()

    result = run_cli("status", "--trimestre", "1", "--db", crashed)

    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    assert "«avance.sqlite3-wal»" in result.stderr
    assert "el archivo principal está intacto" in result.stderr
    assert crashed.read_bytes() == main_bytes


def test_opened_again_beside_a_log_of_another_database_it_opens_alone(
    tmp_path: Path, crashed: Path
) -> None:
    give_it_another_databases_log(crashed, tmp_path)
    foreign_log = wal_of(crashed).read_bytes()
    with pytest.raises(StoreError, match=r"registro de cambios recientes .* no corresponde a ella"):
        open_database(crashed)

    db = open_database(crashed)
    try:
        rows = [row["key"] for row in db.query("SELECT key FROM settings ORDER BY key")]
    finally:
        db.close()

    assert rows == ["principal"]
    (kept,) = kept_copies(crashed)
    assert wal_of(kept.path).read_bytes() == foreign_log


def test_a_damaged_last_frame_is_taken_for_a_write_in_progress(crashed: Path) -> None:
    # Another program's save being written looks like this for a moment: nothing to keep.
    log = bytearray(wal_of(crashed).read_bytes())
    last = len(log) - FRAME
    log[last + 24 + 100] ^= 0xFF

    wal_of(crashed).write_bytes(bytes(log))

    assert not log_has_unreadable_part(wal_of(crashed))


def test_a_log_left_without_its_database_is_not_swept_into_a_new_one(crashed: Path) -> None:
    # SQLite would make a new, empty database there and delete the log: its work gone unsaid.
    crashed.unlink()
    log_bytes = wal_of(crashed).read_bytes()

    with pytest.raises(StoreError) as refused:
        open_database(crashed)

    said = str(refused.value)
    assert "«avance.sqlite3-wal»" in said
    assert "No se creó una base de datos nueva ni se cambió nada" in said
    assert not crashed.exists()
    assert wal_of(crashed).read_bytes() == log_bytes


def test_importing_a_report_there_says_it_too(crashed: Path, seed_path: Path) -> None:
    crashed.unlink()
    log_bytes = wal_of(crashed).read_bytes()

    result = run_cli("import-etca", seed_path, "--db", crashed)

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "No se creó una base de datos nueva" in result.stderr, result.stderr
    assert not crashed.exists()
    assert wal_of(crashed).read_bytes() == log_bytes


def test_a_log_started_again_over_an_older_round_is_sound(tmp_path: Path) -> None:
    """SQLite starts its log again from the top after a checkpoint, leaving the older round's
    frames (other salts) after the new ones: what every long session leaves at a power cut.
    They are SQLite's own leftovers, not damage: the file opens at once with all its work."""
    folder = tmp_path / "sesion_larga"
    folder.mkdir()
    db = folder / "avance.sqlite3"
    open_database(db).close()
    connection = sqlite3.connect(db, isolation_level=None)
    try:
        connection.execute("PRAGMA wal_autocheckpoint = 0")
        for number in range(ROWS * 2):  # a long first round of the log
            connection.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)", [f"primera {number}", "x" * 900]
            )
        connection.execute("PRAGMA wal_checkpoint(PASSIVE)")  # copied in; the log stays whole
        size_before = wal_of(db).stat().st_size
        for number in range(3):  # the next writes start the log again over its first frames
            connection.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)", [f"segunda {number}", "z"]
            )
        assert wal_of(db).stat().st_size == size_before  # older frames are still after them
    finally:
        cut_the_power(db, connection)

    assert not log_has_unreadable_part(wal_of(db))
    opened = open_database(db)
    try:
        keys = {row["key"] for row in opened.query("SELECT key FROM settings")}
    finally:
        opened.close()
    assert {"segunda 0", "segunda 2", f"primera {ROWS * 2 - 1}"} <= keys
    assert kept_copies(db) == []
