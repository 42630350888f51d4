"""A batch of packages written in one transaction, against what can go wrong inside it.

Every package of the batch shares one transaction: a refused one must still change nothing,
one that fails must not take the others with it, and the copy made before the first write,
while the transaction is open, must hold the data as it was before the batch.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake import packages
from ism_desktop.exchange.intake.packages import IncomingPackage
from ism_desktop.exchange.unit_workbook import write_unit_workbook
from ism_desktop.store.backup import BackupError
from ism_desktop.store.store import Store
from ism_desktop.workspace import transfers
from tests.workspace.test_package_batches import OPTIONS, _packages, _received_units, _snapshot


def _fail_inserts_of(store: Store, unit: str, table: str) -> None:
    # A write of that unit's package fails inside the batch, as a closed quarter or a full
    # disk would make it: its first write (the log entry) or its last (the quarter closed).
    store._db.execute(
        f"CREATE TEMP TRIGGER fail_{unit} BEFORE INSERT ON {table} "
        f"WHEN NEW.unit_code = '{unit}' BEGIN SELECT RAISE(ABORT, 'falla simulada'); END"
    )


def _rows_of_unit(path: Path, unit: str) -> list[int]:
    with Store.open(path) as store:
        return [
            store._db.conn.execute(
                f"SELECT COUNT(*) FROM {table} WHERE unit_code = ?", [unit]
            ).fetchone()[0]
            for table in ("received_packages", "quarter_closures", "quarter_closure_log")
        ]


@pytest.mark.parametrize("table", ["received_packages", "quarter_closure_log"])
def test_a_write_that_fails_in_the_middle_leaves_the_others_applied(
    seed_text: str, db_path: Path, tmp_path: Path, table: str
) -> None:
    files = _packages(seed_text, tmp_path / "paquetes")

    with Store.open(db_path) as store:
        _fail_inserts_of(store, "005", table)
        outcomes, backup = transfers.receive_files(store, files, OPTIONS)

    assert [outcome.applied for outcome in outcomes] == [True, False, True]
    assert "falla simulada" in (outcomes[1].error or "")
    assert backup is not None
    assert _received_units(db_path) == {UnitCode("004"), UnitCode("006")}
    assert _rows_of_unit(db_path, "005") == [0, 0, 0]
    assert _rows_of_unit(db_path, "004") == [1, 1, 1]


def test_a_program_error_in_the_middle_of_the_review_leaves_the_others_applied(
    seed_text: str, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _packages(seed_text, tmp_path / "paquetes")
    real_apply = packages.apply_package

    def fail_005(store: Store, incoming: IncomingPackage, *, recheck: bool) -> object:
        if incoming.received.unit == UnitCode("005"):
            raise RuntimeError("falla simulada")
        return real_apply(store, incoming, recheck=recheck)

    monkeypatch.setattr(packages, "apply_package", fail_005)
    with Store.open(db_path) as store:
        reviewed = transfers.check_packages(store, files, OPTIONS)
        outcomes, _backup = transfers.apply_packages(store, reviewed)

    assert [outcome.applied for outcome in outcomes] == [True, False, True]
    assert "falla inesperada al recibirlo (falla simulada)" in (outcomes[1].error or "")
    assert _received_units(db_path) == {UnitCode("004"), UnitCode("006")}


def test_the_same_file_twice_in_a_batch_is_received_once(
    seed_text: str, db_path: Path, tmp_path: Path
) -> None:
    first, _second, _third = _packages(seed_text, tmp_path / "paquetes")

    with Store.open(db_path) as store:
        outcomes, _backup = transfers.receive_files(store, [first, first], OPTIONS)
        history = store.received.history()

    assert [outcome.applied for outcome in outcomes] == [True, False]
    assert outcomes[1].error == (
        f"«{first.name}»: se eligió dos veces en este lote; se recibe una sola vez"
    )
    assert [package.unit for package in history] == [UnitCode("004")]


def test_a_workbook_in_the_batch_is_received_with_the_packages(
    seed_text: str, db_path: Path, tmp_path: Path
) -> None:
    first, second, _third = _packages(seed_text, tmp_path / "paquetes")
    with Store.open(db_path) as store:
        workbook = write_unit_workbook(store, UnitCode("009"), Quarter.FIRST, tmp_path)

    with Store.open(db_path) as store:
        outcomes, _backup = transfers.receive_files(store, [first, workbook, second], OPTIONS)

    assert [outcome.error for outcome in outcomes] == [None, None, None]
    assert _received_units(db_path) == {UnitCode(code) for code in ("004", "005", "009")}


def test_a_file_changed_after_the_review_is_refused_and_the_others_applied(
    seed_text: str, db_path: Path, tmp_path: Path
) -> None:
    files = _packages(seed_text, tmp_path / "paquetes")
    other = _packages(seed_text, tmp_path / "otros")[1]

    with Store.open(db_path) as store:
        checked = transfers.check_packages(store, files, OPTIONS)
        files[1].write_bytes(other.read_bytes()[:-100])  # damaged after the review
        outcomes, _backup = transfers.apply_packages(store, checked, recheck=True)

    assert [outcome.applied for outcome in outcomes] == [True, False, True]
    assert outcomes[1].error
    assert _received_units(db_path) == {UnitCode("004"), UnitCode("006")}


def test_when_the_copy_cannot_be_made_nothing_is_written_and_the_copy_error_is_raised(
    seed_text: str, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _packages(seed_text, tmp_path / "paquetes")
    blocked = tmp_path / "copias"
    blocked.write_text("un archivo donde iría la carpeta de copias", encoding="utf-8")
    monkeypatch.setattr("ism_desktop.store.backup.backups_dir", lambda: blocked)
    before = _snapshot(db_path)

    with Store.open(db_path) as store, pytest.raises(BackupError) as raised:
        transfers.receive_files(store, files, OPTIONS)

    assert str(raised.value).startswith("no se pudo guardar la copia de seguridad")
    assert _snapshot(db_path) == before


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_the_copy_made_inside_the_batch_holds_the_data_before_it(
    seed_text: str, db_path: Path, tmp_path: Path, journal: str
) -> None:
    damaged, first, second = _packages(seed_text, tmp_path / "paquetes")
    damaged.write_bytes(damaged.read_bytes()[:-200])  # refused first: the copy comes later
    before = _snapshot(db_path)

    with Store.open(db_path) as store:
        store._db.conn.execute(f"PRAGMA journal_mode={journal}")
        outcomes, backup = transfers.receive_files(store, [damaged, first, second], OPTIONS)
        mode = store._db.conn.execute("PRAGMA journal_mode").fetchone()[0]

    assert mode == journal
    assert [outcome.applied for outcome in outcomes] == [False, True, True]
    assert backup is not None
    assert _snapshot(backup.path) == before
    assert _snapshot(db_path) != before


def test_a_locked_database_refuses_the_batch_in_one_sentence_each(
    seed_text: str, db_path: Path, tmp_path: Path
) -> None:
    first, _second, _third = _packages(seed_text, tmp_path / "paquetes")
    missing = tmp_path / "no_existe.ismpaq"
    before = _snapshot(db_path)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")

    try:
        with Store.open(db_path) as store:
            store._db.execute("PRAGMA busy_timeout = 0")
            outcomes, backup = transfers.receive_files(store, [first, missing], OPTIONS)
    finally:
        other.execute("ROLLBACK")
        other.close()

    assert backup is None
    lines = [outcome.summary() for outcome in outcomes]
    assert lines[0] == (
        "Rechazado «ETCA-III-04_2024_T1_unidad_004.ismpaq»: no se pudo guardar el paquete: "
        "otro programa está usando la base de datos; intente de nuevo en un momento. "
        "No se cambió nada."
    )
    assert lines[1] == "Rechazado «no_existe.ismpaq»: el archivo no existe."
    assert _snapshot(db_path) == before


def test_a_commit_that_cannot_get_the_file_writes_nothing_and_says_so_for_each(
    seed_text: str, db_path: Path, tmp_path: Path
) -> None:
    files = _packages(seed_text, tmp_path / "paquetes")
    files[1].write_bytes(files[1].read_bytes()[:-200])
    before = _snapshot(db_path)

    with Store.open(db_path) as store:
        # Without WAL a reader's lock stops the commit (not the writes before it).
        store._db.conn.execute("PRAGMA journal_mode=delete")
        store._db.execute("PRAGMA busy_timeout = 0")
        reader = sqlite3.connect(db_path, isolation_level=None)
        reader.execute("BEGIN")
        reader.execute("SELECT COUNT(*) FROM metas").fetchone()
        try:
            outcomes, backup = transfers.receive_files(store, files, OPTIONS)
        finally:
            reader.execute("ROLLBACK")
            reader.close()

    assert backup is not None
    assert [outcome.applied for outcome in outcomes] == [False, False, False]
    assert outcomes[1].error is not None
    assert "le falta el final" in outcomes[1].error  # cut short: said as such
    for outcome in (outcomes[0], outcomes[2]):
        assert outcome.summary() == (
            f"Rechazado «{outcome.path.name}»: no se pudo guardar el paquete: otro programa está "
            "usando la base de datos; intente de nuevo en un momento. No se cambió nada."
        )
    assert _snapshot(db_path) == before
