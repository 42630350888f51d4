"""Qt's own file dialog (Linux without a desktop's) writes a file's date and size as the office.

It wrote the system locale's date: «7 12 2026 13:03» under a C locale, «07/12/26 1:03 p.m.»
under es_MX, not as a Mexican office writes a date (15/04/2024); and sizes in «KiB», a unit no
one in the office had seen, where the list of backups says «55 KB».
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
)
from pytestqt.qtbot import QtBot

from ism_desktop.gui import places
from tests.gui.dialog_parent import office_parent

pytestmark = pytest.mark.gui
_NAME = "ETCA-III-04_2024_T1_unidad_004.ismpaq"


def _cells_then_cancel(seen: list[list[str]], tries: int = 100, name: str = _NAME) -> None:
    """Once the dialog lists the file: its size, type and date columns as drawn; then Esc."""
    dialog = QApplication.activeModalWidget()
    tree = dialog.findChild(QTreeView, "treeView") if isinstance(dialog, QFileDialog) else None
    model = tree.model() if tree is not None else None
    found = []
    if tree is not None and isinstance(model, QFileSystemModel):
        root = tree.rootIndex()
        found = [
            [model.index(row, column, root) for column in (1, 2, 3)]
            for row in range(model.rowCount(root))
            if model.index(row, 0, root).data() == name
        ]
    if not found or tree is None or dialog is None:
        if tries:
            QTimer.singleShot(50, lambda: _cells_then_cancel(seen, tries - 1, name))
        return
    drawn = []
    for index in found[0]:
        option = QStyleOptionViewItem()
        delegate = tree.itemDelegateForIndex(index)
        assert isinstance(delegate, QStyledItemDelegate)
        delegate.initStyleOption(option, index)
        drawn.append(option.text)
    seen.append(drawn)
    dialog.close()


def test_a_files_size_and_date_are_written_as_the_office_does(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every dialog of the program is Qt's own through the same widener: «Recibir paquetes…».
    package = tmp_path / _NAME
    package.write_bytes(b"PK" * 28_329)  # 56,658 bytes: «55.33 KiB»
    moment = datetime(2024, 4, 15, 10, 30).timestamp()  # this PC's local time
    os.utime(package, (moment, moment))
    parent = office_parent(qtbot, monkeypatch, tmp_path)
    seen: list[list[str]] = []
    QTimer.singleShot(50, lambda: _cells_then_cancel(seen))

    places.open_files(parent, "Recibir paquetes", "Paquetes (*.ismpaq)")

    # Its type was Qt's «archivador Zip», which invited unzipping it.
    assert seen == [["55 KB", "Paquete de ISM Avance", "15/04/2024 10:30"]]


def test_a_workbook_is_of_the_kind_the_program_names(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = "ETCA-III-04_2024_T1_unidad_004.xlsx"
    (tmp_path / name).write_bytes(b"PK" * 2_000)
    parent = office_parent(qtbot, monkeypatch, tmp_path)
    seen: list[list[str]] = []
    QTimer.singleShot(50, lambda: _cells_then_cancel(seen, name=name))

    places.open_files(parent, "Recibir paquetes", "Libros de Excel (*.xlsx)")

    assert [cells[1] for cells in seen] == ["Libro de Excel"]
