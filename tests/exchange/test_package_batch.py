"""Receiving several packages at once: one commit for the batch, each package all or nothing."""

from __future__ import annotations

import os
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.figures import Series
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.export.report_package import export_package
from ism_desktop.exchange.intake.batch_plan import BatchPlan, plan_batch
from ism_desktop.exchange.intake.packages import ReceiveOutcome, apply_checked, receive_packages
from ism_desktop.exchange.report_json import report_to_json
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import reopen_quarter
from tests.exchange.package_builders import (
    NOW,
    coordinator_file,
    export_unit,
    no_findings,
    repack,
    seed_store,
)

UNITS = ("004", "005", "006")
UNIT_AUTHOR = Author("Unidad 004", "ana")


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
    database = coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
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
    database = coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
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
    database = coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
    packages = _packages(seed_text, tmp_path / "paquetes")
    before = _snapshot(database)

    with Store.open(database) as store:
        outcomes = receive_packages(store, packages, dry_run=True)

    assert [(o.applied, o.refused) for o in outcomes] == [(False, False)] * 3
    assert _snapshot(database) == before


def _two_quarters(seed_text: str, folder: Path) -> tuple[Path, Path]:
    """Unit 004's first-quarter package, then its second (the later sequence)."""
    with seed_store(seed_text) as unit:
        first = export_package(
            unit, UnitCode("004"), Quarter.FIRST, folder / "t1", validate=no_findings, now=NOW
        ).path
        second = export_package(
            unit, UnitCode("004"), Quarter.SECOND, folder / "t2", validate=no_findings, now=NOW
        ).path
    return first, second


def _received_at_once(store: Store, paths: list[Path]) -> list[ReceiveOutcome]:
    return receive_packages(store, paths)  # the command line's way


def _checked_then_applied(store: Store, paths: list[Path]) -> list[ReceiveOutcome]:
    # The window's way: check the batch first, show it, then apply what passed.
    checked = receive_packages(store, paths, dry_run=True)
    applied = iter(apply_checked(store, checked))
    return [outcome if outcome.incoming is None else next(applied) for outcome in checked]


@pytest.mark.parametrize("receive", [_received_at_once, _checked_then_applied])
def test_a_batch_applies_a_units_packages_oldest_first_whatever_their_order(
    seed_text: str, tmp_path: Path, receive: Callable[[Store, list[Path]], list[ReceiveOutcome]]
) -> None:
    # A unit that sends two quarters at once: the coordinator picks both, later one first.
    database = coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
    first, second = _two_quarters(seed_text, tmp_path / "paquetes")

    with Store.open(database) as store:
        outcomes = receive(store, [second, first])

    # Reported in the order given, each applied.
    assert [outcome.path for outcome in outcomes] == [second, first]
    assert [outcome.error for outcome in outcomes] == [None, None]
    with Store.open(database) as store:
        received = sorted((int(p.quarter), p.sequence) for p in store.received.history())
    assert received == [(1, 1), (2, 2)]


def _sent_twice(seed_text: str, folder: Path) -> tuple[Path, Path, str]:
    """Unit 004's first quarter sent, reopened there, one figure corrected, and sent again."""
    with seed_store(seed_text) as unit:
        first = export_package(
            unit, UnitCode("004"), Quarter.FIRST, folder / "1", validate=no_findings, now=NOW
        ).path
        reopen_quarter(unit, 2024, UnitCode("004"), Quarter.FIRST, "Corrección", UNIT_AUTHOR)
        report = unit.reports.load()
        assert report is not None
        meta = next(m for m in report.metas if m.key.unit == UnitCode("004") and m.den is None)
        corrected = with_achieved(meta, Quarter.FIRST, Decimal(4321), None)
        unit.edits.save(2024, meta, corrected, UNIT_AUTHOR)
        second = export_package(
            unit, UnitCode("004"), Quarter.FIRST, folder / "2", validate=no_findings, now=NOW
        ).path
    return first, second, meta.stable_id


