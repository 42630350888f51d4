"""Another quarter chosen in «Configuración de esta computadora» leaves no message of the last.

The status bar still said «Se deshizo: Realizado T1 …» over the second quarter's figures, of an
undo history the switch had just forgotten (Deshacer greyed out).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain.figures import RowKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.profile_dialog import ProfileDialog
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.modal_keys import press_in_next_modal
from tests.gui.window_driver import achieved_cell, type_into

pytestmark = pytest.mark.gui


def _second_quarter(modal: QDialog, _focus: QWidget) -> None:
    assert isinstance(modal, ProfileDialog)
    modal.quarter_box.setCurrentIndex(Quarter.SECOND.index)


def test_switching_quarter_drops_the_message_about_the_last_one(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    type_into(qtbot, achieved_cell(window, RowKind.NUM), "450")
    window.undo_action.trigger()  # Ctrl+Z
    assert window.statusBar().currentMessage().startswith("Se deshizo: Realizado T1")
    happened = press_in_next_modal(qtbot, ProfileDialog, Qt.Key.Key_Return, looked=_second_quarter)

    window.edit_profile()

    assert happened == []
    assert window.session.profile.quarter is Quarter.SECOND
    assert not window.undo_action.isEnabled()
    assert "T1" not in window.statusBar().currentMessage()
