"""Receiving several packages at once: one commit for the batch, each package all or nothing."""

from __future__ import annotations

from pathlib import Path

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.report import ImportSource
from ism_desktop.exchange.intake.packages import receive_packages
from ism_desktop.exchange.report_json import report_to_json
from ism_desktop.store.store import Store
from tests.exchange.package_builders import export_unit, seed_store

UNITS = ("004", "005", "006")


def _coordinator_file(seed_text: str, path: Path) -> Path:
    with seed_store(seed_text) as memory:
        report = memory.reports.load()
    assert report is not None
    with Store.open(path) as store:
        store.reports.save(report, ImportSource("semilla.txt", "0" * 64))
    return path


def _packages(seed_text: str, folder: Path) -> list[Path]:
    with seed_store(seed_text) as unit:
        return [export_unit(unit, folder / code, code) for code in UNITS]


def _snapshot(path: Path) -> object:
    with Store.open(path) as store:
        report = store.reports.load()
        assert report is not None
        return report_to_json(report), store.received.history()


def test_a_batch_is_committed_and_a_refused_file_in_it_changes_nothing(
    seed_text: str, tmp_path: Path
) -> None:
    database = _coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
    first, second, third = _packages(seed_text, tmp_path / "paquetes")
    damaged = tmp_path / "dañado.ismpaq"
    damaged.write_bytes(second.read_bytes()[:-200])

    with Store.open(database) as store:
        outcomes = receive_packages(store, [first, damaged, third])

    assert [outcome.applied for outcome in outcomes] == [True, False, True]
    assert outcomes[1].error is not None
    # Reopened from the file: the batch was committed, and the damaged package left no trace.
    with Store.open(database) as store:
        received = {(p.unit, p.kind) for p in store.received.history()}
    assert received == {
        (UnitCode("004"), PackageKind.REPORT),
        (UnitCode("006"), PackageKind.REPORT),
    }


def test_when_sqlite_drops_the_batch_nothing_is_written_and_every_package_says_so(
    seed_text: str, tmp_path: Path
) -> None:
    database = _coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
    packages = _packages(seed_text, tmp_path / "paquetes")
    before = _snapshot(database)

    with Store.open(database) as store:
        # As a full disk can: SQLite rolls the whole transaction back while the second
        # package is written, after the first was applied inside the same transaction.
        store._db.execute(
            "CREATE TEMP TRIGGER drop_batch BEFORE INSERT ON received_packages "
            "WHEN NEW.unit_code = '005' BEGIN SELECT RAISE(ROLLBACK, 'disco lleno'); END"
        )
        outcomes = receive_packages(store, packages)

    assert [outcome.applied for outcome in outcomes] == [False, False, False]
    errors = [outcome.error or "" for outcome in outcomes]
    assert [package.name in error for error, package in zip(errors, packages, strict=True)] == [
        True
    ] * 3
    assert "disco lleno" in errors[1]
    assert "no se guardó nada" in errors[0]
    assert "no se guardó nada" in errors[2]
    assert _snapshot(database) == before


def test_a_dry_run_of_a_batch_writes_nothing(seed_text: str, tmp_path: Path) -> None:
    database = _coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
    packages = _packages(seed_text, tmp_path / "paquetes")
    before = _snapshot(database)

    with Store.open(database) as store:
        outcomes = receive_packages(store, packages, dry_run=True)

    assert [(o.applied, o.refused) for o in outcomes] == [(False, False)] * 3
    assert _snapshot(database) == before