@pytest.mark.parametrize("newer_first", [False, True])
@pytest.mark.parametrize("receive", [_received_at_once, _checked_then_applied])
def test_of_two_packages_of_one_quarter_in_a_batch_the_newer_is_received(
    seed_text: str,
    tmp_path: Path,
    receive: Callable[[Store, list[Path]], list[ReceiveOutcome]],
    newer_first: bool,
) -> None:
    # The unit corrected its quarter and sent it again; both files reach the coordinator.
    database = coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
    older, newer, corrected_id = _sent_twice(seed_text, tmp_path / "paquetes")
    batch = [newer, older] if newer_first else [older, newer]

    with Store.open(database) as store:
        outcomes = dict(zip(batch, receive(store, batch), strict=True))

    assert outcomes[newer].error is None
    assert (outcomes[older].replaced, outcomes[older].failed) == (True, False)
    # Both files have the same name (each export's own), so their folders tell them apart.
    assert outcomes[older].error == (
        f"«1/{older.name}»: no se recibe el paquete con envío número 1: en este lote viene uno más "
        f"reciente de la unidad 004 del mismo trimestre (envío número 2, «2/{newer.name}»)"
    )
    with Store.open(database) as store:
        assert [p.sequence for p in store.received.history()] == [2]
        report = store.reports.load()
        assert report is not None
        meta = report.meta_by_id(corrected_id)
        assert meta is not None
        assert meta.num.value(Series.ACHIEVED, Quarter.FIRST) == Decimal(4321)


def _export_004(unit: Store, quarter: Quarter, folder: Path) -> Path:
    return export_package(
        unit, UnitCode("004"), quarter, folder, validate=no_findings, now=NOW
    ).path


def _corrected(unit: Store, quarter: Quarter, figure: int) -> None:
    """The unit reopens the quarter and types another achieved figure in its first meta."""
    reopen_quarter(unit, 2024, UnitCode("004"), quarter, "Corrección", UNIT_AUTHOR)
    report = unit.reports.load()
    assert report is not None
    meta = next(m for m in report.metas if m.key.unit == UnitCode("004") and m.den is None)
    unit.edits.save(2024, meta, with_achieved(meta, quarter, Decimal(figure), None), UNIT_AUTHOR)


def _damaged(source: Path, target: Path) -> Path:
    """The package with its data no longer matching the manifest (the manifest still reads)."""
    return repack(source, target, replace={"datos.json": b"{}"}, rehash=False)


Receive = Callable[[Store, list[Path]], list[ReceiveOutcome]]


def _at_coordinator(
    seed_text: str, tmp_path: Path, receive: Receive, paths: list[Path]
) -> tuple[list[ReceiveOutcome], list[tuple[int, int]]]:
    """The outcomes at a fresh coordinator, and the (quarter, sequence) of what it received."""
    database = coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
    with Store.open(database) as store:
        outcomes = receive(store, paths)
        received = sorted((int(p.quarter), p.sequence) for p in store.received.history())
    return outcomes, received


@pytest.mark.parametrize("receive", [_received_at_once, _checked_then_applied])
def test_a_damaged_correction_leaves_the_packages_before_it_received(
    seed_text: str, tmp_path: Path, receive: Receive
) -> None:
    # The first quarter was set aside for the damaged correction, then found older than the
    # second quarter received meanwhile: nothing of it was received.
    with seed_store(seed_text) as unit:
        first = _export_004(unit, Quarter.FIRST, tmp_path / "1")
        second = _export_004(unit, Quarter.SECOND, tmp_path / "2")
        _corrected(unit, Quarter.FIRST, 4321)
        correction = _damaged(_export_004(unit, Quarter.FIRST, tmp_path / "3"), tmp_path / "c.zip")
    outcomes, received = _at_coordinator(seed_text, tmp_path, receive, [first, second, correction])

    assert [outcome.error is None for outcome in outcomes] == [True, True, False]
    assert received == [(1, 1), (2, 2)]


@pytest.mark.parametrize("receive", [_received_at_once, _checked_then_applied])
def test_of_three_versions_of_a_quarter_the_newest_that_passes_is_received(
    seed_text: str, tmp_path: Path, receive: Receive
) -> None:
    with seed_store(seed_text) as unit:
        first = _export_004(unit, Quarter.FIRST, tmp_path / "1")
        _corrected(unit, Quarter.FIRST, 1111)
        second = _export_004(unit, Quarter.FIRST, tmp_path / "2")
        _corrected(unit, Quarter.FIRST, 2222)
        third = _damaged(_export_004(unit, Quarter.FIRST, tmp_path / "3"), tmp_path / "3.zip")
    outcomes, received = _at_coordinator(seed_text, tmp_path, receive, [first, second, third])

    assert "no se recibe el paquete con envío número 1: " in (outcomes[0].error or "")
    assert "(envío número 2, " in (outcomes[0].error or "")
    assert outcomes[1].error is None
    assert "no coincide" in (outcomes[2].error or "")
    assert received == [(1, 2)]


