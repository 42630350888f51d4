"""Qt's own file dialog (Linux without a desktop's) writes a file's date day first, dd/mm/aaaa.

It wrote the system locale's: «7 12 2026 13:03» under a C locale, «07/12/26 1:03 p.m.» under
es_MX, not as a Mexican office writes a date (15/04/2024).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFileSystemModel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ism_desktop.gui import places

pytestmark = pytest.mark.gui
_NAME = "ETCA-III-04_2024_T1_unidad_004.ismpaq"


def _date_then_cancel(seen: list[str], tries: int = 100) -> None:
    """Once the dialog lists the file: its date column as drawn; then Esc."""
    dialog = QApplication.activeModalWidget()
    tree = dialog.findChild(QTreeView, "treeView") if isinstance(dialog, QFileDialog) else None
    model = tree.model() if tree is not None else None
    found = []
    if tree is not None and isinstance(model, QFileSystemModel):
        root = tree.rootIndex()
        found = [
            model.index(row, 3, root)
            for row in range(model.rowCount(root))
            if model.index(row, 0, root).data() == _NAME
        ]
    if not found or tree is None or dialog is None:
        if tries:
            QTimer.singleShot(50, lambda: _date_then_cancel(seen, tries - 1))
        return
    option = QStyleOptionViewItem()
    delegate = tree.itemDelegateForIndex(found[0])
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, found[0])
    seen.append(option.text)
    dialog.close()


def test_a_files_date_is_written_day_first(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every dialog of the program is Qt's own through the same widener: «Recibir paquetes…».
    package = tmp_path / _NAME
    package.write_bytes(b"PK")
    moment = datetime(2024, 4, 15, 10, 30).timestamp()  # this PC's local time
    os.utime(package, (moment, moment))
    monkeypatch.setattr(places, "documents_folder", lambda: str(tmp_path))
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(1366, 768)
    seen: list[str] = []
    QTimer.singleShot(50, lambda: _date_then_cancel(seen))

    places.open_files(parent, "Recibir paquetes", "Paquetes (*.ismpaq)")

    assert seen == ["15/04/2024 10:30"]
