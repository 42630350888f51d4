"""Backups belong to one database file: two files of the same name never share their copies.

Also: a sidecar written without a UTC offset, a copy altered after it was made, and the
``*.parcial`` files a kill during a backup leaves behind.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    path = tmp_path_factory.mktemp("plantilla") / "ism_avance.sqlite3"
    with Store.open(path) as store:
        import_etca_file(seed_path, store.reports)
    return path


def _database(template: Path, folder: Path, mark: str) -> Path:
    folder.mkdir(parents=True)
    path = folder / "ism_avance.sqlite3"
    shutil.copyfile(template, path)
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("INSERT INTO settings (key, value) VALUES ('marca', ?)", [mark])
    return path


def _mark(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("SELECT value FROM settings WHERE key='marca'").fetchone()[0])


def _ok(*args: str | Path, data: Path) -> str:
    result = run_cli(*args, data_dir=data)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_two_databases_of_the_same_name_keep_their_own_copies(
    template: Path, tmp_path: Path
) -> None:
    data = tmp_path / "datos"
    a = _database(template, tmp_path / "oficina_a", "A")
    b = _database(template, tmp_path / "oficina_b", "B")
    _ok("copia", "--db", a, "--motivo", "de A", data=data)
    for number in range(3):
        _ok("copia", "--db", b, "--motivo", f"de B {number}", data=data)

    listed_a = _ok("copias", "--db", a, data=data)
    assert "de A" in listed_a
    assert "de B" not in listed_a
    assert str(a.resolve()) in listed_a

    # Restoring «1» on A restores A's copy, never B's newer one.
    with contextlib.closing(sqlite3.connect(a)) as connection, connection:
        connection.execute("UPDATE settings SET value = 'A cambiada' WHERE key = 'marca'")
    _ok("restaurar", "1", "--si", "--db", a, data=data)
    assert _mark(a) == "A"


def test_rotation_never_deletes_another_databases_copies(template: Path, tmp_path: Path) -> None:
    from ism_desktop.store.backup import create_backup
    from ism_desktop.store.backup_catalogue import list_backups

    folder = tmp_path / "copias"
    a = _database(template, tmp_path / "oficina_a", "A")
    b = _database(template, tmp_path / "oficina_b", "B")
    mine = create_backup(a, folder, "de A", keep=2)
    for number in range(4):
        create_backup(b, folder, f"de B {number}", keep=2)

    assert mine.path.is_file()
    assert list_backups(folder, a) == [mine]
    assert [info.reason for info in list_backups(folder, b)] == ["de B 3", "de B 2"]


def test_a_copy_of_another_database_is_not_restored_by_its_path(
    template: Path, tmp_path: Path
) -> None:
    data = tmp_path / "datos"
    a = _database(template, tmp_path / "oficina_a", "A")
    b = _database(template, tmp_path / "oficina_b", "B")
    made = _ok("copia", "--db", b, data=data)
    copy = made.split("Copia guardada: ")[1].split(" (")[0]

    result = run_cli("restaurar", copy, "--si", "--db", a, data_dir=data)

    assert result.returncode != 0
    assert "es de otra base de datos" in result.stderr
    assert _mark(a) == "A"


def test_a_sidecar_without_offset_does_not_break_anything(
    template: Path, tmp_path: Path, seed_path: Path
) -> None:
    data = tmp_path / "datos"
    a = _database(template, tmp_path / "oficina_a", "A")
    _ok("copia", "--db", a, data=data)
    (sidecar,) = (data / "copias").glob("*.json")
    document = json.loads(sidecar.read_text(encoding="utf-8"))
    document["created_at"] = "2024-05-02T10:30:00"
    sidecar.write_text(json.dumps(document), encoding="utf-8")
    _ok("copia", "--db", a, "--motivo", "otra", data=data)

    listed = _ok("copias", "--db", a, data=data)
    imported = run_cli("import-etca", seed_path, "--db", a, data_dir=data)

    assert "otra" in listed
    assert imported.returncode == 0, imported.stderr


def test_an_altered_copy_is_not_restored(template: Path, tmp_path: Path) -> None:
    data = tmp_path / "datos"
    a = _database(template, tmp_path / "oficina_a", "A")
    _ok("copia", "--db", a, data=data)
    (copy,) = (data / "copias").glob("*.sqlite3")
    with contextlib.closing(sqlite3.connect(copy)) as connection, connection:
        connection.execute("UPDATE settings SET value = 'alterada' WHERE key = 'marca'")
    with contextlib.closing(sqlite3.connect(a)) as connection, connection:
        connection.execute("UPDATE settings SET value = 'actual' WHERE key = 'marca'")

    result = run_cli("restaurar", "1", "--si", "--db", a, data_dir=data)

    assert result.returncode != 0
    assert "SHA-256" in result.stderr
    assert "Traceback" not in result.stderr
    assert _mark(a) == "actual"


def test_partial_files_left_by_a_kill_are_cleaned(template: Path, tmp_path: Path) -> None:
    data = tmp_path / "datos"
    a = _database(template, tmp_path / "oficina_a", "A")
    folder = data / "copias"
    folder.mkdir(parents=True)
    stale = [
        folder / "ism_avance__20240502-103000-000000__manual.sqlite3.parcial",
        folder / "ism_avance__20240502-103000-000000__manual.sqlite3.json.parcial",
    ]
    fresh = folder / "ism_avance__20990101-000000-000000__manual.sqlite3.parcial"
    hour_ago = time.time() - 3600
    for path in [*stale, fresh]:
        path.write_bytes(b"medio archivo")
    for path in stale:
        os.utime(path, (hour_ago, hour_ago))

    _ok("copia", "--db", a, data=data)

    assert not any(path.exists() for path in stale)
    assert fresh.exists()  # maybe another program's backup in progress: left alone
