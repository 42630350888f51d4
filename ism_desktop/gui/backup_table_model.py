"""The backups of a database as a table: date, reason, metas and size, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from typing_extensions import override

from ism_desktop.domain.backup_text import file_size_text
from ism_desktop.workspace.backups import BackupInfo, copy_date_text

AnyIndex = QModelIndex | QPersistentModelIndex


class BackupColumn(IntEnum):
    """The table's columns, in order."""

    DATE = 0
    REASON = 1
    METAS = 2
    SIZE = 3


_HEADERS = {
    BackupColumn.DATE: "Fecha",
    BackupColumn.REASON: "Motivo",
    BackupColumn.METAS: "Metas",
    BackupColumn.SIZE: "Tamaño",
}


class BackupTableModel(QAbstractTableModel):
    """A read-only table over a list of :class:`BackupInfo`."""

    def __init__(self, backups: Sequence[BackupInfo], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backups = list(backups)

    def backup_at(self, row: int) -> BackupInfo:
        """The copy shown in ``row``."""
        return self._backups[row]

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._backups)

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(BackupColumn)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.parent().isValid():
            return None
        info = self._backups[index.row()]
        column = BackupColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(info, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{info.path}\nCopia de: {info.source_path or info.source_name}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            BackupColumn.METAS,
            BackupColumn.SIZE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @override
    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(BackupColumn)
        ):
            return _HEADERS[BackupColumn(section)]
        return None

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


def _display(info: BackupInfo, column: BackupColumn) -> str:
    if column == BackupColumn.DATE:
        return copy_date_text(info)
    if column == BackupColumn.REASON:
        return info.reason
    if column == BackupColumn.METAS:
        return "" if info.meta_count is None else str(info.meta_count)
    return file_size_text(info.size_bytes)
