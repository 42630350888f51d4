"""A table sorted by a click on a header, its cells by a value of their own (numbers as numbers)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
from typing_extensions import override

SortValue = int | Decimal | str | None


def _key(value: SortValue) -> tuple[int, Decimal, str]:
    # Nothing («—») first, then numbers, then words («libro de Excel» among the sending numbers).
    if value is None:
        return (0, Decimal(0), "")
    if isinstance(value, str):
        return (2, Decimal(0), value)
    return (1, Decimal(value), "")


class SortableTableItem(QTableWidgetItem):
    """Shows its text and sorts by ``value``: as text «12» came before «9»."""

    def __init__(self, text: str, value: SortValue) -> None:
        super().__init__(text)
        self._key = _key(value)

    @override
    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, SortableTableItem):
            return self._key < other._key
        return super().__lt__(other)


def sort_by_header_click(table: QTableWidget) -> None:
    """A click on a header sorts by its column; the rows keep their order until the first."""
    header = table.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    # Qt's arrow reserves its room in every header sized to its contents: twelve of them took
    # the units' names' room at 1366×768. The sorted column alone says so, in its title.
    header.setSortIndicatorShown(False)
    titles = [_title(table, column) for column in range(table.columnCount())]

    def mark(section: int, order: Qt.SortOrder) -> None:
        arrow = " ▲" if order == Qt.SortOrder.AscendingOrder else " ▼"
        for column, title in enumerate(titles):
            item = table.horizontalHeaderItem(column)
            if item is not None:
                item.setText(title + (arrow if column == section else ""))

    header.sortIndicatorChanged.connect(mark)


def _title(table: QTableWidget, column: int) -> str:
    item = table.horizontalHeaderItem(column)
    return "" if item is None else item.text()
