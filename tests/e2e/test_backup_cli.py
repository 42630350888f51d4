"""``copias``, ``copia`` and ``restaurar`` on a real database, as a user's shell runs them."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.platform import DATA_DIR_ENV
from ism_desktop.platform.window_locks import instance_lock_path
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "datos"
    folder.mkdir()
    return folder


@pytest.fixture
def db(tmp_path: Path, seed_path: Path) -> Path:
    path = tmp_path / "avance.sqlite3"
    with Store.open(path) as store:
        import_etca_file(seed_path, store.reports)
    return path


def set_mark(db: Path, value: str) -> None:
    with contextlib.closing(sqlite3.connect(db)) as connection, connection:
        connection.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('marca', ?)", [value]
        )


def mark(db: Path) -> str:
    with contextlib.closing(sqlite3.connect(db)) as connection:
        return str(
            connection.execute("SELECT value FROM settings WHERE key = 'marca'").fetchone()[0]
        )


def test_no_copies_yet(db: Path, data: Path) -> None:
    result = run_cli("copias", "--db", db, data_dir=data)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"No hay copias de seguridad de «{db.resolve()}»")


def test_make_a_copy_then_list_it(db: Path, data: Path) -> None:
    made = run_cli("copia", "--db", db, "--motivo", "antes de enviar", data_dir=data)
    listed = run_cli("copias", "--db", db, data_dir=data)

    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"Copia guardada: {data / 'copias'}")
    assert "(56 metas, " in made.stdout
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0] == f"Copias de seguridad de «{db.resolve()}» en «{data / 'copias'}»:"
    assert len(lines) == 3
    assert lines[2].split()[0] == "1"
    assert "antes de enviar" in lines[2]
    assert " 56 " in lines[2]
    assert lines[2].endswith("__antes-de-enviar.sqlite3")


def test_a_reason_with_line_breaks_or_escapes_is_kept_as_one_plain_line(
    db: Path, data: Path
) -> None:
    # A new line broke the table of «copias», and ESC sequences reached the terminal.
    made = run_cli("copia", "--db", db, "--motivo", "antes\nde\x1b[2K enviar", data_dir=data)
    listed = run_cli("copias", "--db", db, data_dir=data)

    assert made.returncode == 0, made.stderr
    lines = listed.stdout.splitlines()
    assert len(lines) == 3
    assert "antes de [2K enviar" in lines[2]
    assert "\x1b" not in listed.stdout


def test_a_long_reason_is_cut_at_a_word_with_an_ellipsis(db: Path, data: Path) -> None:
    # Cut at 30 characters, mid-word and without a sign: «antes de la revisión de la coo».
    reason = "antes de la revisión de la coordinadora"
    assert run_cli("copia", "--db", db, "--motivo", reason, data_dir=data).returncode == 0

    row = run_cli("copias", "--db", db, data_dir=data).stdout.splitlines()[2]

    assert "  antes de la revisión de la…  " in row


def test_restore_by_number_keeps_the_current_data_first(db: Path, data: Path) -> None:
    set_mark(db, "buena")
    assert run_cli("copia", "--db", db, data_dir=data).returncode == 0
    set_mark(db, "equivocada")

    restored = run_cli("restaurar", "--db", db, "1", "--si", data_dir=data)
    listed = run_cli("copias", "--db", db, data_dir=data)

    assert restored.returncode == 0, restored.stderr
    assert "restaurada en" in restored.stdout
    assert "Los datos que había se guardaron en" in restored.stdout
    assert mark(db) == "buena"
    newest = listed.stdout.splitlines()[2]
    assert "antes de restaurar" in newest


def test_restore_without_a_terminal_needs_si(db: Path, data: Path) -> None:
    assert run_cli("copia", "--db", db, data_dir=data).returncode == 0
    set_mark(db, "actual")
    before = hashlib.sha256(db.read_bytes()).hexdigest()

    result = run_cli("restaurar", "--db", db, "1", data_dir=data)

    assert result.returncode == 2
    assert "añada --si" in result.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_restore_refused_while_the_window_has_the_database(
    db: Path, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run_cli("copia", "--db", db, data_dir=data).returncode == 0
    set_mark(db, "actual")
    monkeypatch.setenv(DATA_DIR_ENV, str(data))  # the lock lives in the same data folder
    lock = instance_lock_path(db)
    lock.parent.mkdir(parents=True)
    lock.write_text("12345\nISM Avance\nequipo\n", encoding="utf-8")

    result = run_cli("restaurar", "--db", db, "1", "--si", data_dir=data)

    assert result.returncode == 2
    assert "tiene abierta esta base de datos" in result.stderr
    assert mark(db) == "actual"


def test_restore_of_an_unknown_copy_says_so(db: Path, data: Path) -> None:
    by_number = run_cli("restaurar", "--db", db, "3", "--si", data_dir=data)
    by_name = run_cli("restaurar", "--db", db, "no-existe.sqlite3", "--si", data_dir=data)

    assert by_number.returncode == 2
    assert "no hay una copia número 3" in by_number.stderr
    assert by_name.returncode == 2
    assert "no se encontró la copia «no-existe.sqlite3»" in by_name.stderr


def test_importing_a_report_again_keeps_a_copy_of_the_data_first(
    tmp_path: Path, data: Path, seed_path: Path
) -> None:
    db = tmp_path / "nueva.sqlite3"
    corrected = tmp_path / "corregido.txt"
    text = seed_path.read_text(encoding="utf-8")
    corrected.write_text(
        text.replace("SE REALIZARON 386 APOYOS Y", "SE REALIZARON 386 APOYOS CORREGIDOS Y", 1),
        encoding="utf-8",
    )
    first = run_cli("import-etca", seed_path, "--db", db, data_dir=data)
    set_mark(db, "antes de reimportar")
    again = run_cli("import-etca", corrected, "--db", db, data_dir=data)
    listed = run_cli("copias", "--db", db, data_dir=data)

    assert first.returncode == 0, first.stderr
    assert again.returncode == 0, again.stderr
    rows = listed.stdout.splitlines()[2:]
    assert len(rows) == 1  # the first import had nothing to lose
    assert "antes de importar un informe" in rows[0]
    copy = data / "copias" / rows[0].split()[-1]
    assert mark(copy) == "antes de reimportar"


def restore_at_a_terminal(db: Path, data: Path, answer: str) -> subprocess.CompletedProcess[str]:
    import pty  # POSIX only; Windows consoles are checked by hand

    leader, follower = pty.openpty()
    env = {**os.environ, "ISM_AVANCE_DATA_DIR": str(data), "PYTHONIOENCODING": "utf-8"}
    os.write(leader, answer.encode("utf-8") + b"\n")
    try:
        return subprocess.run(
            [sys.executable, "-m", "ism_desktop", "restaurar", "--db", str(db), "1"],
            stdin=follower,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=120,
            check=False,
        )
    finally:
        os.close(leader)
        os.close(follower)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
@pytest.mark.parametrize(("answer", "code", "expected"), [("n", 1, "actual"), ("s", 0, "buena")])
def test_restore_at_a_terminal_asks_first(
    db: Path, data: Path, answer: str, code: int, expected: str
) -> None:
    set_mark(db, "buena")
    assert run_cli("copia", "--db", db, data_dir=data).returncode == 0
    set_mark(db, "actual")

    result = restore_at_a_terminal(db, data, answer)

    assert result.returncode == code, result.stderr
    assert "Antes se guardará una copia de los datos actuales." in result.stdout
    assert mark(db) == expected


def test_refused_packages_leave_no_copies_behind(db: Path, data: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "paquete.ismpaq"
    bogus.write_bytes(b"esto no es un zip")
    made = run_cli("copia", "--db", db, data_dir=data)
    assert made.returncode == 0, made.stderr
    copies = sorted((data / "copias").iterdir())

    for _ in range(3):
        refused = run_cli("import-package", "--db", db, bogus, data_dir=data)
        assert refused.returncode == 2
        assert "Rechazado" in refused.stderr

    assert sorted((data / "copias").iterdir()) == copies


def test_a_refused_package_leaves_no_new_database_behind(data: Path, tmp_path: Path) -> None:
    # A 221 KB database was left where the person had none, for a package that was refused.
    bogus = tmp_path / "paquete.ismpaq"
    bogus.write_bytes(b"esto no es un zip")
    new = tmp_path / "nueva.sqlite3"

    refused = run_cli("import-package", "--db", new, bogus, data_dir=data)

    assert refused.returncode == 2
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith("nueva")) == []


def test_restore_takes_over_the_lock_of_a_window_that_crashed(
    db: Path, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # After a crash the lock stayed, and «restaurar» asked the person to delete it by hand.
    import socket

    assert run_cli("copia", "--db", db, data_dir=data).returncode == 0
    set_mark(db, "actual")
    monkeypatch.setenv(DATA_DIR_ENV, str(data))
    ended = subprocess.Popen([sys.executable, "-c", "pass"])  # a process id no longer running
    ended.wait()
    lock = instance_lock_path(db)
    lock.parent.mkdir(parents=True)
    lock.write_text(f"{ended.pid}\nISM Avance\n{socket.gethostname()}\n", encoding="utf-8")

    result = run_cli("restaurar", "--db", db, "1", "--si", data_dir=data)

    assert result.returncode == 0, result.stderr
    with contextlib.closing(sqlite3.connect(db)) as restored:  # the copy, made before the mark
        assert restored.execute("SELECT COUNT(*) FROM settings WHERE key = 'marca'").fetchone() == (
            0,
        )


def test_a_copy_whose_record_was_lost_is_listed_and_restored(db: Path, data: Path) -> None:
    set_mark(db, "buena")
    assert run_cli("copia", "--db", db, data_dir=data).returncode == 0
    (record,) = (data / "copias").glob("*.json")
    record.unlink()
    set_mark(db, "equivocada")

    listed = run_cli("copias", "--db", db, data_dir=data)
    restored = run_cli("restaurar", "--db", db, "1", "--si", data_dir=data)

    assert listed.returncode == 0, listed.stderr
    assert "motivo desconocido" in listed.stdout.splitlines()[2]
    assert restored.returncode == 0, restored.stderr
    assert mark(db) == "buena"
