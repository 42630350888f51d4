"""«Reabrir» is not offered for a quarter that is open: there is nothing to reopen.

Chosen on an open quarter, with a motivo typed, «Aceptar» closed the dialog on «no estaba
cerrado» and the motivo was lost; «Cerrar» is not offered the same way when it is refused.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.closing_dialog import ClosingDialog

pytestmark = pytest.mark.gui

OPEN, CLOSED = UnitCode("001"), UnitCode("004")


def _state(unit: UnitCode, _quarter: Quarter) -> tuple[bool, str]:
    closed = unit == CLOSED
    return closed, "Cerrado el 06/12/2026." if closed else "Abierto."


def _shown(qtbot: QtBot) -> ClosingDialog:
    """The dialog on the open unit 001, with the closed unit 004 to choose."""
    dialog = ClosingDialog([(OPEN, "001"), (CLOSED, "004")], Quarter.FIRST, _state)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_reopen_is_offered_only_for_a_closed_quarter(qtbot: QtBot) -> None:
    dialog = _shown(qtbot)

    offered_when_open = dialog.reopen_choice.isEnabled()
    tip_when_open = dialog.reopen_choice.toolTip()
    dialog.unit.setCurrentIndex(1)  # the closed one
    offered_when_closed = dialog.reopen_choice.isEnabled()
    chosen_when_closed = dialog.reopen_choice.isChecked()
    dialog.unit.setCurrentIndex(0)  # back to the open one
    chosen_back_open = dialog.close_choice.isChecked()
    dialog.done(0)

    assert not offered_when_open
    assert tip_when_open == "El trimestre está abierto: no hay nada que reabrir."
    assert offered_when_closed
    assert chosen_when_closed
    assert chosen_back_open


def test_the_motivo_is_open_to_typing_only_when_reopening(qtbot: QtBot) -> None:
    # Only a reopening takes a motivo: beside «Cerrar» the box took text that went nowhere.
    dialog = _shown(qtbot)

    typed_when_open = dialog.reason.isEnabled()
    dialog.unit.setCurrentIndex(1)  # the closed one: «Reabrir» chosen
    typed_when_reopening = dialog.reason.isEnabled()
    dialog.close_choice.setChecked(True)
    typed_when_closing = dialog.reason.isEnabled()
    dialog.done(0)

    assert not typed_when_open
    assert typed_when_reopening
    assert not typed_when_closing
