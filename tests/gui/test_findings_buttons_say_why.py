"""«Ir al campo» and «Justificar aviso…» greyed out say, on the pointer, why and what to do.

At the window's opening both were grey, with nothing chosen in the list: a person new to the
program clicked them and nothing happened. On an error, «Justificar aviso…» grey read as a
fault: an error is corrected, not justified.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, type_into

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"
CHOOSE = "Elija primero un error o un aviso de la lista de arriba."


def _choose(window: MainWindow, error: bool) -> None:
    model = window.findings.model
    for i in range(model.rowCount()):
        if model.row_at(i).finding.is_error == error:
            window.findings.list.setCurrentIndex(
                window.findings.shown.mapFromSource(model.index(i))
            )
            return
    raise AssertionError("no such finding")


def test_the_grey_buttons_say_why(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window(unit_profile("004"))
    panel = window.findings
    panel.list.clearSelection()
    panel.list.setCurrentIndex(panel.shown.mapFromSource(panel.model.index(-1)))

    assert not panel.go_button.isEnabled()
    assert not panel.justify_button.isEnabled()
    assert panel.go_button.toolTip() == CHOOSE
    assert panel.justify_button.toolTip() == CHOOSE

    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "")  # an error: the quarter's figure left out
    _choose(window, error=True)

    assert panel.go_button.isEnabled()
    assert panel.go_button.toolTip() == ""
    assert not panel.justify_button.isEnabled()
    assert panel.justify_button.toolTip() == (
        "Un error no se justifica: se corrige. «Ir al campo» lleva a la cifra o al texto."
    )

    _choose(window, error=False)

    assert panel.justify_button.isEnabled()
    assert panel.justify_button.toolTip() == ""
