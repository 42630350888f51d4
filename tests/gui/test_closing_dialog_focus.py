"""«Cerrar o reabrir un trimestre» on a closed quarter starts in «Motivo»: the reason typed first.

The cursor started in the one-unit «Unidad» list, and the reason typed went nowhere.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.closing_dialog import ClosingDialog

pytestmark = pytest.mark.gui


def _shown(qtbot: QtBot, closed: bool) -> ClosingDialog:
    dialog = ClosingDialog(
        [(UnitCode("004"), "004")], Quarter.FIRST, lambda _u, _q: (closed, "Estado.")
    )
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def test_reopening_starts_in_the_reason(qtbot: QtBot) -> None:
    dialog = _shown(qtbot, closed=True)
    assert dialog.reopen_choice.isChecked()

    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, "Cifra corregida")

    assert dialog.reason.text() == "Cifra corregida"
    assert dialog.ok.isEnabled()


def test_closing_does_not_start_in_the_reason(qtbot: QtBot) -> None:
    dialog = _shown(qtbot, closed=False)

    assert dialog.close_choice.isChecked()
    assert QApplication.focusWidget() is not dialog.reason
