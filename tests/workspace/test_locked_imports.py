"""Imports refused because another program holds the database make no backup copy.

Each refused attempt would otherwise add a copy and push an older, different one out of the
twenty kept. A real second connection holds ``BEGIN IMMEDIATE``; the busy timeout is short.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.report import ImportSource
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.platform import backups_dir
from ism_desktop.store.database import IN_USE, StoreError
from ism_desktop.store.store import Store
from ism_desktop.workspace.backups import copies_of
from ism_desktop.workspace.paimef_programme import import_programme, write_programme_file
from ism_desktop.workspace.year_programme import (
    ProgrammeError,
    import_year_template,
    new_year,
    write_year_template,
)
from tests.exchange.next_year import AUTHOR as TEMPLATE_AUTHOR
from tests.exchange.programme_template_filling import _fill as fill_template
from tests.paimef_builders import action, programme

AUTHOR = Author("Enlace PAIMEF", "mlopez")
TODAY = date(2026, 3, 20)


@pytest.mark.timeout(60, method="thread")
def test_a_paimef_import_refused_for_a_lock_makes_no_copy(tmp_path: Path) -> None:
    copies = tmp_path / "copias"
    database = tmp_path / "datos.sqlite3"
    path = tmp_path / "programa.json"
    write_programme_file(programme(action("A.9", "A", "A-I", "1000.00")), path)
    with Store.open(database) as store:
        store.paimef.replace(programme(), AUTHOR, "prueba", [])
        store.reports._db.execute("PRAGMA busy_timeout = 300")
        holder = sqlite3.connect(database, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            for _ in range(3):
                with pytest.raises(StoreError) as refused:
                    import_programme(store, path, AUTHOR, TODAY, backups=copies, replacing=True)
                assert IN_USE in str(refused.value).lower()
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert store.paimef.load(2026) == programme()
    assert not copies.exists() or not list(copies.iterdir())


@pytest.mark.timeout(60, method="thread")
def test_a_template_import_refused_for_a_lock_makes_no_copy(seed_text: str, tmp_path: Path) -> None:
    database = tmp_path / "coordinadora.sqlite3"
    with Store.open(database) as coordinator:
        report = parse_etca_text(seed_text).report
        coordinator.reports.save(report, ImportSource("seed.txt", "0" * 64))
        new_year(coordinator, 2025, 2024, TEMPLATE_AUTHOR)
        path = tmp_path / "plantilla.xlsx"
        write_year_template(coordinator, 2025, path)
        fill_template(path)
        before = copies_of(database, backups_dir())
        coordinator.reports._db.execute("PRAGMA busy_timeout = 300")
        holder = sqlite3.connect(database, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            for _ in range(3):
                with pytest.raises(ProgrammeError) as refused:
                    import_year_template(coordinator, 2025, path, TEMPLATE_AUTHOR)
                assert IN_USE in str(refused.value).lower()
        finally:
            holder.execute("ROLLBACK")
            holder.close()
    assert copies_of(database, backups_dir()) == before
