"""«Aprobar solicitud», «Rechazar solicitud», a warning's justification: the red refusal goes
once the person types.

«Escriba el número del documento que autoriza el cambio.» stayed under the number typed, as
the target-change dialog's did under its motivo.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.gui.justify_dialog import (
    APPROVAL,
    REJECTION,
    REPORT_WARNING,
    JustifyDialog,
    Wording,
)

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    "wording", [APPROVAL, REJECTION, REPORT_WARNING], ids=["aprobar", "rechazar", "aviso"]
)
def test_the_refusal_goes_when_the_person_types(qtbot: QtBot, wording: Wording) -> None:
    dialog = JustifyDialog("Solicitud", "", save=lambda _text: None, wording=wording)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.accept()  # nothing typed: refused in red
    refused = dialog.error_label.text()
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "OF")
    after = dialog.error_label.text()
    dialog.text.clear()  # nothing typed left: closing asks nothing
    dialog.done(0)

    assert refused == wording.empty
    assert after == ""
