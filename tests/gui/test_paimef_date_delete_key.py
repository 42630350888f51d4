"""Delete or Backspace on a recorded date clears it, as emptying the cell does.

Both keys did nothing there: a date was cleared only by editing the cell and emptying it.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableWidget
from pytestqt.qtbot import QtBot

from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import _cell
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui

SIGNING = "Firma del Instrumento Jurídico"


def _on_the_signing_date(window: PaimefWindow, qtbot: QtBot) -> tuple[QTableWidget, int]:
    """The deadlines tab shown, the cursor on the signing's date; the dates and its row."""
    with qtbot.waitActive(window):
        window.activateWindow()
    window.tabs.setCurrentWidget(window.deadlines_tab)
    dates = window.deadlines_tab.dates
    row = next(r for r in range(dates.rowCount()) if _cell(dates, r, 0).text() == SIGNING)
    window.deadlines_tab.go_to_date("firma_instrumento")
    assert (dates.currentRow(), dates.currentColumn()) == (row, 1)
    return dates, row


@pytest.mark.parametrize("key", [Qt.Key.Key_Delete, Qt.Key.Key_Backspace])
def test_the_key_clears_the_date_saved_and_undoable(
    window: PaimefWindow, store: Store, qtbot: QtBot, key: Qt.Key
) -> None:
    dates, row = _on_the_signing_date(window, qtbot)
    assert _cell(dates, row, 1).text() == "13/03/2026"

    qtbot.keyClick(dates, key)

    assert _cell(dates, row, 1).text() == ""
    stored = store.paimef.load(2026)
    assert stored is not None
    assert "firma_instrumento" not in stored.dates
    assert window.message.text() == "Guardado: «Firma del Instrumento Jurídico», sin fecha."
    assert window.undo_menu.undo_action.text().startswith("&Deshacer fecha «Firma del Instrumento")

    qtbot.keyClick(dates, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert store.paimef.load(2026) == programme()
    assert _cell(dates, row, 1).text() == "13/03/2026"


def test_the_key_on_an_empty_date_saves_nothing(
    window: PaimefWindow, store: Store, qtbot: QtBot
) -> None:
    dates, row = _on_the_signing_date(window, qtbot)
    qtbot.keyClick(dates, Qt.Key.Key_Delete)
    history = store.paimef.history(2026)

    qtbot.keyClick(dates, Qt.Key.Key_Delete)

    assert _cell(dates, row, 1).text() == ""
    assert store.paimef.history(2026) == history


def test_the_keys_while_typing_a_date_still_erase_one_character(
    window: PaimefWindow, store: Store, qtbot: QtBot
) -> None:
    dates, row = _on_the_signing_date(window, qtbot)
    qtbot.keyClick(dates, Qt.Key.Key_F2)
    editor = dates.indexWidget(dates.currentIndex())
    assert isinstance(editor, QLineEdit)

    # «13/03/2026»: the «3» of the day deleted and a «6» typed; the year's last digit too.
    for key in (Qt.Key.Key_Home, Qt.Key.Key_Right, Qt.Key.Key_Delete):
        qtbot.keyClick(editor, key)
    qtbot.keyClicks(editor, "6")
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, "6")
    assert editor.text() == "16/03/2026"
    dates.setCurrentCell(row - 1, 1)  # leaving the cell saves it

    stored = store.paimef.load(2026)
    assert stored is not None
    assert stored.dates["firma_instrumento"] == date(2026, 3, 16)
    assert window.message.text() == "Guardado: «Firma del Instrumento Jurídico», 16/03/2026."
