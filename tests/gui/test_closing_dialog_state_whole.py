"""The closing dialog's «Estado» is read whole when another unit's state takes more lines.

Seen at 1366×768: the dialog opened on «Abierto.», then unit 004 chosen read «Cerrado el
06/12/2026 a las 00:18 (Paquete de la unidad 004, envío número 1).» on two lines squeezed
into the height of one, their tops and bottoms cut.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.closing_dialog import ClosingDialog

pytestmark = pytest.mark.gui
STATES = {
    "001": (False, "Abierto."),
    "004": (True, "Cerrado el 06/12/2026 a las 00:18 (Paquete de la unidad 004, envío número 1)."),
    "005": (
        False,
        "Abierto: se reabrió el 06/12/2026 a las 00:25 (Unidad coordinadora (002) ISM DIRECCIÓN "
        "DE EVALUACIÓN Y SEGUIMIENTO TÉCNICO); motivo: la unidad pidió corregir el realizado de "
        "la meta de estudios socioeconómicos del primer trimestre, que capturó dos veces.",
    ),
}


@pytest.mark.parametrize("chosen", ["004", "005"])
def test_a_longer_state_gets_its_lines(qtbot: QtBot, chosen: str) -> None:
    dialog = ClosingDialog(
        [(UnitCode(code), f"{code} ISM") for code in STATES],
        Quarter.FIRST,
        lambda unit, _quarter: STATES[unit.value],
    )
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    one_line = dialog.state.height()

    dialog.unit.setCurrentIndex(dialog.unit.findData(chosen))

    state = dialog.state
    qtbot.waitUntil(lambda: state.height() >= state.heightForWidth(state.width()))
    assert state.height() > one_line
    assert dialog.frameGeometry().height() <= 768


def test_a_dialog_opened_on_a_long_state_shows_it_whole(qtbot: QtBot) -> None:
    dialog = ClosingDialog(
        [(UnitCode(code), f"{code} ISM") for code in STATES],
        Quarter.FIRST,
        lambda unit, _quarter: STATES[unit.value],
        chosen=UnitCode("005"),
    )
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()

    state = dialog.state
    assert state.height() >= state.heightForWidth(state.width())
