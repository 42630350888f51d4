"""Ctrl+P in the PAIMEF window prints PAIMEF's informe, not the main window's report.

Both windows have an «Imprimir…» on Ctrl+P; the PAIMEF window's moved from a shortcut of its
own into its *Archivo* menu, and the key must still reach it alone while it is in front.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.gui.paimef.informe_printing import InformePrinting
from ism_desktop.gui.report_actions import ReportActions
from tests.gui.conftest import WindowFactory
from tests.gui.paimef_window_driver import paimef_in_front

pytestmark = pytest.mark.gui


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Which window's print was asked (replaced before the windows connect them)."""
    done: list[str] = []
    monkeypatch.setattr(ReportActions, "print_report", lambda _self: done.append("principal"))
    monkeypatch.setattr(InformePrinting, "print_informe", lambda _self: done.append("PAIMEF"))
    return done


def _ctrl_p(qtbot: QtBot) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_p_in_the_paimef_window_prints_paimef(
    open_window: WindowFactory, qtbot: QtBot, printed: list[str]
) -> None:
    main, paimef = paimef_in_front(open_window, qtbot)
    paimef.form.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is paimef.form.name)

    _ctrl_p(qtbot)

    assert printed == ["PAIMEF"]
    paimef.reject()
    qtbot.waitUntil(lambda: not paimef.isVisible())
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)

    _ctrl_p(qtbot)  # the main window in front again: its own report

    assert printed == ["PAIMEF", "principal"]
