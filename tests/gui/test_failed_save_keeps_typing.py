"""A save the database cannot make keeps what was typed on screen, to save once it can.

Before, the form reloaded what the database held: a paragraph typed while another program held
the database (or on a full disk, or a read-only file) vanished, and nothing brought it back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, stored_achieved, type_into
from tests.workspace.conftest import stored

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"
TYPED = "SE REALIZARON 761 ESTUDIOS Y 40 VISITAS DOMICILIARIAS."


@pytest.fixture
def held(db_path: Path) -> Iterator[sqlite3.Connection]:
    """Another program holding the database's write lock (real: a second connection)."""
    other = sqlite3.connect(db_path, isolation_level=None)
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


@pytest.fixture
def window(open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """Unit 004's window, its warnings answered; the lock's wait shortened."""
    window = open_window(unit_profile("004"))
    # Not five seconds of waiting for the lock in a test: the failure is the same.
    window.session.store._db.execute("PRAGMA busy_timeout = 0")
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: QMessageBox.StandardButton.Ok)
    return window


def _stored_text(db_path: Path, stable_id: str) -> str:
    return stored(db_path, stable_id).evaluation(Quarter.FIRST)


def test_a_paragraph_the_database_refused_stays_and_is_saved_once_it_can(
    window: MainWindow, qtbot: QtBot, db_path: Path, held: sqlite3.Connection
) -> None:
    meta = select(window, STUDIES)
    before = _stored_text(db_path, meta.stable_id)
    held.execute("BEGIN IMMEDIATE")
    window.form.narrative.setFocus()
    window.form.narrative.selectAll()
    qtbot.keyClicks(window.form.narrative, TYPED)

    window.form.flush()

    assert window.form.narrative.toPlainText() == TYPED
    assert _stored_text(db_path, meta.stable_id) == before
    held.execute("ROLLBACK")
    window.form.flush()
    assert _stored_text(db_path, meta.stable_id) == TYPED


def test_a_figure_the_database_refused_stays_and_is_saved_once_it_can(
    window: MainWindow, qtbot: QtBot, db_path: Path, held: sqlite3.Connection
) -> None:
    select(window, STUDIES)
    held.execute("BEGIN IMMEDIATE")

    type_into(qtbot, achieved_cell(window), "855", press_enter=True)

    assert achieved_cell(window).text() == "855"
    assert stored_achieved(db_path, STUDIES) == Decimal(761)
    held.execute("ROLLBACK")
    assert window.form.flush() == ""
    assert stored_achieved(db_path, STUDIES) == Decimal(855)


def test_looking_at_a_meta_saves_nothing(
    open_window: WindowFactory, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A stored text the box shows a little differently («\r\n» as a line break) was written back
    # on every flush, and the history blamed the person for a change nobody made.
    from ism_desktop.domain.audit import Author
    from ism_desktop.domain.editing import with_evaluation

    with Store.open(db_path) as store:
        report = store.reports.load()
        assert report is not None
        (meta,) = [m for m in report.metas if m.description == STUDIES]
        changed = with_evaluation(meta, Quarter.FIRST, "LÍNEA UNO\r\nLÍNEA\u00a0DOS")
        store.edits.save(2024, meta, changed, Author("Unidad 004", "prueba"))
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    rows = _audit_rows(db_path)

    assert window.form.flush() == ""
    select(window, "ASESORÍA LEGAL")

    assert _audit_rows(db_path) == rows
    assert (
        stored(db_path, meta.stable_id).evaluation(Quarter.FIRST) == "LÍNEA UNO\r\nLÍNEA\u00a0DOS"
    )


def _audit_rows(db_path: Path) -> int:
    with sqlite3.connect(db_path) as db:
        (count,) = db.execute("SELECT COUNT(*) FROM audit_log").fetchone()
    db.close()
    return int(count)
