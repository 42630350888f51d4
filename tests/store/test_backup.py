"""Backups: copies made with the backup API, rotation per database, listing, and restore."""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ism_desktop.platform import backups_dir
from ism_desktop.store.backup import (
    REASON_DAMAGED,
    REASON_MANUAL,
    REASON_OPEN,
    REASON_RESTORE,
    BackupError,
    backup_before_change,
    backup_on_open,
    check_backup,
    create_backup,
    restore_backup,
)
from ism_desktop.store.backup_catalogue import list_backups
from ism_desktop.store.migrations import known_migration_names
from ism_desktop.store.store import Store
from tests.store.backup_marks import mark, set_mark

T0 = datetime(2024, 5, 2, 10, 30, 0)


def meta_count(db: Path) -> int:
    with contextlib.closing(sqlite3.connect(db)) as connection:
        return int(connection.execute("SELECT COUNT(*) FROM metas").fetchone()[0])


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_copy_is_a_whole_database_described_beside_it(db: Path, folder: Path) -> None:
    info = create_backup(db, folder, "antes de importar un paquete", now=T0)

    assert info.path.name == "avance__20240502-103000-000000__antes-de-importar-un-paquete.sqlite3"
    assert meta_count(info.path) == 56
    assert info.meta_count == 56
    assert set(info.migrations) == known_migration_names()
    sidecar = json.loads(info.sidecar_path.read_text(encoding="utf-8"))
    assert sidecar["reason"] == "antes de importar un paquete"
    assert sidecar["source_name"] == "avance.sqlite3"
    assert sidecar["meta_count"] == 56
    assert sidecar["sha256"] == sha256(info.path)
    # Self-contained: no WAL beside the copy, and it opens in rollback-journal mode.
    assert sorted(p.name for p in folder.iterdir()) == [info.path.name, info.sidecar_path.name]
    with contextlib.closing(sqlite3.connect(info.path)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_the_copy_of_a_live_database_includes_what_is_still_in_its_wal(
    db: Path, folder: Path
) -> None:
    with Store.open(db):  # the window's connection stays open, so nothing is checkpointed
        set_mark(db, "escrito hace un momento")
        main_file_only = db.parent / "solo-el-archivo.sqlite3"
        shutil.copyfile(db, main_file_only)

        info = create_backup(db, folder, "manual")

    assert mark(main_file_only) is None  # a plain file copy would have lost the edit
    assert mark(info.path) == "escrito hace un momento"


def test_an_open_connection_can_be_copied_too(db: Path, folder: Path) -> None:
    with contextlib.closing(sqlite3.connect(db)) as connection:
        info = create_backup(connection, folder, "manual")

    assert info.source_name == "avance.sqlite3"
    assert meta_count(info.path) == 56


def test_rotation_keeps_the_newest_copies_of_that_database(db: Path, folder: Path) -> None:
    made = [
        create_backup(db, folder, f"copia {n}", keep=3, now=T0 + timedelta(minutes=n))
        for n in range(5)
    ]

    listed = list_backups(folder, "avance.sqlite3")

    assert [info.reason for info in listed] == ["copia 4", "copia 3", "copia 2"]
    assert not made[0].path.exists()
    assert not made[0].sidecar_path.exists()
    assert not made[1].path.exists()
    assert len(list(folder.iterdir())) == 6


def test_rotation_never_deletes_the_copy_just_made(db: Path, folder: Path) -> None:
    # Minutes ahead is clock drift, still the newest (hours ahead: see test_backup_clock.py).
    newer = create_backup(db, folder, "reloj adelantado", keep=1, now=T0 + timedelta(minutes=30))

    just_made = create_backup(db, folder, "ahora", keep=1, now=T0)

    assert just_made.path.exists()
    assert newer.path.exists()
    assert [info.reason for info in list_backups(folder, "avance.sqlite3")] == [
        "reloj adelantado",
        "ahora",
    ]


def test_rotation_and_listing_are_per_database(db: Path, folder: Path, tmp_path: Path) -> None:
    other = tmp_path / "avance__2023.sqlite3"
    shutil.copyfile(db, other)
    theirs = create_backup(other, folder, "de la otra", keep=1, now=T0)

    for n in range(3):
        create_backup(db, folder, f"copia {n}", keep=1, now=T0 + timedelta(minutes=n + 1))

    assert [info.reason for info in list_backups(folder, "avance.sqlite3")] == ["copia 2"]
    assert list_backups(folder, "avance__2023.sqlite3") == [theirs]
    assert theirs.path.exists()


def test_a_copy_whose_description_was_lost_is_still_listed(db: Path, folder: Path) -> None:
    info = create_backup(db, folder, "al abrir", now=T0)
    info.sidecar_path.unlink()

    (listed,) = list_backups(folder, db)

    assert listed.path == info.path
    assert listed.reason == "motivo desconocido, su nombre dice «al abrir»"
    assert listed.created_at.replace(tzinfo=None) == T0
    assert listed.meta_count is None


@pytest.mark.parametrize(
    "stamp", ["9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00", "2024-13-45T99:00:00"]
)
def test_a_copy_whose_description_holds_an_impossible_date_is_dated_by_its_name(
    db: Path, folder: Path, stamp: str
) -> None:
    # Compared with the others, such a date raised «date value out of range»: no copy could
    # be listed or restored.
    odd = create_backup(db, folder, "al abrir", now=T0)
    document = json.loads(odd.sidecar_path.read_text(encoding="utf-8"))
    document["created_at"] = stamp
    odd.sidecar_path.write_text(json.dumps(document), encoding="utf-8")
    other = create_backup(db, folder, "manual", now=T0 + timedelta(hours=1))

    listed = list_backups(folder, db)

    assert [info.path for info in listed] == [other.path, odd.path]
    assert listed[1].created_at.replace(tzinfo=None) == T0


def test_listing_an_empty_or_missing_folder_gives_nothing(folder: Path) -> None:
    assert list_backups(folder, "avance.sqlite3") == []
    folder.mkdir()
    (folder / "notas.txt").write_text("no es una copia", encoding="utf-8")
    (folder / "otra_cosa.sqlite3").write_bytes(b"")
    assert list_backups(folder, "avance.sqlite3") == []


def test_opening_copies_only_when_something_changed(db: Path, folder: Path) -> None:
    first = backup_on_open(db, folder)
    with Store.open(db):
        pass
    unchanged = backup_on_open(db, folder)
    set_mark(db, "cambio")
    changed = backup_on_open(db, folder)

    assert first is not None
    assert first.reason == REASON_OPEN
    assert unchanged is None
    assert changed is not None
    assert mark(changed.path) == "cambio"
    assert len(list_backups(folder, db.name)) == 2


def test_an_import_is_preceded_by_a_copy_unless_there_is_nothing_to_lose(
    db: Path, folder: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "vacia.sqlite3"
    Store.open(empty).close()

    before_import = backup_before_change(db, "antes de importar un paquete", folder)

    assert before_import is not None
    assert before_import.reason == "antes de importar un paquete"
    assert backup_before_change(empty, "antes de importar un informe", folder) is None
    assert backup_before_change(tmp_path / "no-existe.sqlite3", "x", folder) is None
    assert backup_before_change(None, "x", folder) is None
    assert list_backups(folder, empty.name) == []


def test_an_import_into_an_emptied_database_pushes_no_copy_out_of_the_rotation(
    db: Path, folder: Path
) -> None:
    first = create_backup(db, folder, "antes de importar un informe", keep=2, now=T0)
    second = create_backup(
        db, folder, "antes de importar un informe", keep=2, now=T0 + timedelta(hours=1)
    )
    with contextlib.closing(sqlite3.connect(db)) as connection, connection:
        connection.execute("DELETE FROM metas")

    assert backup_before_change(db, "antes de importar un informe", folder, keep=2) is None
    assert [info.path for info in list_backups(folder, db)] == [second.path, first.path]


def test_copies_go_to_the_data_folder_by_default(db: Path) -> None:
    info = create_backup(db, reason="manual")

    assert info.path.parent == backups_dir()


def test_copying_a_missing_database_fails_in_spanish(tmp_path: Path, folder: Path) -> None:
    with pytest.raises(BackupError, match="no existe la base de datos"):
        create_backup(tmp_path / "no-existe.sqlite3", folder, "manual")
    assert not (tmp_path / "no-existe.sqlite3").exists()


def test_restore_puts_the_copy_back_after_copying_the_current_data(db: Path, folder: Path) -> None:
    set_mark(db, "antes")
    chosen = create_backup(db, folder, "manual", now=T0)
    set_mark(db, "después")

    safety = restore_backup(chosen, db, folder)

    assert mark(db) == "antes"
    assert meta_count(db) == 56
    assert safety is not None
    assert safety.reason == REASON_RESTORE
    assert mark(safety.path) == "después"
    assert chosen.path.exists()
    with Store.open(db) as store:  # the program opens the restored file as usual
        assert store.reports.load() is not None


def test_restore_keeps_the_chosen_copy_when_the_rotation_is_full(db: Path, folder: Path) -> None:
    chosen = create_backup(db, folder, "la buena", keep=2, now=T0)
    create_backup(db, folder, "otra", keep=2, now=T0 + timedelta(minutes=1))

    safety = restore_backup(chosen, db, folder, keep=2)

    assert safety is not None
    assert chosen.path.exists()
    assert safety.path.exists()


def test_restore_into_a_missing_file_creates_it(db: Path, folder: Path, tmp_path: Path) -> None:
    chosen = create_backup(db, folder, "manual")
    target = tmp_path / "nueva" / "avance.sqlite3"
    target.parent.mkdir()

    assert restore_backup(chosen, target, folder) is None
    assert meta_count(target) == 56


def test_a_damaged_copy_is_refused_and_nothing_changes(db: Path, folder: Path) -> None:
    chosen = create_backup(db, folder, "manual")
    data = bytearray(chosen.path.read_bytes())
    data[4096 * 5 : 4096 * 7] = b"\xff" * 8192  # two pages of table data
    chosen.path.write_bytes(bytes(data))
    before = sha256(db)

    with pytest.raises(BackupError, match="está dañada"):
        restore_backup(chosen, db, folder)

    assert sha256(db) == before
    assert len(list_backups(folder, db.name)) == 1


def test_a_copy_that_is_not_a_database_is_refused(db: Path, folder: Path) -> None:
    chosen = create_backup(db, folder, "manual")
    chosen.path.write_bytes(b"no soy una base de datos" * 100)

    with pytest.raises(BackupError, match="está dañada"):
        check_backup(chosen.path)


def test_a_copy_from_a_newer_version_is_refused(db: Path, folder: Path) -> None:
    chosen = create_backup(db, folder, "manual")
    with contextlib.closing(sqlite3.connect(chosen.path)) as connection, connection:
        connection.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('ism_avance', '9999_del_futuro', '2030-01-01')"
        )

    with pytest.raises(BackupError, match="versión más reciente"):
        restore_backup(chosen, db, folder)


def test_a_damaged_database_is_replaced_and_its_bytes_kept(db: Path, folder: Path) -> None:
    chosen = create_backup(db, folder, "manual", now=T0)
    db.write_bytes(b"basura tras un apagon" * 300)

    kept = restore_backup(chosen, db, folder)

    assert meta_count(db) == 56
    assert kept is not None
    assert kept.reason == REASON_DAMAGED
    assert kept.path.read_bytes() == b"basura tras un apagon" * 300
    with pytest.raises(BackupError, match="está dañada"):
        check_backup(kept.path)


def test_rotation_deletes_automatic_copies_before_one_made_by_hand(db: Path, folder: Path) -> None:
    by_hand = create_backup(db, folder, REASON_MANUAL, keep=3, now=T0)
    for n in range(5):
        create_backup(db, folder, f"copia {n}", keep=3, now=T0 + timedelta(minutes=n + 1))

    listed = list_backups(folder, "avance.sqlite3")

    assert [info.reason for info in listed] == ["copia 4", "copia 3", REASON_MANUAL]
    assert by_hand.path.exists()


def test_a_copy_made_by_hand_with_its_own_reason_is_kept_as_one(db: Path, folder: Path) -> None:
    # «copia --motivo "antes de la reunión de marzo"»: only the reason «manual» was kept, so
    # twenty imports that changed nothing pushed the person's own copy out.
    mine = "antes de la reunión de marzo"
    by_hand = create_backup(db, folder, mine, keep=3, now=T0, by_hand=True)
    for n in range(5):
        create_backup(db, folder, f"copia {n}", keep=3, now=T0 + timedelta(minutes=n + 1))

    listed = list_backups(folder, "avance.sqlite3")

    assert [info.reason for info in listed] == ["copia 4", "copia 3", mine]
    assert by_hand.path.exists()
    assert listed[-1].by_hand


def test_a_damaged_database_is_not_copied_as_if_it_were_good(db: Path, folder: Path) -> None:
    # «Copia guardada: … (56 metas)», of a file with pages overwritten: listed first among the
    # copies, offered to restore as a good one, and refused as damaged only then.
    good = create_backup(db, folder, "buena", now=T0)
    data = bytearray(db.read_bytes())
    data[12288:14288] = b"\xff" * 2000
    db.write_bytes(bytes(data))

    with pytest.raises(BackupError) as refused:
        create_backup(db, folder, "manual", now=T0 + timedelta(hours=1))

    assert "está dañada" in str(refused.value)
    assert list_backups(folder, "avance.sqlite3") == [good]
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        [good.path.name, good.sidecar_path.name]
    )
