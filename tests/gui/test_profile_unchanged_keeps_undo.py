"""«Configuración de esta computadora» accepted with nothing changed keeps Deshacer.

Enter, the dialog's default, switched to the very same profile: the metas were read again and
the undo history forgotten, so the figure typed a moment before could no longer be undone.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ism_desktop.domain.figures import RowKind
from ism_desktop.gui.profile_dialog import ProfileDialog
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.modal_keys import press_in_next_modal
from tests.gui.test_start_focus import SUPPORT  # unit 004's first meta, T1 386
from tests.gui.window_driver import achieved_cell, stored_achieved, type_into

pytestmark = pytest.mark.gui


def test_enter_on_the_unchanged_profile_keeps_the_undo_of_a_figure(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    type_into(qtbot, achieved_cell(window, RowKind.NUM), "450")
    assert stored_achieved(db_path, SUPPORT) == Decimal(450)
    happened = press_in_next_modal(qtbot, ProfileDialog, Qt.Key.Key_Return)

    window.edit_profile()

    assert happened == []
    assert window.session.profile == unit_profile("004")
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()  # Ctrl+Z
    assert stored_achieved(db_path, SUPPORT) == Decimal(386)
