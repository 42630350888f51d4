"""Ctrl+E exports from the search box too, where X11's text boxes take it for «end of line».

The offscreen platform binds Ctrl+E to nothing, so the box here claims it as X11's do.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from typing_extensions import override

from ism_desktop.gui.search_field import SearchField

pytestmark = pytest.mark.gui


class X11SearchField(SearchField):
    """A search box that claims Ctrl+E, as a text box does on X11 («end of line»)."""

    @override
    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+E")
        ):
            event.accept()
            return True
        return super().event(event)


def test_ctrl_e_in_the_search_box_reaches_the_windows_export(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    search = X11SearchField("Buscar meta…", "Buscar meta")
    window.setCentralWidget(search)
    exported: list[bool] = []
    export = QAction("Exportar paquete…", window)
    export.setShortcut(QKeySequence("Ctrl+E"))
    export.triggered.connect(lambda *_checked: exported.append(True))
    window.addAction(export)
    with qtbot.waitActive(window):  # a shortcut reaches only the active window
        window.show()
        window.activateWindow()
    search.setFocus()

    qtbot.keyClick(search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    assert exported == [True]
