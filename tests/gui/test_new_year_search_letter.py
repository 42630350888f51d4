"""«Programa de un año nuevo…»: Alt+B reaches the search, as every other input has its letter.

The search had only a grey hint: Alt+B did nothing, the unit typed («004») went into
«Ejercicio nuevo», and «Desmarcar las mostradas» then unticked all 56 metas.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.domain.meta import Meta
from ism_desktop.domain.report import ProgressReport
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.gui.new_year_dialog import NewYearDialog

pytestmark = pytest.mark.gui


def test_alt_b_puts_the_cursor_in_the_search(qtbot: QtBot, seed_text: str) -> None:
    report: ProgressReport = parse_etca_text(seed_text).report
    metas: list[Meta] = list(report.metas)
    dialog = NewYearDialog(2024, metas)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.year.setFocus()

    QTest.keyClick(dialog.year, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClicks(focused, "004")

    in_search = QApplication.focusWidget() is dialog.search
    searched, year = dialog.search.text(), dialog.year.value()
    dialog.done(0)
    assert in_search
    assert searched == "004"
    assert year == 2025
