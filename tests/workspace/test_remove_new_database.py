"""A database a command made on its way is removed when it holds nothing, never when it holds data.

Between the command's «it does not exist» and its removal another program may have made the
file and written to it: that file is not the command's to remove.
"""

from __future__ import annotations

from pathlib import Path

from ism_desktop.exchange.etca.report_import import load_etca_file
from ism_desktop.store.store import Store
from ism_desktop.workspace.opening import remove_new_database
from ism_desktop.workspace.transfers import import_report


def test_an_empty_new_database_is_removed(tmp_path: Path) -> None:
    database = tmp_path / "nueva.sqlite3"
    Store.open(database).close()

    remove_new_database(database)

    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_database_holding_data_is_kept(tmp_path: Path, seed_path: Path) -> None:
    database = tmp_path / "nueva.sqlite3"
    with Store.open(database) as store:
        import_report(store, load_etca_file(seed_path))
    before = database.read_bytes()

    remove_new_database(database)

    assert database.read_bytes() == before
