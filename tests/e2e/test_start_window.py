"""``ism-desktop`` with no command opens the window on the default database, pre-loaded."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from pathlib import Path

import pytest

from ism_desktop.store.backup_catalogue import list_backups
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli

pytestmark = [pytest.mark.e2e, pytest.mark.gui]
FIRST_VERSION = (
    Path(__file__).resolve().parents[1] / "store" / "fixtures" / "esquema_0001_v0.1.0.sqlite3"
)
PROBE_LINES = "".join(
    rf"{what} en \d+\.\d{{3}} s \(cpu \d+\.\d{{3}} s\)\n"
    for what in ("primera pintura", "metas en pantalla", "revisión lista")
)

PROFILE_004 = """[perfil]
rol=unidad
unidad=004
ejercicio=2024
trimestre=1
"""


def test_window_starts_on_a_new_default_database_with_the_sample_loaded(tmp_path: Path) -> None:
    (tmp_path / "configuracion.ini").write_text(PROFILE_004, encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

    result = run_cli("--medir-arranque", data_dir=tmp_path)

    assert result.returncode == 0, result.stderr
    assert re.fullmatch(PROBE_LINES, result.stdout)
    with Store.open(tmp_path / "ism_avance.sqlite3") as store:
        report = store.reports.load()
    assert report is not None
    assert len(report.metas) == 56
    copies = list_backups(tmp_path / "copias", tmp_path / "ism_avance.sqlite3")
    assert [(copy.reason, copy.meta_count) for copy in copies] == [("al abrir", 56)]


def test_window_on_a_first_version_database_copies_it_then_upgrades_and_opens(
    tmp_path: Path,
) -> None:
    # The frame paints before the database is opened; the upgrade comes right after.
    old = tmp_path / "version_0_1_0.sqlite3"
    old.write_bytes(FIRST_VERSION.read_bytes())
    (tmp_path / "configuracion.ini").write_text(PROFILE_004, encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

    result = run_cli("--db", old, "--medir-arranque", data_dir=tmp_path)

    assert result.returncode == 0, result.stderr
    assert re.fullmatch(PROBE_LINES, result.stdout)
    reasons = [info.reason for info in list_backups(tmp_path / "copias", old)]
    assert sorted(reasons) == ["al abrir", "antes de actualizar"]
    with Store.open(old) as store:
        assert store.reports.load() is not None


def test_window_on_a_file_that_is_not_a_database_says_so(tmp_path: Path) -> None:
    bogus = tmp_path / "otro.sqlite3"
    bogus.write_bytes(b"no soy una base de datos" * 50)
    (tmp_path / "configuracion.ini").write_text(PROFILE_004, encoding="utf-8")

    result = run_cli("--db", bogus, "--medir-arranque", data_dir=tmp_path)

    assert result.returncode == 2
    assert "no es una base de datos de ISM Avance" in result.stderr
    assert bogus.read_bytes() == b"no soy una base de datos" * 50


def test_closing_while_the_dictionary_still_loads_prints_no_traceback(tmp_path: Path) -> None:
    # The start-up probe quits as soon as the findings are in, usually before the dictionary,
    # read on a worker thread, is loaded: as a person closing the window right away would.
    (tmp_path / "configuracion.ini").write_text(PROFILE_004, encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

    results = [run_cli("--medir-arranque", data_dir=tmp_path) for _ in range(3)]

    assert [r.returncode for r in results] == [0, 0, 0]
    assert not [r.stderr for r in results if "Traceback" in r.stderr]


def _stored_metas(db: Path) -> int:
    # Read with sqlite3 itself: not through the program under test.
    with contextlib.closing(sqlite3.connect(db)) as connection:
        return int(connection.execute("SELECT COUNT(*) FROM metas").fetchone()[0])


def test_window_on_an_explicit_new_path_opens_an_empty_database(tmp_path: Path) -> None:
    # A mistyped path, or a new file on purpose: the sample institution's 56 metas filled it.
    (tmp_path / "configuracion.ini").write_text(PROFILE_004, encoding="utf-8")
    new = tmp_path / "nueva" / "mi_unidad.sqlite3"
    new.parent.mkdir()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

    result = run_cli("--db", new, "--medir-arranque", data_dir=tmp_path)

    assert result.returncode == 0, result.stderr
    assert re.fullmatch(PROBE_LINES, result.stdout)
    assert _stored_metas(new) == 0
    assert not (tmp_path / "ism_avance.sqlite3").exists()


def test_the_default_database_named_with_db_is_still_the_default(tmp_path: Path) -> None:
    # The same file the start with no option opens (spelled through «..»): it gets the sample.
    (tmp_path / "configuracion.ini").write_text(PROFILE_004, encoding="utf-8")
    (tmp_path / "otra").mkdir()
    spelled = tmp_path / "otra" / ".." / "ism_avance.sqlite3"
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

    result = run_cli("--db", spelled, "--medir-arranque", data_dir=tmp_path)

    assert result.returncode == 0, result.stderr
    assert _stored_metas(tmp_path / "ism_avance.sqlite3") == 56
