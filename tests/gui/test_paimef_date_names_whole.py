"""The recorded dates' event names read whole at 1366 × 768 (where the window opens at 1280 × 700).

Two rows read «Recepción de observaciones al ajuste…» alike, one for the ajuste estructural and one
for the ajuste total: a first user could not tell which date went where.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import AUTHOR, TODAY, _cell
from tests.gui.paimef_window_driver import store as store  # the fixture

pytestmark = pytest.mark.gui


def test_every_event_name_fits_its_row(qtbot: QtBot, store: Store) -> None:
    window = PaimefWindow(store, AUTHOR, TODAY)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    assert (window.width(), window.height()) == (1280, 700)
    window.tabs.setCurrentWidget(window.deadlines_tab)
    QApplication.processEvents()
    table = window.deadlines_tab.dates
    names = [_cell(table, row, 0).text() for row in range(table.rowCount())]
    assert "Recepción de observaciones al ajuste estructural" in names
    assert "Recepción de observaciones al ajuste total" in names
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    width = table.columnWidth(0) - margin
    metrics = table.fontMetrics()
    for row, name in enumerate(names):
        needed = metrics.boundingRect(
            QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), name
        ).height()
        assert needed <= table.rowHeight(row), (name, needed, table.rowHeight(row))
