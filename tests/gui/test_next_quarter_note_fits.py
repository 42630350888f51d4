"""The closed quarter's reminder on the status bar, at 1366 px beside the routine notes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.workspace.quarter_closing import close_quarter
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui


def test_the_reminder_is_whole_at_1366_px(open_window: WindowFactory, qtbot: QtBot) -> None:
    # «Trimestre 1 cerrado: el 2 se informa en Archivo → Configuración…» was cut off at its end.
    window = open_window(unit_profile("004"))
    session = window.session
    close_quarter(session.store, 2024, UnitCode("004"), Quarter.FIRST, session.author)
    session.reload()
    window.resize(1366, 740)
    # The longest routine notes a day brings: an edit's save time, the quarter closed and sent.
    window.saved_label.setText("Guardado automáticamente a las 12:06:29")
    window.year_actions.deadline.setText(
        "Trimestre 1 cerrado el 15/04/2024: su paquete ya se exportó"
    )
    label = window.next_quarter.label
    qtbot.waitUntil(lambda: label.isVisible() and label.width() > 0)
    QApplication.processEvents()

    # Shorter words, and the menu entry named whole: «Configuración…» read as cut off; the
    # closing said by the deadline beside it, not again.
    assert label.text() == "Informar el T2: Archivo → Configuración de esta computadora"
    assert label.width() >= label.sizeHint().width()
    assert label.toolTip() == (
        "Trimestre 1 cerrado: el segundo trimestre se informa en Archivo → Configuración de "
        "esta computadora…"
    )
