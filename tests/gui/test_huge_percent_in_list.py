"""A % too wide for its column in the list of metas shows «###», and its tip says it whole.

Cut in the middle, 1999999999998.00% showed as «199…0 %», which reads as another figure (and,
cut on its left, «…98.00%» reads as 98 %).
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
    option.rect = window.tree.visualRect(cell)
    delegate.initStyleOption(option, cell)
    return option


@pytest.mark.parametrize(
    ("column", "typed", "huge"),
    [
        # 39 of 50 typed in the official report; then 999,999,999,999 of 50, × 100.
        (1, "78.00%", "1999999999998.00%"),
        (2, "130.00%", "3333333333330.00%"),  # of 30, × 100, cut to hundredths
    ],
    ids=["oficial", "modificado"],
)
def test_a_huge_percent_shows_as_too_narrow_and_whole_in_its_tip(
    open_window: WindowFactory, qtbot: QtBot, column: int, typed: str, huge: str
) -> None:
    window = open_window(unit_profile("004"))
    window.showNormal()
    window.setGeometry(QRect(0, 0, 1366, 768))
    meta = select(window, EVENTS)

    cell = window.proxy.mapFromSource(window.model.index_of(meta.stable_id, column))
    before = _shown(window, cell).text

    type_into(qtbot, achieved_cell(window), ACHIEVED)

    qtbot.waitUntil(lambda: cell.data() == huge)
    option = _shown(window, cell)
    # It does not fit: no part of it is shown as if it were the figure.
    assert option.fontMetrics.horizontalAdvance(huge) > window.tree.columnWidth(column)
    assert option.text == "###"
    assert huge in cell.data(Qt.ItemDataRole.ToolTipRole)
    # The % that fits, before, was shown whole.
    assert before == typed


def test_names_keep_both_ends_when_cut(open_window: WindowFactory) -> None:
    window = open_window(unit_profile("004"))
    meta = select(window, EVENTS)

    cell = window.proxy.mapFromSource(window.model.index_of(meta.stable_id))

    assert _shown(window, cell).textElideMode == Qt.TextElideMode.ElideMiddle
