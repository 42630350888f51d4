"""Writes that SQLite cannot make: one Spanish message per cause, nothing changed, no traceback.

Real files and real processes: a second connection holding the write lock, a file the user may
not write, a disk that fills up (a child process with ``RLIMIT_FSIZE``).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ism_desktop.store.database import describe_failure
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli


def test_a_write_takes_the_lock_when_it_begins(tmp_path: Path) -> None:
    # A deferred BEGIN reads first and fails at once (SQLITE_BUSY_SNAPSHOT) when another
    # program wrote meanwhile; an immediate one waits for the lock instead.
    database = tmp_path / "avance.sqlite3"
    Store.open(database).close()
    with Store.open(database) as store, store.reports._db.atomic():
        other = sqlite3.connect(database, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
        other.close()


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    database = tmp_path_factory.mktemp("base") / "avance.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", database).returncode == 0
    return database


def _copy(imported: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "avance.sqlite3"
    shutil.copyfile(imported, database)
    return database


def _bytes(database: Path) -> dict[str, bytes]:
    """The database and its write-ahead log, byte for byte (an empty log holds nothing)."""
    files = [database, Path(f"{database}-wal")]
    return {path.name: path.read_bytes() for path in files if path.exists() and path.stat().st_size}


def test_a_database_another_program_is_writing_is_refused_in_spanish(
    imported: Path, tmp_path: Path, seed_path: Path
) -> None:
    database = _copy(imported, tmp_path / "datos")
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO settings (key, value) VALUES ('ocupada', '1')")
    try:
        result = run_cli("import-etca", seed_path, "--db", database)
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "otro programa está usando la base de datos; intente de nuevo" in result.stderr.lower()
    assert "locked" not in result.stderr


AS_ORDINARY_USER = """
import os, sys
from ism_desktop.app import main
from ism_desktop.cli import build_parser
import ism_desktop.exchange.etca.report_import, ism_desktop.store.backup, ism_desktop.store.store
import encodings.utf_8_sig, encodings.cp1252, encodings.utf_16, importlib.metadata, sqlite_utils
build_parser()  # every command module imported before the interpreter's folder is out of reach
if os.geteuid() == 0:
    # root writes anything: drop to an ordinary user, as on an office PC.
    os.setgid(65534)
    os.setuid(65534)
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and users")
def test_a_read_only_database_is_refused_in_spanish(
    imported: Path, tmp_path: Path, seed_path: Path
) -> None:
    folder = tmp_path / "solo_lectura"
    database = _copy(imported, folder)
    data_dir = tmp_path / "datos_usuario"
    data_dir.mkdir()
    data_dir.chmod(0o777)
    database.chmod(0o444)
    folder.chmod(0o555)
    before = _bytes(database)
    report = tmp_path / "informe.txt"
    shutil.copyfile(seed_path, report)
    for path in (tmp_path, report, *tmp_path.parents):
        if path == Path("/"):
            break
        path.chmod(path.stat().st_mode | stat.S_IXOTH | stat.S_IROTH)

    result = _child(AS_ORDINARY_USER, data_dir, "import-etca", report, "--db", database)

    folder.chmod(0o755)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr
    assert "la base de datos es de solo lectura" in result.stderr, result.stderr
    assert _bytes(database) == before


FILL_DISK = """
import resource, sys
from ism_desktop.app import main
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_is_refused_in_spanish_and_changes_nothing(
    imported: Path, tmp_path: Path
) -> None:
    database = _copy(imported, tmp_path / "datos")
    before = _bytes(database)
    size = database.stat().st_size

    # Room for a copy of the database: it is made. Room for 8 KB only: refused, in Spanish.
    roomy = _child(FILL_DISK, tmp_path, str(size + 4096), "copia", "--db", database)
    limited = _child(FILL_DISK, tmp_path, "8192", "copia", "--db", database)

    assert roomy.returncode == 0, roomy.stderr
    assert limited.returncode != 0
    assert "Traceback" not in limited.stderr
    assert "el disco está lleno" in limited.stderr, limited.stderr
    assert _bytes(database) == before
    assert not list((tmp_path / "copias").glob("*.parcial"))


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize(
    "room",
    [
        # No room for the empty database: before, a shell of one stayed (a page and a log),
        # and the next start opened that shell instead of saying the disk was full.
        "8192",
        # Room for the empty database (220 KB), not for the report: the empty one stayed.
        "262144",
    ],
)
def test_an_import_the_full_disk_stopped_leaves_no_new_database(
    tmp_path: Path, seed_path: Path, room: str
) -> None:
    database = tmp_path / "datos" / "nueva.sqlite3"

    result = _child(FILL_DISK, tmp_path, room, "import-etca", seed_path, "--db", database)

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "el disco está lleno" in result.stderr.lower(), result.stderr
    assert sorted(p.name for p in database.parent.iterdir()) == []


def _child(script: str, data_dir: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "ISM_AVANCE_DATA_DIR": str(data_dir)},
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("sqlite_text", "spanish"),
    [
        ("attempt to write a readonly database", "la base de datos es de solo lectura"),
        ("database or disk is full", "el disco está lleno"),
        ("disk I/O error", "el disco está lleno"),
        ("database is locked", "otro programa está usando la base de datos"),
        ("file is not a database", "no es una base de datos de ISM Avance"),
    ],
)
def test_one_spanish_message_per_cause(sqlite_text: str, spanish: str) -> None:
    assert spanish in describe_failure(sqlite3.OperationalError(sqlite_text))


def test_a_file_where_a_folder_must_go_is_said_in_spanish(tmp_path: Path) -> None:
    # The system's own words («File exists», «Not a directory») were shown as they came.
    blocker = tmp_path / "copias"
    blocker.write_text("no soy carpeta", encoding="utf-8")
    failures: list[OSError] = []
    for action in (blocker.mkdir, (blocker / "dentro").mkdir):
        try:
            action()
        except OSError as exc:
            failures.append(exc)

    said = [describe_failure(exc) for exc in failures]

    assert len(said) == 2
    assert all("es un archivo" in text for text in said), said
    assert not any("exists" in text or "directory" in text for text in said), said
