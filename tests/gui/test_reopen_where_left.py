"""The window reopens on the meta last shown (per database and profile), else on the first."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ism_desktop.domain.profile import PcProfile
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.store.store import Store
from tests.gui.conftest import settle, unit_profile

pytestmark = pytest.mark.gui


@pytest.fixture
def stores() -> Iterator[list[Store]]:
    opened: list[Store] = []
    yield opened
    for store in opened:
        store.close()


def opened(
    qtbot: QtBot, db_path: Path, ini: Path, profile: PcProfile, stores: list[Store]
) -> MainWindow:
    """A window as the program builds it: the frame first, the data after (its own settings)."""
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    window = MainWindow.frame(settings, profile)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show_frame()
    store = Store.open(db_path)
    stores.append(store)
    window.load(ReportSession(store, profile))
    settle(qtbot, window)
    return window


def first_meta_id(db_path: Path, profile: PcProfile) -> str:
    with Store.open(db_path) as store:
        return ReportSession(store, profile).metas()[0].stable_id


def test_the_window_reopens_on_the_meta_last_shown(
    qtbot: QtBot, db_path: Path, tmp_path: Path, stores: list[Store]
) -> None:
    ini = tmp_path / "configuracion.ini"
    window = opened(qtbot, db_path, ini, unit_profile("004"), stores)
    chosen = window.session.metas()[4].stable_id
    assert window.current_meta_id() != chosen
    window.select_meta(chosen)
    assert window.current_meta_id() == chosen
    window.close()

    again = opened(qtbot, db_path, ini, unit_profile("004"), stores)

    assert again.current_meta_id() == chosen
    assert again.tree.currentIndex().isValid()


def test_the_meta_is_remembered_even_when_the_window_never_closed(
    qtbot: QtBot, db_path: Path, tmp_path: Path, stores: list[Store]
) -> None:
    # A crash or a power cut: no closeEvent, yet the next start shows the meta of then.
    ini = tmp_path / "configuracion.ini"
    window = opened(qtbot, db_path, ini, unit_profile("004"), stores)
    chosen = window.session.metas()[2].stable_id
    window.select_meta(chosen)

    again = opened(qtbot, db_path, ini, unit_profile("004"), stores)

    assert again.current_meta_id() == chosen


def test_another_profile_opens_on_its_own_first_meta(
    qtbot: QtBot, db_path: Path, tmp_path: Path, stores: list[Store]
) -> None:
    ini = tmp_path / "configuracion.ini"
    window = opened(qtbot, db_path, ini, unit_profile("004"), stores)
    window.select_meta(window.session.metas()[3].stable_id)
    window.close()

    other = opened(qtbot, db_path, ini, unit_profile("009"), stores)

    assert other.current_meta_id() == first_meta_id(db_path, unit_profile("009"))


def test_a_meta_no_longer_there_falls_back_to_the_first(
    qtbot: QtBot, db_path: Path, tmp_path: Path, stores: list[Store]
) -> None:
    ini = tmp_path / "configuracion.ini"
    window = opened(qtbot, db_path, ini, unit_profile("004"), stores)
    chosen = window.session.metas()[4].stable_id
    window.select_meta(chosen)
    window.close()
    for store in stores:
        store.close()
    stores.clear()
    with sqlite3.connect(db_path) as db:  # the meta gone (a new report, another year)
        db.execute("PRAGMA foreign_keys = ON")
        assert db.execute("DELETE FROM metas WHERE stable_id = ?", (chosen,)).rowcount == 1
    db.close()

    again = opened(qtbot, db_path, ini, unit_profile("004"), stores)

    assert again.current_meta_id() == first_meta_id(db_path, unit_profile("004"))
    assert again.statusBar().currentMessage() == ""
