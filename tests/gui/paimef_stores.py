"""A database holding the sample PAIMEF programme, and the PAIMEF window opened on it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.paimef_builders import programme

TODAY = date(2026, 3, 20)
UNIT_001 = Author("Unidad 001", "ana")


@contextmanager
def stored_programme(folder: Path, author: Author) -> Iterator[Store]:
    """A database in ``folder`` with the sample programme stored by ``author``; closed after."""
    with Store.open(folder / "datos.sqlite3") as opened:
        opened.paimef.replace(programme(), author, "prueba", [])
        yield opened


def paimef_window(qtbot: QtBot, store: Store) -> PaimefWindow:
    """Unit 001's PAIMEF window on ``store`` (not shown: the tests call its actions)."""
    window = PaimefWindow(store, UNIT_001, TODAY)
    qtbot.addWidget(window)
    return window
