"""Fixtures of the backup tests: a database holding the seed report, and a backups folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.store.store import Store


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    """A database with the seed report imported, copied by each test that needs one."""
    path = tmp_path_factory.mktemp("plantilla") / "avance.sqlite3"
    with Store.open(path) as store:
        import_etca_file(seed_path, store.reports)
    return path


@pytest.fixture
def db(tmp_path: Path, template: Path) -> Path:
    """A fresh copy of the template database in ``tmp_path``."""
    path = tmp_path / "avance.sqlite3"
    shutil.copyfile(template, path)
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The backups folder (not created yet)."""
    return tmp_path / "copias"
