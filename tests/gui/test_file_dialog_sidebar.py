"""Qt's own file dialog (Linux without a desktop's) shows its side bar's places whole.

Its side bar was narrower than «Equipo», which read «Eq…» in every dialog the program opens.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QListView, QStyle, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.gui import places

pytestmark = pytest.mark.gui
_ROOM = 12  # the text's margins beside the icon, as Qt's list views draw an item


def _room_then_cancel(seen: list[tuple[int, int, list[str]]], tries: int = 100) -> None:
    """Once the dialog is up: the side bar's width, the widest place's, the places; then Esc."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
        if tries:
            QTimer.singleShot(50, lambda: _room_then_cancel(seen, tries - 1))
        return
    sidebar = dialog.findChild(QListView, "sidebar")
    assert sidebar is not None  # Qt's own dialog
    model = sidebar.model()
    texts = [str(model.index(row, 0).data() or "") for row in range(model.rowCount())]
    metrics = sidebar.fontMetrics()
    widest = max(metrics.horizontalAdvance(text) for text in texts)
    # The icon as drawn: the view's own size unset (-1), the style's small icon; counting the
    # unset -1, «Equipo» read «Eq…» and this test passed.
    icon = sidebar.iconSize().width()
    if icon < 0:
        icon = sidebar.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    seen.append((sidebar.viewport().width(), widest + icon + _ROOM, texts))
    dialog.reject()


OPENERS: dict[str, Callable[[QWidget], object]] = {
    "folder": lambda parent: places.choose_folder(parent, "Exportar paquete"),
    "file": lambda parent: places.open_file(parent, "Importar informe", "Texto (*.txt)"),
    "files": lambda parent: places.open_files(parent, "Recibir paquetes", "Paquetes (*.ismpaq)"),
    "save": lambda parent: places.save_file(parent, "Guardar", "informe.pdf", "PDF (*.pdf)"),
}


@pytest.mark.parametrize("opener", sorted(OPENERS))
def test_the_side_bar_shows_its_places_whole(qtbot: QtBot, opener: str) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(1366, 768)
    seen: list[tuple[int, int, list[str]]] = []
    QTimer.singleShot(50, lambda: _room_then_cancel(seen))

    OPENERS[opener](parent)

    [(width, needed, texts)] = seen
    assert texts  # «Equipo» and the home folder at least
    assert width >= needed, f"{texts}: {width} px for {needed}"
