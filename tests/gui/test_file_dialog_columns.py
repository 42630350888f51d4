"""Qt's own file dialog (Linux without a desktop's) shows each file's name, size, type, date whole.

At 1366×768 its columns kept Qt's English widths («wwww…», «128.88 GB», «mp3Folder»): the names
read «ETCA-III-04_2024_…evisado_final.txt», the size «36.…KiB» and the type «doc…llo».
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ism_desktop.gui import places
from tests.gui.dialog_parent import office_parent

pytestmark = pytest.mark.gui
_ROOM = 12  # the text's margins beside the icon, as Qt's views draw an item
_NAMES = (
    "ETCA-III-04_2024_T1_unidad_004_revisado.txt",
    "ETCA-III-04_2024_T2_unidad_004_enviado.txt",
    "informe_coordinacion_regional_sur.txt",
)
# Each cell's text and the room it has: (column, text, needed, width).
Cut = tuple[int, str, int, int]


def _drawn(tree: QTreeView, index: QModelIndex) -> str:
    """A cell's text as its delegate draws it (the size and the date are written as here)."""
    option = QStyleOptionViewItem()
    delegate = tree.itemDelegateForIndex(index)
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, index)
    return option.text


def _cells(tree: QTreeView) -> list[Cut]:
    """Every shown file's cells: the width its text needs (the name's icon too) and its column's."""
    model, root, metrics = tree.model(), tree.rootIndex(), tree.fontMetrics()
    header = tree.header()
    cells = []
    for row in range(model.rowCount(root)):
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            text = _drawn(tree, model.index(row, column, root))
            icon = tree.iconSize().width() if column == 0 else 0
            needed = metrics.horizontalAdvance(text) + icon + _ROOM
            cells.append((column, text, needed, header.sectionSize(column)))
    return cells


def _look_then_cancel(seen: list[list[Cut]], tries: int = 100) -> None:
    """Once the dialog shows the files (their sizes read): the cells cut short; then Esc.

    Asked again while any is cut: the dialog may fit its columns once the folder is read.
    """
    dialog = QApplication.activeModalWidget()
    tree = dialog.findChild(QTreeView, "treeView") if isinstance(dialog, QFileDialog) else None
    cells = _cells(tree) if tree is not None and dialog is not None and dialog.isVisible() else []
    names = {text for column, text, _n, _w in cells if column == 0}
    cut = [cell for cell in cells if cell[2] > cell[3]]
    # The cells inside the list's own width: the date was cut at the list's right edge.
    if tree is not None and tree.header().length() > tree.viewport().width():
        cut.append((-1, "todas las columnas", tree.header().length(), tree.viewport().width()))
    if (names != set(_NAMES) or cut or not all(c[1] for c in cells)) and tries:
        QTimer.singleShot(50, lambda: _look_then_cancel(seen, tries - 1))
        return
    seen.append(cut if names == set(_NAMES) else [(0, "no files shown", 0, 0)])
    if dialog is not None:
        dialog.close()


OPENERS: dict[str, Callable[[QWidget], object]] = {
    "file": lambda parent: places.open_file(parent, "Importar informe", "Texto (*.txt)"),
    "files": lambda parent: places.open_files(parent, "Recibir", "Texto (*.txt)"),
    "save": lambda parent: places.save_file(parent, "Guardar", "informe.txt", "Texto (*.txt)"),
}


@pytest.mark.parametrize("opener", sorted(OPENERS))
def test_the_files_names_sizes_types_and_dates_show_whole(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opener: str
) -> None:
    for name in _NAMES:
        (tmp_path / name).write_text("ETCA-III-04\n" * 3000, encoding="utf-8")
    parent = office_parent(qtbot, monkeypatch, tmp_path)
    seen: list[list[Cut]] = []
    QTimer.singleShot(50, lambda: _look_then_cancel(seen))

    OPENERS[opener](parent)

    assert seen == [[]]


def _type_folder_then_look(folder: Path, seen: list[list[Cut]], tries: int = 100) -> None:
    """Type ``folder`` into the name field letter by letter, as a person does; Enter; look."""
    dialog = QApplication.activeModalWidget()
    field = dialog.findChild(QLineEdit, "fileNameEdit") if dialog is not None else None
    if field is None or not field.isVisible():
        if tries:
            QTimer.singleShot(50, lambda: _type_folder_then_look(folder, seen, tries - 1))
        return
    QTest.keyClicks(field, f"{folder}/")
    # The completion reads each folder as its name is typed: the files' folder is read by now.
    QTest.qWait(300)
    completer = field.completer()
    if completer is not None and (names := completer.popup()) is not None:
        names.hide()  # the completion's list of the folder's names, which Enter would choose from
    QTest.keyClick(field, Qt.Key.Key_Return)
    QTimer.singleShot(50, lambda: _look_then_cancel(seen))


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the completion
def test_a_folder_typed_in_the_name_field_shows_its_names_whole(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Read by the completion while typed, it was shown with no reading left to fit it to.
    files = tmp_path / "paquetes"
    files.mkdir()
    for name in _NAMES:
        (files / name).write_text("ETCA-III-04\n" * 3000, encoding="utf-8")
    (tmp_path / "vacia").mkdir()
    parent = office_parent(qtbot, monkeypatch, tmp_path / "vacia")
    seen: list[list[Cut]] = []
    QTimer.singleShot(300, lambda: _type_folder_then_look(files, seen))

    places.open_file(parent, "Importar informe", "Texto (*.txt)")

    assert seen == [[]]
