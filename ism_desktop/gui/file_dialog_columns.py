"""Qt's own file dialog (Linux without a desktop's) with its files' names shown whole.

Qt gives the columns of its detail view widths measured on English samples («wwww…», «128.88
GB», «mp3Folder»), whatever they hold: at 1366×768 «ETCA-III-04_2024_T1_unidad_004_….txt»
read «ETCA-III-04_2024_…evisado_final.txt», the size «36.…KiB» and the type «doc…llo». Each
column is made as wide as what it shows, the name's taking the room left; the dialog grows, as
far as its screen allows, when the list is narrower than that, or the kind of file («Paquetes
de ISM Avance y libros llenados (*.zip *.ismpaq *.xlsx)») would be cut. Qt names the list «treeView»
(qfiledialog.ui, the same from Qt 4 to 6; tests/gui/test_file_dialog_columns.py fails if a Qt
release renames it); not found (the system's dialog), the dialog is left as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QFileDialog, QFileSystemModel, QTreeView

# Beside Qt's own measure of a cell: a little air, so that a text does not touch the next.
_AIR = 8
# The dynamic property that marks a dialog whose folder readings are followed already.
_FOLLOWED = "ism_columnas_ajustadas"


def fit_columns(dialog: QFileDialog) -> None:
    """Make each column as wide as its widest text, the name's taking the room left over.

    The dialog is made wider first (within its screen) if the list cannot hold them all.
    """
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is None:
        return
    needed = _needed_widths(tree)
    # Both grow with the dialog: the wider of the two shortfalls is made up.
    list_short = sum(needed.values()) - tree.viewport().width() if needed else 0
    shortfall = max(list_short, _kinds_shortfall(dialog))
    if shortfall > 0 and _widened(dialog, shortfall) and needed:
        # The list takes its new width once the dialog is laid out again.
        QTimer.singleShot(0, dialog, lambda: _set_widths(tree, _needed_widths(tree)))
    if needed:
        _set_widths(tree, needed)


def _kinds_shortfall(dialog: QFileDialog) -> int:
    """How much narrower than its text the kind of file is shown (0: whole, or no such box).

    «Tipo de archivo:» beside it, «Paquetes de ISM Avance y libros llenados (*.zip *.ismpaq»
    lost the «*.xlsx)» of the workbooks it also takes. Qt names the box «fileTypeCombo».
    """
    kinds = dialog.findChild(QComboBox, "fileTypeCombo")
    if kinds is None or not kinds.isVisible():
        return 0
    return kinds.sizeHint().width() - kinds.width()


def follow_folders(dialog: QFileDialog) -> None:
    """Fit the columns again in each folder the dialog shows, once it has read it.

    Both: a folder read before it is entered (the name field's completion reads each folder
    of a path as it is typed) is read no more, and one entered is shown before it is read.
    """
    model = dialog.findChild(QFileSystemModel)
    if model is None or dialog.property(_FOLLOWED):
        return
    dialog.setProperty(_FOLLOWED, True)

    def fit_soon(_folder: str) -> None:
        QTimer.singleShot(0, dialog, lambda: fit_columns(dialog))

    model.directoryLoaded.connect(fit_soon)
    dialog.directoryEntered.connect(fit_soon)
    # A folder typed in the name field and read by its completion before Enter: on a busy PC
    # neither signal came once it was shown, and its columns kept Qt's widths.
    model.rootPathChanged.connect(fit_soon)


def _needed_widths(tree: QTreeView) -> dict[int, int]:
    """The shown columns' widths their heading and their rows ask for, by column."""
    header = tree.header()
    return {
        column: max(tree.sizeHintForColumn(column), header.sectionSizeHint(column)) + _AIR
        for column in range(header.count())
        if not header.isSectionHidden(column)
    }


def _set_widths(tree: QTreeView, needed: dict[int, int]) -> None:
    """Each column its width; the name's (the first) also what the list has left."""
    header = tree.header()
    others = sum(width for column, width in needed.items() if column != 0)
    for column, width in needed.items():
        room = tree.viewport().width() - others if column == 0 else 0
        header.resizeSection(column, max(width, room))


def _widened(dialog: QFileDialog, by: int) -> bool:
    """Widen the dialog by ``by`` pixels, or as far as its screen allows; whether it grew."""
    available = dialog.screen().availableGeometry()
    frame = dialog.frameGeometry()
    border = frame.width() - dialog.width()  # the window's frame, left and right
    width = min(dialog.width() + by, available.width() - border)
    if width <= dialog.width():
        return False
    # Still around its centre, and whole on its screen.
    left = frame.center().x() - (width + border) // 2
    left = max(available.left(), min(left, available.right() + 1 - (width + border)))
    dialog.resize(width, dialog.height())
    dialog.move(left, frame.top())
    return True
