"""The paths people use to receive packages (the command, the window's review) write a batch once.

Each package committed on its own cost one sync to disk per package (60 for a state's units);
the batch is committed once, and a package refused inside it still changes nothing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ism_desktop.domain.codes import UnitCode
from ism_desktop.exchange.intake.receiver import IntakeOptions
from ism_desktop.exchange.report_json import report_to_json
from ism_desktop.store.store import Store
from ism_desktop.workspace import transfers
from tests.exchange.package_builders import export_unit, seed_store

UNITS = ("004", "005", "006")
OPTIONS = IntakeOptions()


def _packages(seed_text: str, folder: Path) -> list[Path]:
    with seed_store(seed_text) as unit:
        return [export_unit(unit, folder / code, code) for code in UNITS]


def _commits(store: Store) -> list[str]:
    seen: list[str] = []

    def trace(statement: str) -> None:
        if statement.strip().upper().startswith("COMMIT"):
            seen.append(statement)

    connection: sqlite3.Connection = store._db.conn
    connection.set_trace_callback(trace)
    return seen


def _snapshot(path: Path) -> object:
    with Store.open(path) as store:
        report = store.reports.load()
        assert report is not None
        return report_to_json(report), store.received.history()


def _received_units(path: Path) -> set[UnitCode]:
    with Store.open(path) as store:
        return {package.unit for package in store.received.history()}


def test_the_command_commits_a_batch_once_and_keeps_a_copy_first(
    seed_text: str, db_path: Path, tmp_path: Path
) -> None:
    first, second, third = _packages(seed_text, tmp_path / "paquetes")
    damaged = tmp_path / "dañado.ismpaq"
    damaged.write_bytes(second.read_bytes()[:-200])

    with Store.open(db_path) as store:
        commits = _commits(store)
        outcomes, backup = transfers.receive_files(store, [first, damaged, third], OPTIONS)

    assert [outcome.applied for outcome in outcomes] == [True, False, True]
    assert len(commits) == 1
    assert backup is not None
    assert backup.meta_count == 56
    assert _received_units(db_path) == {UnitCode("004"), UnitCode("006")}


def test_the_command_makes_no_copy_when_every_package_is_refused(
    db_path: Path, tmp_path: Path
) -> None:
    bogus = tmp_path / "paquete.ismpaq"
    bogus.write_bytes(b"esto no es un zip")

    with Store.open(db_path) as store:
        outcomes, backup = transfers.receive_files(store, [bogus, bogus], OPTIONS)

    assert [outcome.refused for outcome in outcomes] == [True, True]
    assert backup is None


def test_the_reviewed_packages_are_applied_with_one_commit(
    seed_text: str, db_path: Path, tmp_path: Path
) -> None:
    packages = _packages(seed_text, tmp_path / "paquetes")

    with Store.open(db_path) as store:
        checked = transfers.check_packages(store, packages, OPTIONS)
        commits = _commits(store)
        outcomes, backup = transfers.apply_packages(store, checked)

    assert [outcome.applied for outcome in outcomes] == [True, True, True]
    assert len(commits) == 1
    assert backup is not None
    assert _received_units(db_path) == {UnitCode(code) for code in UNITS}


def test_when_sqlite_drops_the_reviewed_batch_nothing_is_written_and_each_says_so(
    seed_text: str, db_path: Path, tmp_path: Path
) -> None:
    packages = _packages(seed_text, tmp_path / "paquetes")
    before = _snapshot(db_path)

    with Store.open(db_path) as store:
        checked = transfers.check_packages(store, packages, OPTIONS)
        # As a full disk can: SQLite rolls the whole transaction back while the second package
        # is written, after the first was applied inside the same transaction.
        store._db.execute(
            "CREATE TEMP TRIGGER drop_batch BEFORE INSERT ON received_packages "
            "WHEN NEW.unit_code = '005' BEGIN SELECT RAISE(ROLLBACK, 'disco lleno'); END"
        )
        outcomes, _backup = transfers.apply_packages(store, checked)

    assert [outcome.applied for outcome in outcomes] == [False, False, False]
    errors = [outcome.error or "" for outcome in outcomes]
    assert [path.name in error for error, path in zip(errors, packages, strict=True)] == [True] * 3
    assert "disco lleno" in errors[1]
    assert "no se guardó nada" in errors[0]
    assert "no se guardó nada" in errors[2]
    assert _snapshot(db_path) == before
