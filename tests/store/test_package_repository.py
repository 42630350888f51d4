"""Sequence numbers of exported packages: per unit, growing, never reused."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store

AT = "2024-04-11T10:44:00-07:00"


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.in_memory() as opened:
        yield opened


def test_first_package_of_a_unit_is_number_one(store: Store) -> None:
    reservation = store.packages.reserve("30", UnitCode("004"), 2024, Quarter.FIRST, AT)

    assert reservation.sequence == 1


def test_numbers_grow_per_unit_and_across_quarters(store: Store) -> None:
    unit, other = UnitCode("004"), UnitCode("009")

    numbers = [
        store.packages.reserve("30", unit, 2024, Quarter.FIRST, AT).sequence,
        store.packages.reserve("30", other, 2024, Quarter.FIRST, AT).sequence,
        store.packages.reserve("30", unit, 2024, Quarter.SECOND, AT).sequence,
    ]

    assert numbers == [1, 1, 2]


def test_history_lists_completed_exports_only(store: Store) -> None:
    unit = UnitCode("004")
    done = store.packages.reserve("30", unit, 2024, Quarter.FIRST, AT)
    store.packages.reserve("30", unit, 2024, Quarter.FIRST, AT)  # an export that failed
    store.packages.complete(done, "ETCA-III-04_2024_T1_unidad_004.zip", "ab" * 32)

    history = store.packages.history(unit)

    assert [(r.sequence, r.file_name, r.quarter) for r in history] == [
        (1, "ETCA-III-04_2024_T1_unidad_004.zip", Quarter.FIRST)
    ]
    assert store.packages.reserve("30", unit, 2024, Quarter.FIRST, AT).sequence == 3


def test_numbers_survive_reopening_the_file(tmp_path: Path) -> None:
    path = tmp_path / "avance.sqlite3"
    with Store.open(path) as first:
        first.packages.reserve("30", UnitCode("004"), 2024, Quarter.FIRST, AT)
    with Store.open(path) as second:
        assert second.packages.reserve("30", UnitCode("004"), 2024, Quarter.FIRST, AT).sequence == 2


def test_only_the_units_written_report_packages_of_the_year_count_as_sent(store: Store) -> None:
    from ism_desktop.domain.audit import Author
    from ism_desktop.domain.package_kind import PackageKind
    from ism_desktop.store.closure_repository import CLOSE, REOPEN, ClosureEvent

    unit = UnitCode("004")
    first = store.packages.reserve("30", unit, 2024, Quarter.FIRST, AT)
    store.packages.complete(first, "ETCA-III-04_2024_T1_unidad_004.ismpaq", "ab" * 32)
    store.packages.reserve("30", unit, 2024, Quarter.SECOND, AT)  # an export that failed
    other = store.packages.reserve("30", UnitCode("009"), 2024, Quarter.THIRD, AT)
    store.packages.complete(other, "ETCA-III-04_2024_T3_unidad_009.ismpaq", "cd" * 32)
    base = store.packages.reserve("30", unit, 2024, Quarter.FOURTH, AT, PackageKind.BASE)
    store.packages.complete(base, "base.ismpaq", "ef" * 32)
    author = Author("Unidad 004", "ana")
    for quarter in Quarter:  # every quarter of the unit closed and reopened
        for action in (CLOSE, REOPEN):
            event = ClosureEvent(2024, "30", unit, quarter, action, "motivo", author, AT)
            assert store.closures.set_state(event)

    assert store.packages.since_sent(2024, "30", unit).reopened == {Quarter.FIRST}
    assert store.packages.since_sent(2025, "30", unit).reopened == frozenset()


def _sent_then_edited(path: Path, seed_path: Path, created_at: str, marked: bool) -> Store:
    """Unit 004's first quarter sent (marked or, as before marks, not), then a T1 figure edited.

    With ``marked``, the package's mark is taken after the edit: it had read it.
    """
    from decimal import Decimal

    from ism_desktop.domain.audit import Author
    from ism_desktop.domain.editing import with_achieved
    from ism_desktop.exchange.etca.report_import import import_etca_file

    store = Store.open(path)
    import_etca_file(seed_path, store.reports)
    unit = UnitCode("004")
    reservation = store.packages.reserve("30", unit, 2024, Quarter.FIRST, created_at)
    report = store.reports.load(year=2024)
    assert report is not None
    meta = report.metas_of(unit)[0]
    after = with_achieved(meta, Quarter.FIRST, Decimal(12345))
    store.edits.save(2024, meta, after, Author("Unidad 004", "ana"))
    mark = store.packages.audit_mark() if marked else None
    store.packages.complete(reservation, "T1.ismpaq", "ab" * 32, mark)
    return store


@pytest.mark.parametrize(
    ("created_at", "marked", "changed"),
    [
        (AT, False, True),  # before marks: edited after the package's time
        ("2099-01-01T00:00:00-07:00", False, False),  # before marks: the package is later
        (AT, True, False),  # marked after the edit: it was in the package, whatever the clock
    ],
    ids=["por-hora-despues", "por-hora-antes", "por-marca"],
)
def test_changes_since_a_quarter_was_sent_are_told_by_mark_or_by_time(
    tmp_path: Path, seed_path: Path, created_at: str, marked: bool, changed: bool
) -> None:
    with _sent_then_edited(tmp_path / "avance.sqlite3", seed_path, created_at, marked) as store:
        since = store.packages.since_sent(2024, "30", UnitCode("004"))

    assert since.reopened == frozenset()  # never closed here: not reopened either
    assert [(c.quarter, c.field, c.new) for c in since.changes] == (
        [(Quarter.FIRST, "realizado.t1.num", "12345")] if changed else []
    )


def test_a_justification_is_told_changed_by_its_write_number_not_its_clock(
    tmp_path: Path, seed_path: Path
) -> None:
    from ism_desktop.domain.validation.justification import Justification, JustificationKey
    from ism_desktop.exchange.etca.report_import import import_etca_file

    unit = UnitCode("004")
    with Store.open(tmp_path / "avance.sqlite3") as store:
        import_etca_file(seed_path, store.reports)
        report = store.reports.load(year=2024)
        assert report is not None
        key = JustificationKey(2024, report.metas_of(unit)[0].stable_id, Quarter.FIRST, "X")
        # Written with the clock years ahead, before the package: it was sent.
        store.justifications.save(Justification(key, "Oficio 12.", "ana", "2099-01-01T00:00"))
        reservation = store.packages.reserve("30", unit, 2024, Quarter.FIRST, AT)
        mark = store.packages.justification_mark()
        store.packages.complete(reservation, "T1.ismpaq", "ab" * 32, 0, mark)
        sent = store.packages.since_sent(2024, "30", unit).changes
        # Written again after it, though its time is earlier than the package's.
        store.justifications.save(Justification(key, "Oficio 13.", "ana", "2020-01-01T00:00"))
        changed = store.packages.since_sent(2024, "30", unit).changes

    assert sent == ()
    assert [(c.quarter, c.field, c.new) for c in changed] == [
        (Quarter.FIRST, "justificacion.X", "Oficio 13.")
    ]


def test_a_justification_removed_after_a_package_of_the_previous_version_is_a_change(
    tmp_path: Path, seed_path: Path
) -> None:
    from ism_desktop.domain.validation.justification import Justification, JustificationKey
    from ism_desktop.exchange.etca.report_import import import_etca_file

    unit = UnitCode("004")
    path = tmp_path / "avance.sqlite3"
    with Store.open(path) as store:
        import_etca_file(seed_path, store.reports)
        report = store.reports.load(year=2024)
        assert report is not None
        key = JustificationKey(2024, report.metas_of(unit)[0].stable_id, Quarter.FIRST, "X")
        store.justifications.save(Justification(key, "Oficio 12.", "ana", "2024-04-01T09:00"))
        # Sent by the previous version: no marks.
        reservation = store.packages.reserve("30", unit, 2024, Quarter.FIRST, AT)
        store.packages.complete(reservation, "T1.ismpaq", "ab" * 32)
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        # That version numbered no write: upgraded, the log starts empty.
        db.execute("DELETE FROM justification_writes")
    with Store.open(path) as store:
        store.justifications.remove(key)
        changed = store.packages.since_sent(2024, "30", unit).changes

    assert [(c.quarter, c.field, c.new) for c in changed] == [
        (Quarter.FIRST, "justificacion.X", "")
    ]
