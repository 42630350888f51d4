"""Opening a menu keeps the status bar's message: Qt's empty status tips erased it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QStatusTipEvent
from PySide6.QtWidgets import QApplication, QMenu

from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui
EXPORTED = "Paquete exportado: avance_004_2024_T1.zip en Documentos."


def _file_menu(window: MainWindow) -> QMenu:
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    return menu


@pytest.mark.qt_log_ignore(
    "This plugin does not support (grabbing the keyboard|raise)"  # a popup, offscreen
)
def test_opening_a_menu_and_going_over_its_entries_keeps_the_message(
    open_window: WindowFactory,
) -> None:
    window = open_window(unit_profile("004"))
    window.statusBar().showMessage(EXPORTED, 15000)

    menu = _file_menu(window)
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    for action in menu.actions():
        if not action.isSeparator():
            menu.setActiveAction(action)  # as the pointer goes over it: Qt says its status tip
    menu.hide()
    QApplication.processEvents()

    assert window.statusBar().currentMessage() == EXPORTED


def test_a_status_tip_shows_while_pointed_at_then_the_message_is_back(
    open_window: WindowFactory,
) -> None:
    window = open_window(unit_profile("004"))
    bar = window.statusBar()
    bar.showMessage(EXPORTED)

    QApplication.sendEvent(window.menuBar(), QStatusTipEvent("Deshace el último cambio."))
    assert bar.currentMessage() == "Deshace el último cambio."
    QApplication.sendEvent(window.menuBar(), QStatusTipEvent(""))  # the pointer moved off
    assert bar.currentMessage() == EXPORTED

    bar.clearMessage()  # a message the program took back is not brought back by a tip
    QApplication.sendEvent(window.menuBar(), QStatusTipEvent("Deshace el último cambio."))
    QApplication.sendEvent(window.menuBar(), QStatusTipEvent(""))
    assert bar.currentMessage() == ""
