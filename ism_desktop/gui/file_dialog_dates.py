"""Qt's own file dialog (Linux without a desktop's) with its files' dates written day first.

Its «Fecha de modificación» followed the system locale: «7 12 2026 13:03» under a C locale,
«07/12/26 1:03 p.m.» under es_MX, not 07/12/2026 as a Mexican office writes a date. Qt names
the list «treeView» and shows the date in its fourth column (qfiledialog.ui and
QFileSystemModel, the same from Qt 4 to 6); not found (the system's dialog), nothing changes.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtWidgets import (
    QFileDialog,
    QFileSystemModel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)
from typing_extensions import override

from ism_desktop.domain.typed_date import day_first

_DATE_COLUMN = 3  # QFileSystemModel's: name, size, type, date modified


class _DayFirstDates(QStyledItemDelegate):
    """Draws (and measures) a file's date as ``15/04/2024 10:30``, in this PC's local time."""

    def __init__(self, model: QFileSystemModel, parent: QObject) -> None:
        super().__init__(parent)
        self._model = model

    @override
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if isinstance(index, QPersistentModelIndex):  # the same place, as a plain index
            index = self._model.index(index.row(), index.column(), index.parent())
        moment = self._model.lastModified(index).toPython()
        if isinstance(moment, datetime):
            option.text = f"{day_first(moment.date())} {moment:%H:%M}"


def write_dates_day_first(dialog: QFileDialog) -> None:
    """Give the dialog's date column its day-first writing (once; no list, nothing done)."""
    tree = dialog.findChild(QTreeView, "treeView")
    model = dialog.findChild(QFileSystemModel)
    if (
        tree is None
        or model is None
        or tree.model() is not model  # behind a proxy, its rows are not the model's
        or isinstance(tree.itemDelegateForColumn(_DATE_COLUMN), _DayFirstDates)
    ):
        return
    tree.setItemDelegateForColumn(_DATE_COLUMN, _DayFirstDates(model, tree))
