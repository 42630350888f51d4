"""Enter, Up and Down in the achieved figures move as in a spreadsheet: NUM, then DEN.

Enter left the cursor in NUM: NUM, Enter, DEN, Enter wrote the DEN figure over NUM.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ism_desktop.domain.figures import RowKind
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select

pytestmark = pytest.mark.gui
QUALITY = "ÍNDICE DE CALIDAD EN LOS INFORMES TRIMESTRALES"  # unit 003, tipo P: T1 100 of 100


def _stored(db_path: Path) -> tuple[Decimal | None, Decimal | None]:
    with Store.open(db_path) as store:
        report = store.reports.load()
        assert report is not None
        (meta,) = [m for m in report.metas if m.description == QUALITY]
        assert meta.den is not None
        return meta.num.achieved[0], meta.den.achieved[0]


def test_num_enter_den_enter_saves_both(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("003"))
    select(window, QUALITY)
    window.activateWindow()
    num, den = achieved_cell(window, RowKind.NUM), achieved_cell(window, RowKind.DEN)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Alt+2
    assert num.hasFocus()

    qtbot.keyClicks(num, "90")
    qtbot.keyClick(num, Qt.Key.Key_Return)
    assert den.hasFocus()
    assert den.selectedText() == den.text()  # taken whole: typing replaces it
    qtbot.keyClicks(den, "120")
    qtbot.keyClick(den, Qt.Key.Key_Return)

    assert _stored(db_path) == (Decimal(90), Decimal(120))
    assert den.hasFocus()  # nothing writable below DEN


def test_up_and_down_move_between_num_and_den(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window(unit_profile("003"))
    select(window, QUALITY)
    window.activateWindow()
    num, den = achieved_cell(window, RowKind.NUM), achieved_cell(window, RowKind.DEN)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)

    qtbot.keyClick(num, Qt.Key.Key_Down)
    assert den.hasFocus()
    assert den.selectedText() == den.text()
    qtbot.keyClick(den, Qt.Key.Key_Down)
    assert den.hasFocus()
    qtbot.keyClick(den, Qt.Key.Key_Up)
    assert num.hasFocus()
    assert num.selectedText() == num.text()


def test_a_refused_figure_keeps_the_cursor_and_its_message(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("003"))
    select(window, QUALITY)
    window.activateWindow()
    num = achieved_cell(window, RowKind.NUM)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)

    qtbot.keyClicks(num, "x")
    qtbot.keyClick(num, Qt.Key.Key_Return)

    assert num.hasFocus()
    assert num.text() == "x"
    assert window.form.input_error.text()


def test_down_with_a_refused_figure_keeps_the_cursor(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("003"))
    select(window, QUALITY)
    window.activateWindow()
    num, den = achieved_cell(window, RowKind.NUM), achieved_cell(window, RowKind.DEN)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)

    qtbot.keyClicks(num, "x")
    qtbot.keyClick(num, Qt.Key.Key_Down)
    assert num.hasFocus()
    assert window.form.input_error.text()

    num.selectAll()
    qtbot.keyClicks(num, "80")
    qtbot.keyClick(num, Qt.Key.Key_Down)  # saved on the way, as Enter would
    assert den.hasFocus()
    assert _stored(db_path) == (Decimal(80), Decimal(100))


def test_up_from_den_reaches_the_refused_num_the_message_asks_to_correct(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    # NUM refused («3e4»), a click into DEN, a figure typed there: Up stayed in DEN, since the
    # row could not be saved, though the red message asked to correct NUM.
    window = open_window(unit_profile("003"))
    select(window, QUALITY)
    window.activateWindow()
    num, den = achieved_cell(window, RowKind.NUM), achieved_cell(window, RowKind.DEN)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(num, "3e4")
    qtbot.keyClick(num, Qt.Key.Key_Return)
    assert num.hasFocus()
    assert window.form.input_error.text()

    qtbot.mouseClick(den, Qt.MouseButton.LeftButton)
    assert den.hasFocus()
    qtbot.keyClicks(den, "120")
    qtbot.keyClick(den, Qt.Key.Key_Up)

    assert num.hasFocus()
    assert num.text() == "3e4"
    assert den.text() == "120"  # kept typed, saved with NUM once NUM is a figure
    assert _stored(db_path) == (Decimal(100), Decimal(100))
    num.selectAll()
    qtbot.keyClicks(num, "90")
    qtbot.keyClick(num, Qt.Key.Key_Return)
    assert _stored(db_path) == (Decimal(90), Decimal(120))
