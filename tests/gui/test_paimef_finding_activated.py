"""Enter (or a double click) on a finding of the PAIMEF list acts on it, as on the ETCA list.

It did nothing: a warning was justified only with the button below, and an error's acción
had to be found in the list above by hand.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.gui.justify_dialog import JustifyDialog
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import AUTHOR, _discard_when_asked, _press_enter_on
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture
from tests.paimef_builders import action, programme

pytestmark = pytest.mark.gui


def test_enter_on_a_warning_asks_its_justification(
    store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = PaimefWindow(store, AUTHOR, date(2026, 7, 15))  # the first quarter's captures due
    qtbot.addWidget(window)
    asked: list[str] = []

    def shown(dialog: JustifyDialog) -> int:
        asked.append(dialog.windowTitle())
        return int(JustifyDialog.DialogCode.Rejected)

    monkeypatch.setattr(JustifyDialog, "exec", shown)

    _press_enter_on(window, qtbot, "AVISO: ")

    assert asked == ["Justificar aviso"]


def test_enter_on_an_error_goes_to_its_accion_and_field(
    window: PaimefWindow, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _discard_when_asked(monkeypatch)
    unjustified = action("A.9", "A", "A-I", "100", justification="")
    store.paimef.replace(programme(*programme().actions, unjustified), AUTHOR, "prueba", [])
    window.year.setValue(2027)
    window.year.setValue(2026)  # read again from the store
    window.table.selectRow(0)

    _press_enter_on(window, qtbot, "ERROR: Numeral 3.4 i): la acción A.9")

    assert window.form.key.text() == "A.9"
    assert QApplication.focusWidget() is window.form.justification
