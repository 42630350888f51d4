"""Cells of figures in a list: one too wide for its column shows «###», as Excel does."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem
from typing_extensions import override

# What a spreadsheet shows in a cell too narrow for its number: office staff know it means
# "widen the column", and it cannot be read as a figure.
TOO_NARROW = "###"


class FigureCellDelegate(QStyledItemDelegate):
    """Paints a figure whole, or «###» when its column is too narrow for it.

    Cut in the middle, as the list cuts long names, 1999999999998.00 % read «199…0 %»; cut on
    either end it reads as another figure («…98.00 %»). The cell's tooltip says it whole.
    """

    @override
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.rect.isEmpty() or not option.text:
            return  # asked for its size, not painted: nothing to fit yet
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        # The margin Qt keeps on each side of an item's text when it paints it.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        if option.fontMetrics.horizontalAdvance(option.text) > text_rect.width() - 2 * margin:
            option.text = TOO_NARROW
