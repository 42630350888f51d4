"""The PAIMEF window while another program holds the database: said in Spanish, nothing lost.

An indicator's variables refused by a busy database raised SQLite's own error out of the window
(«database is locked»): the person saw the program's unexpected-error box, not why.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import _cell
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui
AUTHOR = Author("Unidad 001", "ana")
BUSY = "otro programa está usando la base de datos; intente de nuevo en un momento"


@pytest.fixture
def held(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    """Another program that will hold the database's write lock (a real second connection)."""
    other = sqlite3.connect(tmp_path / "datos.sqlite3", isolation_level=None)
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[PaimefWindow]:
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), AUTHOR, "prueba", [])
        # Not seconds of waiting for the lock in a test: the failure is the same.
        store._db.execute("PRAGMA busy_timeout = 0")
        shown = PaimefWindow(store, AUTHOR, date(2026, 7, 15))  # with warnings
        qtbot.addWidget(shown)
        yield shown


def test_a_capture_the_busy_database_refused_is_said_and_kept_typed(
    window: PaimefWindow, held: sqlite3.Connection
) -> None:
    held.execute("BEGIN IMMEDIATE")

    window.indicators_tab.capture_edited.emit(2, "2026-T1", "130; 100")

    assert window.message.text() == (
        f"No se guardó el indicador 2, primer trimestre de 2026: {BUSY}. No se cambió nada."
    )
    held.execute("ROLLBACK")
    assert window.store.paimef.captures() == {}
    window.indicators_tab.capture_edited.emit(2, "2026-T1", "130; 100")
    assert window.message.text() == "Indicador 2, primer trimestre de 2026: 30.00%"


def test_a_justification_the_busy_database_refused_is_said(
    window: PaimefWindow, held: sqlite3.Connection
) -> None:
    row = next(i for i, f in enumerate(window._findings) if not f.is_error)
    window.findings.setCurrentRow(row)
    held.execute("BEGIN IMMEDIATE")

    window.justify_selected("Se reprogramó con el INDESOL.")

    assert (
        window.message.text() == f"No se guardó: {BUSY[:1].upper()}{BUSY[1:]}. No se cambió nada."
    )
    held.execute("ROLLBACK")
    assert window.store.paimef.justifications(2026) == {}


def test_a_date_the_busy_database_refused_says_what_was_typed_and_why(
    window: PaimefWindow, held: sqlite3.Connection
) -> None:
    dates = window.deadlines_tab.dates
    names = [_cell(dates, r, 0).text() for r in range(dates.rowCount())]
    signing = names.index("Firma del Instrumento Jurídico")
    held.execute("BEGIN IMMEDIATE")

    _cell(dates, signing, 1).setText("6/4/2026")

    assert window.message.text() == (
        "No se guardó «6/4/2026» en «Firma del Instrumento Jurídico»: "
        f"{BUSY[:1].upper()}{BUSY[1:]}. No se cambió nada. Sigue la fecha guardada, 13/03/2026."
    )
    assert _cell(dates, signing, 1).text() == "13/03/2026"
    held.execute("ROLLBACK")
    stored = window.store.paimef.load(2026)
    assert stored is not None
    assert stored.dates["firma_instrumento"] == date(2026, 3, 13)
