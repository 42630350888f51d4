"""The coordinating unit finds «Recibir paquetes…» in Coordinación too, beside the board.

Receiving the units' packages is the coordinator's work, and Coordinación held everything it
does with them (board, requests, bases, observations) except receiving them, which lived only in
Archivo: a coordinator looked for it in the wrong menu.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from ism_desktop.domain.profile import PcProfile
from ism_desktop.domain.quarter import Quarter
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui


def _menu(window: object, title: str) -> QMenu:
    from ism_desktop.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    [menu] = [
        action.menu()
        for action in window.menuBar().actions()
        if isinstance(action.menu(), QMenu) and action.text() == title
    ]
    assert isinstance(menu, QMenu)
    return menu


def test_receiving_is_the_first_entry_of_coordinacion_and_stays_in_archivo(
    open_window: WindowFactory,
) -> None:
    window = open_window(PcProfile.coordinator(2024, Quarter.FIRST))

    coordination = [a for a in _menu(window, "&Coordinación").actions() if not a.isSeparator()]
    archivo = _menu(window, "&Archivo").actions()

    assert [a.text() for a in coordination[:2]] == [
        "&Recibir paquetes…",
        "&Tablero de entregas…",
    ]
    assert coordination[0] is window.coordination.receive_action  # one action, one Ctrl+R
    assert window.coordination.receive_action in archivo
