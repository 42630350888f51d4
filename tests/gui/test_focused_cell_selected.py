"""A cell that has the cursor while its figure is replaced holds it taken whole.

Reopened with the cursor left in the closed cell (Alt+2 after the export), the next figure
typed went in front of the old one: 1710 over 1709 was saved as 17101709.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.closing_dialog import ClosingDialog
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import select, stored_achieved
from tests.gui.year_window_setup import STUDIES
from tests.gui.year_window_setup import _quiet_boxes as _quiet_boxes  # the fixture

pytestmark = pytest.mark.gui


def test_a_figure_typed_after_reopening_replaces_the_old_one(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    meta = select(window, STUDIES)
    [cell] = window.form.grid.editable_cells(meta, Quarter.FIRST)
    window.year_actions.apply_closing(UnitCode("004"), 1, reopen=False, reason="")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Alt+2
    assert cell.hasFocus()
    assert cell.isReadOnly()
    old = cell.text()
    assert old

    window.year_actions.apply_closing(UnitCode("004"), 1, reopen=True, reason="Corrección")

    assert cell.hasFocus()
    assert not cell.isReadOnly()
    assert cell.selectedText() == old
    qtbot.keyClicks(cell, "1710")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    assert cell.text().startswith("1710")
    assert stored_achieved(db_path, STUDIES) == Decimal("1710")


def test_reopened_through_the_dialog_the_figure_is_taken_whole(
    open_window: WindowFactory,
    qtbot: QtBot,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Año → Cerrar o reabrir: the dialog, not the cell, has the keyboard while it reopens.

    The cell's figure was not taken whole then: «60» typed over «50» was saved as 6050.
    """
    window = open_window(unit_profile("004"))
    meta = select(window, STUDIES)
    [cell] = window.form.grid.editable_cells(meta, Quarter.FIRST)
    window.year_actions.apply_closing(UnitCode("004"), 1, reopen=False, reason="")
    QApplication.processEvents()  # the closing's consequences settled, as a person sees them
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Alt+2
    assert cell.hasFocus()
    old = cell.text()
    assert old

    def reopen_chosen(dialog: ClosingDialog) -> int:
        # The person picks «Reabrir», types the reason and presses Enter: the dialog is
        # still the active window, its reason field has the keyboard.
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: dialog.isActiveWindow())
        dialog.reopen_choice.setChecked(True)
        dialog.reason.setFocus()
        qtbot.keyClicks(dialog.reason, "Cifra mal capturada")
        assert not cell.hasFocus()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ClosingDialog, "exec", reopen_chosen)
    window.year_actions.closing()
    for dialog in window.findChildren(ClosingDialog):
        dialog.hide()
    window.activateWindow()
    qtbot.waitUntil(lambda: cell.hasFocus())

    assert not cell.isReadOnly()
    assert cell.selectedText() == old
    qtbot.keyClicks(cell, "1710")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    assert stored_achieved(db_path, STUDIES) == Decimal("1710")
