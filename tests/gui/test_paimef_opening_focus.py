"""The PAIMEF window opens where the cursor can be seen and used.

With no acciones it opened in the empty list, which draws no focus: the cursor was nowhere to
be seen, and the first keys went to a list with nothing in it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.conftest import shown_paimef
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui
AUTHOR = Author("Unidad 004", "ana")
TODAY = date(2026, 3, 20)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "datos.sqlite3") as opened:
        yield opened


def _opened(qtbot: QtBot, store: Store) -> PaimefWindow:
    window = shown_paimef(qtbot, store, AUTHOR, TODAY)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_with_no_actions_it_opens_in_the_new_actions_clave(store: Store, qtbot: QtBot) -> None:
    window = _opened(qtbot, store)

    assert QApplication.focusWidget() is window.form.key
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClicks(focus, "A.1")
    assert window.form.key.text() == "A.1"
    window.form.key.clear()  # nothing left typed: closing at the end asks nothing


def test_with_actions_it_opens_in_their_list(store: Store, qtbot: QtBot) -> None:
    store.paimef.replace(programme(), AUTHOR, "prueba", [])
    window = _opened(qtbot, store)

    assert QApplication.focusWidget() is window.table
    assert window.table.currentIndex().row() == 0
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_Down)
    assert window.table.currentIndex().row() == 1
