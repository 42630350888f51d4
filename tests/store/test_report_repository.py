"""The store keeps whole reports: round trips, updates in place, all-or-nothing writes."""

from __future__ import annotations

import sqlite3
from collections.abc import Container, Sequence
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ImportSource, ProgressReport
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.store.database import StoreError
from ism_desktop.store.errors import DamagedDataError, is_damaged_data
from ism_desktop.store.store import Store

SOURCE = ImportSource(name="informe.txt", sha256="0" * 64)


@pytest.fixture
def seed_report(seed_text: str) -> ProgressReport:
    return parse_etca_text(seed_text).report


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "avance.sqlite3")


def test_round_trip_returns_equal_domain_objects(store: Store, seed_report: ProgressReport) -> None:
    store.reports.save(seed_report, SOURCE)

    loaded = store.reports.load()

    assert loaded is not None
    assert loaded.metas == seed_report.metas
    assert (loaded.year, loaded.quarter) == (2024, Quarter.FIRST)
    assert loaded.catalogue.units == seed_report.catalogue.units
    assert loaded.printed_at == "2024-04-11T10:44"


def test_round_trip_through_a_reopened_file(tmp_path: Path, seed_report: ProgressReport) -> None:
    with Store.open(tmp_path / "a.sqlite3") as first:
        first.reports.save(seed_report, SOURCE)

    with Store.open(tmp_path / "a.sqlite3") as again:
        loaded = again.reports.load()

    assert loaded is not None
    assert loaded.metas == seed_report.metas


def test_saving_again_updates_in_place(store: Store, seed_report: ProgressReport) -> None:
    first = store.reports.save(seed_report, SOURCE)
    changed_meta = replace(
        seed_report.metas[0], num=seed_report.metas[0].num.with_achieved(Quarter.FIRST, Decimal(7))
    )
    changed = replace(seed_report, metas=(changed_meta, *seed_report.metas[1:]))

    second = store.reports.save(changed, SOURCE)

    assert (first.inserted, first.updated) == (56, 0)
    assert (second.inserted, second.updated) == (0, 56)
    loaded = store.reports.load()
    assert loaded is not None
    assert len(loaded.metas) == 56
    assert loaded.metas[0].num.achieved[0] == Decimal(7)


def test_a_failed_save_leaves_nothing_behind(
    store: Store, seed_report: ProgressReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.reports.save(seed_report, SOURCE)
    before = store.reports.load()
    original = store.reports._save_metas

    def failing(year: int, metas: Sequence[Meta], stored: Container[str]) -> None:
        original(year, metas[:30], stored)  # written, then the rest fails
        raise sqlite3.IntegrityError("simulated failure mid-way")

    monkeypatch.setattr(store.reports, "_save_metas", failing)
    altered = replace(
        seed_report, metas=tuple(replace(m, unit_of_measure="X") for m in seed_report.metas)
    )

    with pytest.raises(sqlite3.IntegrityError, match="simulated failure mid-way"):
        store.reports.save(altered, SOURCE)

    assert store.reports.load() == before


def test_empty_store(store: Store) -> None:
    assert store.reports.is_empty()
    assert store.reports.load() is None
    assert store.reports.current_period() is None


def test_file_is_in_wal_mode_with_foreign_keys_and_named_migrations(tmp_path: Path) -> None:
    path = tmp_path / "b.sqlite3"
    Store.open(path).close()

    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        names = [r[0] for r in raw.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    finally:
        raw.close()
    assert names[0] == "0001_catalogue_and_metas"
    with Store.open(path) as store:
        assert store._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_file_that_is_not_a_database_is_refused_in_spanish(tmp_path: Path) -> None:
    path = tmp_path / "falso.sqlite3"
    path.write_bytes(b"esto no es una base de datos" * 100)

    with pytest.raises(StoreError, match="no es una base de datos de ISM Avance"):
        Store.open(path)

    assert path.read_bytes() == b"esto no es una base de datos" * 100


def test_unreported_achieved_figures_are_stored_as_null(
    tmp_path: Path, seed_report: ProgressReport
) -> None:
    first = seed_report.metas[0]
    # A later quarter reported as zero is a figure; an unreported one is not.
    reported = replace(first, num=first.num.with_achieved(Quarter.SECOND, Decimal("0.00")))
    report = replace(seed_report, metas=(reported, *seed_report.metas[1:]))
    with Store.open(tmp_path / "a.sqlite3") as store:
        store.reports.save(report, SOURCE)

    connection = sqlite3.connect(tmp_path / "a.sqlite3")
    try:
        kinds = connection.execute(
            "SELECT typeof(achieved_q1), typeof(achieved_q2), typeof(achieved_q3), "
            "typeof(achieved_q4), achieved_q2 FROM figure_rows f JOIN metas m ON m.id = f.meta_id "
            "WHERE m.position = 0 AND f.row_kind = 'NUM'"
        ).fetchone()
        empty = connection.execute(
            "SELECT count(*) FROM figure_rows WHERE achieved_q1 = '' OR achieved_q2 = '' "
            "OR achieved_q3 = '' OR achieved_q4 = ''"
        ).fetchone()[0]
    finally:
        connection.close()

    assert kinds == ("text", "text", "null", "null", "0.00")
    assert empty == 0


@pytest.mark.parametrize("stored", ["Infinity", "-Infinity", "NaN", "sNaN", "diez", "1,5", ""])
def test_a_figure_damaged_outside_the_program_is_named_not_a_crash(
    tmp_path: Path, seed_report: ProgressReport, stored: str
) -> None:
    # A database edited by hand (or damaged) with «Infinity» in a figure: every command that
    # loaded it said «ocurrió un error inesperado: cannot convert Infinity to integer».
    path = tmp_path / "avance.sqlite3"
    with Store.open(path) as store:
        store.reports.save(seed_report, SOURCE)
    with sqlite3.connect(path) as db:
        db.execute(
            "UPDATE figure_rows SET achieved_q1 = ? WHERE meta_id = (SELECT MIN(meta_id) "
            "FROM figure_rows) AND row_kind = 'NUM'",
            [stored],
        )
    db.close()

    with Store.open(path) as store, pytest.raises(DamagedDataError) as refused:
        store.reports.load()

    assert str(refused.value) == (
        f"La base de datos tiene una cifra que no es válida («{stored}»): se cambió fuera del "
        "programa o está dañada. No se cambió nada; una copia de seguridad la devuelve a como "
        "estaba."
    )
    assert is_damaged_data(refused.value)


def test_a_database_file_damaged_on_disk_is_told_as_damaged(
    tmp_path: Path, seed_report: ProgressReport
) -> None:
    # Its pages overwritten (a failing disk, a copy cut short): a backup is the way back.
    path = tmp_path / "avance.sqlite3"
    with Store.open(path) as store:
        store.reports.save(seed_report, SOURCE)
    data = bytearray(path.read_bytes())
    data[100:] = (bytes(range(256)) * (len(data) // 256 + 1))[: len(data) - 100]
    path.write_bytes(bytes(data))

    with pytest.raises(StoreError) as refused, Store.open(path) as store:
        store.reports.load()

    assert is_damaged_data(refused.value)


def test_a_locked_or_foreign_database_is_not_told_as_damaged(tmp_path: Path) -> None:
    foreign = tmp_path / "otra.sqlite3"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE clientes (nombre TEXT)")
    db.close()

    with pytest.raises(StoreError) as refused:
        Store.open(foreign)

    assert not is_damaged_data(refused.value)
    assert not is_damaged_data(sqlite3.OperationalError("database is locked"))
