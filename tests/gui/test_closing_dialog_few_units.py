"""With few units (the sample's 8, a unit's own one) «Unidad» is the plain list it was.

Typing a code picks that unit at once, and no popup of units found stands in the way.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.closing_dialog import ClosingDialog
from tests.gui.closing_dialog_driver import closed_by_dialog, press, type_keys
from tests.gui.conftest import WindowFactory
from tests.gui.year_window_setup import COORDINATOR
from tests.gui.year_window_setup import _quiet_boxes as _quiet_boxes  # the fixture

pytestmark = pytest.mark.gui

UNIT = PcProfile(Role.UNIT, UnitCode("004"), 2024, Quarter.FIRST)


@pytest.mark.parametrize(
    ("profile", "typed", "entries", "picked"),
    [(COORDINATOR, "003", 8, "003"), (UNIT, "0", 1, "004")],
)
def test_a_code_typed_picks_its_unit_in_the_plain_list(
    open_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    profile: PcProfile,
    typed: str,
    entries: int,
    picked: str,
) -> None:
    seen: list[object] = []

    def drive(dialog: ClosingDialog) -> None:
        seen.extend((dialog.unit.count(), dialog.unit.isEditable(), dialog.unit_search))
        type_keys(qtbot, typed)
        seen.append(dialog.chosen_unit().value)
        press(qtbot, Qt.Key.Key_Return)  # «Aceptar»: closes the unit picked

    closed = closed_by_dialog(open_window, qtbot, monkeypatch, profile, drive)

    assert seen == [entries, False, None, picked]
    assert [code for _entity, code in closed] == [picked]
