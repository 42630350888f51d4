"""The coordinator's fourth quarter closed, earlier ones unwritten: each is typed in its quarter.

«Reábralo y corríjalos» was said of every one of its errors, while reopening the fourth opens
no cell of the second or third: their figures are typed with that quarter chosen.
"""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.workspace.quarter_closing import close_quarter
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui
FOURTH = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FOURTH)
REOPEN = "(Año → Cerrar o reabrir un trimestre…)"
PROFILE = "(Archivo → Configuración de esta computadora…)"


def test_the_coordinators_closed_fourth_quarter_says_where_earlier_figures_go(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(FOURTH)
    session = window.session
    assert close_quarter(session.store, 2024, UnitCode("002"), Quarter.FOURTH, session.author)
    session.reload()
    qtbot.waitUntil(lambda: session.checked)

    text = window.findings.summary.text()
    assert re.fullmatch(
        r"\d+ errores · \d+ avisos \(\d+ sin justificar\)\. De ellos, \d+ son de la unidad 002, "
        rf"en el trimestre 4 cerrado: reábralo {re.escape(REOPEN)} y corrija los del trimestre 4 "
        r"antes de imprimir el informe institucional; lo realizado de los trimestres 2 y 3 se "
        rf"escribe eligiendo cada uno como trimestre que se informa {re.escape(PROFILE)}\. Los "
        r"otros \d+ son de 7 unidades que aún no entregan el trimestre: sus cifras llegan en sus "
        r"paquetes\.",
        text,
    ), text
