"""Qt's own file dialog (Linux without a desktop's) with its files' sizes and dates as written here.

Its «Fecha de modificación» followed the system locale: «7 12 2026 13:03» under a C locale,
«07/12/26 1:03 p.m.» under es_MX, not 07/12/2026 as a Mexican office writes a date; and its
«Tamaño» said «55.33 KiB», a unit no one in the office had seen. Both are written as the list
of backups writes them («07/12/2026 13:03», «55 KB»). Its «Tipo» of a package said «archivador
Zip», which invited unzipping it: the program's own kinds are named as the program names them.
Qt names the list «treeView» and shows the size, the type and the date in its second, third and
fourth columns (qfiledialog.ui and QFileSystemModel, the same from Qt 4 to 6); not found (the
system's dialog), nothing changes.
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

from ism_desktop.domain.backup_text import backup_date_text, file_size_text

# QFileSystemModel's columns: name, size, type, date modified.
_SIZE_COLUMN, _TYPE_COLUMN, _DATE_COLUMN = 1, 2, 3
# The program's kinds of file, as its filters name them; any other keeps the system's name.
_KINDS = {".ismpaq": "Paquete de ISM Avance", ".xlsx": "Libro de Excel"}


class _OfficeWritten(QStyledItemDelegate):
    """Draws (and measures) a file's size as ``55 KB``, its date as ``15/04/2024 10:30``.

    And the type of the program's own files as it names them («Paquete de ISM Avance»).
    """

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
        if index.column() == _SIZE_COLUMN:
            if not self._model.isDir(index):  # a folder has no size shown
                option.text = file_size_text(self._model.size(index))
            return
        if index.column() == _TYPE_COLUMN:
            name = self._model.fileName(index).lower()
            kind = next((k for suffix, k in _KINDS.items() if name.endswith(suffix)), None)
            if kind is not None and not self._model.isDir(index):
                option.text = kind
            return
        moment = self._model.lastModified(index).toPython()  # this PC's local time
        if isinstance(moment, datetime):
            option.text = backup_date_text(moment)


def write_as_the_office(dialog: QFileDialog) -> None:
    """Give the dialog's size, type and date columns their writing (once; no list, nothing)."""
    tree = dialog.findChild(QTreeView, "treeView")
    model = dialog.findChild(QFileSystemModel)
    if (
        tree is None
        or model is None
        or tree.model() is not model  # behind a proxy, its rows are not the model's
        or isinstance(tree.itemDelegateForColumn(_DATE_COLUMN), _OfficeWritten)
    ):
        return
    written = _OfficeWritten(model, tree)
    for column in (_SIZE_COLUMN, _TYPE_COLUMN, _DATE_COLUMN):
        tree.setItemDelegateForColumn(column, written)