@pytest.mark.parametrize("dry_run", [True, False])
def test_a_newer_file_that_changed_before_its_turn_replaces_nothing(
    seed_text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dry_run: bool
) -> None:
    # The newer first quarter was overwritten by the second quarter's package (a second
    # download of the same name) after the batch was planned: the older was refused for a
    # package that was no longer there.
    with seed_store(seed_text) as unit:
        first = _export_004(unit, Quarter.FIRST, tmp_path / "1")
        second = _export_004(unit, Quarter.SECOND, tmp_path / "2")
        _corrected(unit, Quarter.FIRST, 4321)
        correction = _export_004(unit, Quarter.FIRST, tmp_path / "3")
    database = coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")

    def plan_then_overwrite(paths: list[Path]) -> BatchPlan:
        plan = plan_batch(paths)
        correction.write_bytes(second.read_bytes())
        return plan

    monkeypatch.setattr("ism_desktop.exchange.intake.packages.plan_batch", plan_then_overwrite)
    with Store.open(database) as store:
        outcomes = receive_packages(store, [first, correction], dry_run=dry_run)

    assert [outcome.error for outcome in outcomes] == [None, None]
    quarters = [o.incoming.manifest.quarter for o in outcomes if o.incoming is not None]
    assert quarters == [Quarter.FIRST, Quarter.SECOND]


def _one_by_one(store: Store, paths: list[Path]) -> list[ReceiveOutcome]:
    return [outcome for path in paths for outcome in receive_packages(store, [path])]


@pytest.mark.parametrize("receive", [_one_by_one, _received_at_once, _checked_then_applied])
def test_a_quarter_is_not_set_aside_for_a_newer_one_when_another_quarter_comes_between(
    seed_text: str, tmp_path: Path, receive: Receive
) -> None:
    # T2 (1), T1 (2), T2 again (3): the first T2 was set aside for the third, which was then
    # refused for changing T1, closed by the second: nothing of T2 was received.
    with seed_store(seed_text) as unit:
        second = _export_004(unit, Quarter.SECOND, tmp_path / "1")
        first = _export_004(unit, Quarter.FIRST, tmp_path / "2")
        _corrected(unit, Quarter.FIRST, 4321)
        # Sent again, but that package never reaches the coordinator: T2's package then
        # carries T1's correction (the export refuses it while T1 is not sent again).
        _export_004(unit, Quarter.FIRST, tmp_path / "lost")
        second_again = _export_004(unit, Quarter.SECOND, tmp_path / "3")

    _outcomes, received = _at_coordinator(
        seed_text, tmp_path, receive, [second, first, second_again]
    )

    assert received == [(1, 2), (2, 1)]


@pytest.mark.skipif(os.name == "nt", reason="Windows names are always text")
def test_same_named_files_with_odd_bytes_are_named_as_text(seed_text: str, tmp_path: Path) -> None:
    # Two folders' files of one name were told apart by their raw names: a name that is not
    # UTF-8 carried lone surrogates into the message, which can be neither printed nor stored.
    odd = os.fsdecode(b"paquete_\xff.ismpaq")
    with seed_store(seed_text) as unit:
        older = _export_004(unit, Quarter.FIRST, tmp_path / "1")
        _corrected(unit, Quarter.FIRST, 4321)
        newer = _export_004(unit, Quarter.FIRST, tmp_path / "2")
    older, newer = older.rename(older.with_name(odd)), newer.rename(newer.with_name(odd))

    outcomes, _received = _at_coordinator(seed_text, tmp_path, _received_at_once, [older, newer])

    message = outcomes[0].error or ""
    assert message.encode("utf-8")  # printable and storable
    assert message.startswith("«1/paquete_�.ismpaq»: no se recibe el paquete con envío número 1")
