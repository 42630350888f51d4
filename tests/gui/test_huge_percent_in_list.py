"""A % too wide for its column in the list of metas is cut on its left, and its tip says it whole.

Cut in the middle, 1999999999998.00 % showed as «199…0 %», which reads as another figure.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, type_into

pytestmark = pytest.mark.gui
# Unit 004: programmed 50 in the first quarter, modified to 30.
EVENTS = "EVENTOS DE PROMOCIÓN Y ATENCIÓN EN ASESORÍAS PSICOLÓGICAS"
ACHIEVED = "999999999999"


def _shown(window: MainWindow, cell: QModelIndex) -> QStyleOptionViewItem:
    """The options the list paints a cell with: its text and how it is cut."""
    option = QStyleOptionViewItem()
    window.tree.initViewItemOption(option)
    delegate = window.tree.itemDelegateForIndex(cell)
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, cell)
    return option


@pytest.mark.parametrize(
    ("column", "huge"),
    [
        (1, "1999999999998.00 %"),  # 999,999,999,999 of 50, × 100
        (2, "3333333333330.00 %"),  # of 30, × 100, cut to hundredths
    ],
    ids=["oficial", "modificado"],
)
def test_a_huge_percent_is_cut_on_its_left_and_whole_in_its_tip(
    open_window: WindowFactory, qtbot: QtBot, column: int, huge: str
) -> None:
    window = open_window(unit_profile("004"))
    window.showNormal()
    window.setGeometry(QRect(0, 0, 1366, 768))
    meta = select(window, EVENTS)

    type_into(qtbot, achieved_cell(window), ACHIEVED)

    cell = window.proxy.mapFromSource(window.model.index_of(meta.stable_id, column))
    qtbot.waitUntil(lambda: cell.data() == huge)
    option = _shown(window, cell)
    assert option.text == huge
    # It does not fit: what is shown is cut, and never in the middle of the figure.
    assert option.fontMetrics.horizontalAdvance(huge) > window.tree.columnWidth(column)
    assert option.textElideMode == Qt.TextElideMode.ElideLeft
    assert huge in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_names_keep_both_ends_when_cut(open_window: WindowFactory) -> None:
    window = open_window(unit_profile("004"))
    meta = select(window, EVENTS)

    cell = window.proxy.mapFromSource(window.model.index_of(meta.stable_id))

    assert _shown(window, cell).textElideMode == Qt.TextElideMode.ElideMiddle
