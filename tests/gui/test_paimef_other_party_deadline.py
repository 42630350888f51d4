"""The INDESOL's first transfer, past its day unrecorded, is not shown as the IMEF's miss."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import compute_deadlines
from ism_desktop.gui.paimef.due_soon_label import DueSoonLabel
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import AUTHOR, _cell
from tests.gui.paimef_window_driver import store as store  # the fixture

pytestmark = pytest.mark.gui

DECEMBER = date(2026, 12, 7)
RED = QColor(255, 205, 210)


def test_the_deadlines_tab_says_the_transfer_is_the_indesol_s(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ism_desktop.gui.paimef.indicators_tab.confirm_loss", lambda *_a: True)
    window = PaimefWindow(store, AUTHOR, DECEMBER)
    qtbot.addWidget(window)
    table = window.deadlines_tab.deadlines
    rows = {_cell(table, r, 1).text(): r for r in range(table.rowCount())}
    transfer, constancia = rows["4.3.6"], rows["4.2.1.2"]
    assert _cell(table, transfer, 5).text() == "sin registro de la ministración"
    assert _cell(table, transfer, 5).background().color() != RED
    # The IMEF's own miss still reads, and is coloured, as one.
    assert _cell(table, constancia, 5).text() == "vencido"
    assert _cell(table, constancia, 5).background().color() == RED


def test_the_status_bar_does_not_count_the_indesol_s_transfer(qtbot: QtBot) -> None:
    # Signed 13 March 2026; by 7 December the IMEF missed five (the programme, the notice,
    # the Constancia de Conformidad, the ajuste total, the Constancia de Conclusión); the
    # sixth term past its day, the first transfer (27 April), is the INDESOL's.
    every = compute_deadlines(2026, {"firma_instrumento": date(2026, 3, 13)}, BusinessCalendar())
    window = QMainWindow()
    qtbot.addWidget(window)
    label = DueSoonLabel(window)
    window.statusBar().addWidget(label)
    label.show_deadlines(
        [d for d in every if d.due < date(2026, 6, 1)], DECEMBER, BusinessCalendar()
    )
    window.resize(1366, 300)
    with qtbot.waitExposed(window):
        window.show()
    assert label.text().startswith("PAIMEF: 5 plazos vencidos sin cumplimiento registrado")
