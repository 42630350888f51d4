"""A reason stored before, offered to correct: what is typed continues it.

Opened on «Desde la línea de comandos», the cursor stood before it: typing «, por correo»
stored «, por correoDesde la línea de comandos».
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.gui.justify_dialog import PAIMEF_WARNING, REPORT_WARNING, JustifyDialog, Wording

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("wording", [PAIMEF_WARNING, REPORT_WARNING], ids=["paimef", "informe"])
def test_typing_in_a_stored_reason_goes_after_it(qtbot: QtBot, wording: Wording) -> None:
    dialog = JustifyDialog("Aviso", "Se entregan en abril", save=lambda _t: None, wording=wording)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.text.setFocus()

    qtbot.keyClicks(dialog.text, " y mayo.")

    typed = dialog.text.toPlainText()
    dialog.text.setPlainText("Se entregan en abril")  # as opened: closing asks nothing
    dialog.done(0)

    assert typed == "Se entregan en abril y mayo."
