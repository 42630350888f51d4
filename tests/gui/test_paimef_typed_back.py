"""Typing taken back with Ctrl+Z leaves the PAIMEF form as it was shown: nothing to save or ask.

A keyboard walk on a new acción: Alt+S (Justificación), «Z», Ctrl+Z left the box empty, and yet
Esc asked «La acción nueva tiene cambios que no se pueden guardar…» and a red problem stayed
under the form: any keystroke counted as an edit for good.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.conftest import shown_paimef
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui
AUTHOR = Author("Unidad 004", "ana")
TODAY = date(2026, 3, 20)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question the window asks, answered «No» (keep typing)."""
    questions: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        questions.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


# Requested before ``qtbot``: open until the windows left are closed.
@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "datos.sqlite3") as opened:
        yield opened


@pytest.fixture
def sample_store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "datos.sqlite3") as opened:
        opened.paimef.replace(programme(), AUTHOR, "prueba", [])
        yield opened


def _active(qtbot: QtBot, window: PaimefWindow) -> QWidget:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


def _type_z_and_take_it_back(qtbot: QtBot, window: PaimefWindow) -> None:
    qtbot.keyClick(_active(qtbot, window), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    box = window.form.justification
    assert QApplication.focusWidget() is box
    before = box.toPlainText()
    qtbot.keyClicks(box, "Z")
    assert box.toPlainText() == "Z" + before  # typed where the cursor is: at the start
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box.toPlainText() == before


def test_a_new_action_typed_and_taken_back_closes_without_asking(
    empty_store: Store, qtbot: QtBot, asked: list[str]
) -> None:
    window = shown_paimef(qtbot, empty_store, AUTHOR, TODAY)
    _type_z_and_take_it_back(qtbot, window)

    assert window.form.problem.text() == ""  # no red «Escriba la clave…» for nothing typed
    assert not window.form.edited()
    qtbot.keyClick(window.form.justification, Qt.Key.Key_Escape)

    assert asked == []
    assert not window.isVisible()
    assert empty_store.paimef.load(TODAY.year) is None  # nothing was stored either


def test_a_new_action_still_typed_in_is_asked_about(
    empty_store: Store, qtbot: QtBot, asked: list[str]
) -> None:
    window = shown_paimef(qtbot, empty_store, AUTHOR, TODAY)
    qtbot.keyClick(_active(qtbot, window), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(window.form.justification, "Z")

    qtbot.keyClick(window.form.justification, Qt.Key.Key_Escape)

    assert [text.split(":")[0] for text in asked] == [
        "La acción nueva tiene cambios que no se pueden guardar"
    ]
    assert window.isVisible()
    assert window.form.justification.toPlainText() == "Z"


def test_a_stored_action_typed_and_taken_back_is_not_counted_as_typing(
    sample_store: Store, qtbot: QtBot, asked: list[str]
) -> None:
    window = shown_paimef(qtbot, sample_store, AUTHOR, TODAY)
    _type_z_and_take_it_back(qtbot, window)

    # Ctrl+Z again is the window's Deshacer, not «Deshacer lo escrito en la acción A.1».
    assert not window.form.edited()
    assert not window.undo_menu.undo_action.text().startswith("&Deshacer lo escrito")
    qtbot.keyClick(window.form.justification, Qt.Key.Key_Escape)

    assert asked == []
    assert not window.isVisible()
    assert sample_store.paimef.load(TODAY.year) == programme()


def test_a_clave_taken_back_takes_back_the_vertiente_it_moved(
    empty_store: Store, qtbot: QtBot, asked: list[str]
) -> None:
    # «B.2» moved the vertiente to B; Ctrl+Z emptied the clave and left B: Esc still asked.
    window = shown_paimef(qtbot, empty_store, AUTHOR, TODAY)
    qtbot.keyClick(_active(qtbot, window), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    key = window.form.key
    assert QApplication.focusWidget() is key
    qtbot.keyClicks(key, "B.2")
    assert window.form.vertiente.currentData() == "B"

    qtbot.keyClick(key, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert key.text() == ""
    assert window.form.vertiente.currentData() == "A"
    assert window.form.line.currentData() == "A-I"
    assert not window.form.edited()
    qtbot.keyClick(key, Qt.Key.Key_Escape)
    assert asked == []
    assert not window.isVisible()
