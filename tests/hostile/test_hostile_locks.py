"""Lock files a crash or a hand left in ``bloqueos/``: read as held or stale, never a crash."""

from __future__ import annotations

import contextlib
import socket
import sqlite3
from pathlib import Path

import pytest

from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.platform import DATA_DIR_ENV
from ism_desktop.platform.window_locks import instance_lock_path, lock_left_by_a_crash
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.hostile.generators import lock_process_ids

CASES = list(lock_process_ids())
IDS = [case for case, _, _ in CASES]


def _lock(folder: Path, first_line: str) -> Path:
    lock = folder / "bloqueos" / "avance.lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    lock.write_text(f"{first_line}\nISM Avance\n{socket.gethostname()}\n", encoding="utf-8")
    return lock


@pytest.mark.parametrize(("case", "first_line", "maybe_running"), CASES, ids=IDS)
def test_a_lock_of_a_process_that_cannot_exist_is_stale(
    tmp_path: Path, case: str, first_line: str, maybe_running: bool
) -> None:
    assert lock_left_by_a_crash(_lock(tmp_path, first_line)) is not maybe_running, case


@pytest.mark.e2e
@pytest.mark.parametrize(("case", "first_line", "maybe_running"), CASES, ids=IDS)
def test_restore_reads_a_hostile_lock_without_failing(
    tmp_path: Path,
    seed_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    case: str,
    first_line: str,
    maybe_running: bool,
) -> None:
    data = tmp_path / "datos"
    db = tmp_path / "avance.sqlite3"
    with Store.open(db) as store:
        import_etca_file(seed_path, store.reports)
    assert run_cli("copia", "--db", db, data_dir=data).returncode == 0
    monkeypatch.setenv(DATA_DIR_ENV, str(data))  # the lock lives in the same data folder
    lock = instance_lock_path(db)
    lock.parent.mkdir(parents=True, exist_ok=True)
    lock.write_text(_lock(tmp_path, first_line).read_text(encoding="utf-8"), encoding="utf-8")
    with contextlib.closing(sqlite3.connect(db)) as connection, connection:
        connection.execute("INSERT INTO settings (key, value) VALUES ('marca', 'actual')")

    result = run_cli("restaurar", "--db", db, "1", "--si", data_dir=data)

    assert "Traceback" not in result.stderr
    assert "inesperado" not in result.stderr
    if maybe_running:
        assert result.returncode == 2, case
        assert "tiene abierta esta base de datos" in result.stderr
    else:
        assert result.returncode == 0, (case, result.stderr)
