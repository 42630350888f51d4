"""Cells of figures in a list: one too wide for its column is cut on its left, never inside."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from typing_extensions import override


class FigureCellDelegate(QStyledItemDelegate):
    """Paints a figure cut on its left («…999998.00 %») when it does not fit.

    Cut in the middle, as the list cuts long names («199…0 %»), a figure reads as another
    figure; cut on its left, the ellipsis stands where digits are missing, and the cell's
    tooltip says the figure whole.
    """

    @override
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft
