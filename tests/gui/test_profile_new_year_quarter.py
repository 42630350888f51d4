"""Moving this PC to a later year in its configuration starts that year at its first quarter.

A unit at 2024's second quarter that typed 2025 kept «Segundo trimestre»: Enter put it to
report 2025's second quarter, with the first not yet reported.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.profile_dialog import ProfileDialog

pytestmark = pytest.mark.gui

_AT_SECOND = PcProfile(Role.UNIT, UnitCode("004"), 2024, Quarter.SECOND)


def _dialog(qtbot: QtBot) -> ProfileDialog:
    dialog = ProfileDialog([], _AT_SECOND, 2024, Quarter.FIRST)
    qtbot.addWidget(dialog)
    return dialog


def test_typing_a_later_year_chooses_its_first_quarter(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.year_box.selectAll()

    qtbot.keyClicks(dialog.year_box, "2025")

    assert dialog.profile() == PcProfile(Role.UNIT, UnitCode("004"), 2025, Quarter.FIRST)


def test_back_at_its_own_year_the_quarter_is_the_one_it_had(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClick(dialog.year_box, Qt.Key.Key_Up)

    qtbot.keyClick(dialog.year_box, Qt.Key.Key_Down)

    assert dialog.profile() == _AT_SECOND


def test_an_earlier_year_keeps_the_quarter_chosen(qtbot: QtBot) -> None:
    # Looking back at a year already reported: which quarter is the person's to say.
    dialog = _dialog(qtbot)

    qtbot.keyClick(dialog.year_box, Qt.Key.Key_Down)

    assert dialog.profile() == PcProfile(Role.UNIT, UnitCode("004"), 2023, Quarter.SECOND)


def _pick(qtbot: QtBot, dialog: ProfileDialog, quarter: Quarter) -> None:
    """Choose ``quarter`` from the keyboard, as a person does: Down or Up in the closed list."""
    box = dialog.quarter_box
    key = Qt.Key.Key_Down if quarter.index > box.currentIndex() else Qt.Key.Key_Up
    while box.currentIndex() != quarter.index:
        qtbot.keyClick(box, key)


def test_back_at_its_own_year_the_quarter_is_the_one_last_picked_there(qtbot: QtBot) -> None:
    # Third quarter picked, then a look at 2025: back at 2024 the dialog said «Segundo» again,
    # and Enter set the PC to the quarter the person had just moved away from.
    dialog = _dialog(qtbot)
    _pick(qtbot, dialog, Quarter.THIRD)
    qtbot.keyClick(dialog.year_box, Qt.Key.Key_Up)

    qtbot.keyClick(dialog.year_box, Qt.Key.Key_Down)

    assert dialog.profile() == PcProfile(Role.UNIT, UnitCode("004"), 2024, Quarter.THIRD)


def test_any_year_left_shows_its_last_picked_quarter_again(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClick(dialog.year_box, Qt.Key.Key_Up)
    _pick(qtbot, dialog, Quarter.FOURTH)
    qtbot.keyClick(dialog.year_box, Qt.Key.Key_Up)
    assert dialog.profile().quarter is Quarter.FIRST  # 2026, never picked: its first

    qtbot.keyClick(dialog.year_box, Qt.Key.Key_Down)
    assert dialog.profile() == PcProfile(Role.UNIT, UnitCode("004"), 2025, Quarter.FOURTH)
    qtbot.keyClick(dialog.year_box, Qt.Key.Key_Down)
    assert dialog.profile() == _AT_SECOND
