"""Ctrl+Z right after a wrong «Importar…» in the PAIMEF window brings back the programme
replaced.

The import was no undo step: Deshacer offered the edit before it (refused, the import having
changed its acción), and only a backup restored brought the previous programme back.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_programme import write_programme_file
from tests.gui.conftest import shown_paimef
from tests.gui.paimef_stores import TODAY, stored_programme
from tests.gui.paimef_window_driver import _discard_when_asked
from tests.paimef_builders import action, programme

pytestmark = pytest.mark.gui
AUTHOR = Author("Enlace PAIMEF", "ana")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with stored_programme(tmp_path, AUTHOR) as opened:
        yield opened


def test_ctrl_z_after_an_import_brings_back_the_programme_replaced(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = shown_paimef(qtbot, store, AUTHOR, TODAY)
    path = tmp_path / "programa_equivocado.json"
    write_programme_file(programme(action("A.9", "A", "A-I", "1000.00")), path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    _discard_when_asked(monkeypatch, QMessageBox.StandardButton.Yes)  # «¿Reemplazarlo…?»
    window.import_file()
    assert window.table.model().rowCount() == 1
    window.undo_menu.menu.aboutToShow.emit()
    assert (
        window.undo_menu.undo_action.text() == "&Deshacer importación de programa_equivocado.json"
    )

    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert store.paimef.load(2026) == programme()
    assert window.programme == programme()
    assert window.table.model().rowCount() == 4
    # Each acción put back has its line in the history: here their count, as the import said.
    assert window.message.text() == (
        "Se deshizo: importación de programa_equivocado.json: 5 cambios; véalos en la pestaña "
        "«Historial de cambios»."
    )
    history = store.paimef.history(2026)
    assert history[-1].what == "deshacer: importación de programa_equivocado.json"
    window.undo_menu.menu.aboutToShow.emit()
    assert window.undo_menu.redo_action.text() == "&Rehacer importación de programa_equivocado.json"
