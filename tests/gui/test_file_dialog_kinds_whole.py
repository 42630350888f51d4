"""Qt's own file dialog shows the kind of file it lists whole, not cut at 1366×768.

«Recibir paquetes…» read «Paquetes de ISM Avance y libros llenados (*.zip *.ismpaq» at its
opening width: the «*.xlsx)» of the workbooks it also takes was out of sight.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog

from ism_desktop.gui import places
from ism_desktop.gui.application import install_spanish
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui


def _look_then_cancel(seen: list[tuple[str, int, int]], tries: int = 100) -> None:
    """Once the dialog is shown and its folder read: the kind's text, its width, the room."""
    dialog = QApplication.activeModalWidget()
    combo = dialog.findChild(QComboBox, "fileTypeCombo") if dialog is not None else None
    if not isinstance(dialog, QFileDialog) or combo is None or not combo.isVisible():
        if tries:
            QTimer.singleShot(50, lambda: _look_then_cancel(seen, tries - 1))
        return
    QApplication.processEvents()
    # Qt's own measure of the box that holds the text whole: its arrow and frame beside it.
    needed = combo.sizeHint().width()
    if combo.width() < needed and tries:  # the folder may not be read and fitted yet
        QTimer.singleShot(50, lambda: _look_then_cancel(seen, tries - 1))
        return
    seen.append((combo.currentText(), needed, combo.width()))
    dialog.close()


def test_the_packages_kind_shows_whole(
    open_window: WindowFactory,
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # «Tipo de archivo:», wider than «Files of type:»: the box as the program shows it.
    install_spanish(qapp)
    # An empty folder (the USB stick not yet chosen): no long name widens the dialog.
    monkeypatch.setattr(places, "documents_folder", lambda: str(tmp_path))
    window = open_window(unit_profile("004"))
    window.resize(1366, 740)
    seen: list[tuple[str, int, int]] = []
    QTimer.singleShot(50, lambda: _look_then_cancel(seen))

    window.coordination.choose_packages()  # Archivo → Recibir paquetes…

    assert len(seen) == 1
    text, needed, width = seen[0]
    assert text == "Paquetes de ISM Avance y libros llenados (*.zip *.ismpaq *.xlsx)"
    assert width >= needed, f"{text!r}: {width} px of the {needed} it needs"
