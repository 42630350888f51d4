"""A workspace's second connection does not read the whole file again looking for damage.

While a database is open its ``-wal`` is there and not empty, so each connection the window
opened for work on another thread (a package batch, an export) ran ``PRAGMA quick_check`` over
the whole file: ~1 ms per MB, on the path that receives packages. The workspace holds the file
open, checked when it opened; a file found with its log by anyone else is still checked.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.store.store import Store
from ism_desktop.workspace.workspace import Workspace

PROFILE = PcProfile(Role.UNIT, UnitCode("004"), 2024, Quarter.FIRST)


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every ``PRAGMA quick_check`` a connection opened from now on runs."""
    seen: list[str] = []
    connect: Callable[..., sqlite3.Connection] = sqlite3.connect

    def counting(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection = connect(*args, **kwargs)
        connection.set_trace_callback(
            lambda sql: seen.append(sql) if "quick_check" in sql.lower() else None
        )
        return connection

    monkeypatch.setattr(sqlite3, "connect", counting)
    return seen


def _held_with_log(path: Path, seed_path: Path) -> Store:
    store = Store.open(path)
    import_etca_file(seed_path, store.reports)  # a write: the -wal now holds it
    assert Path(f"{path}-wal").stat().st_size > 0
    return store


def test_the_workspaces_own_second_connection_runs_no_check(
    tmp_path: Path, seed_path: Path, checks: list[str]
) -> None:
    store = _held_with_log(tmp_path / "avance.sqlite3", seed_path)
    workspace = Workspace(store, PROFILE)
    checks.clear()

    other = workspace.opened_again()
    other.store.close()
    store.close()

    assert checks == []


def test_a_file_found_with_its_log_is_still_checked(
    tmp_path: Path, seed_path: Path, checks: list[str]
) -> None:
    path = tmp_path / "avance.sqlite3"
    store = _held_with_log(path, seed_path)
    checks.clear()

    Store.open(path).close()  # as a command run beside the window would
    store.close()

    assert len(checks) == 1
