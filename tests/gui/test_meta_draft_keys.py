"""«Agregar meta…» and «Editar meta…» of the programme editor, from the keyboard alone.

The dialogs the menus open are walked elsewhere; these two open from a dialog's buttons and
had been left out: «VAL. ACUM. SI» had no Alt letter, and Esc threw away a meta typed whole
(its description, unit of measure and four figures) at one key, without asking.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.gui.programme_editor import MetaDraftDialog, ProgrammeEditor
from tests.gui.conftest import WindowFactory
from tests.gui.dialog_walker import start_walk
from tests.gui.year_window_setup import COORDINATOR

pytestmark = pytest.mark.gui


def _editor(open_window: WindowFactory, qtbot: QtBot) -> ProgrammeEditor:
    """The editor of 2025's programme (made from 2024's metas), shown over the window."""
    from ism_desktop.workspace.year_programme import new_year

    window = open_window(COORDINATOR)
    new_year(window.session.store, 2025, 2024, window.session.author)
    editor = ProgrammeEditor(window.session.store, 2025, window.session.author, window)
    with qtbot.waitExposed(editor):
        editor.show()
    return editor


def test_adding_and_editing_a_meta_work_from_the_keyboard(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    walk = start_walk(qapp, monkeypatch, qtbot)  # before the window: Qt's words in Spanish
    editor = _editor(open_window, qtbot)

    editor.add_button.click()
    editor.table.selectRow(0)
    editor.edit_button.click()

    assert walk.titles == ["Agregar meta", "Editar meta"]
    # Before: ["«Agregar meta»: buttons with no Alt letter: ['VAL. ACUM. SI (el anual …)']", …]
    assert walk.faults == []


def _typed_dialog(qtbot: QtBot, editor: ProgrammeEditor) -> MetaDraftDialog:
    """«Agregar meta» on screen with a description and a figure typed, as a person types them."""
    report = editor._store.reports.load(year=2025)
    assert report is not None
    dialog = MetaDraftDialog(report.entity.code, report.catalogue, None, editor)
    with qtbot.waitExposed(dialog):
        dialog.show()
    qtbot.keyClicks(dialog.description, "Talleres en escuelas")
    dialog.num[0].selectAll()
    qtbot.keyClicks(dialog.num[0], "12")
    return dialog


@pytest.mark.parametrize(("answer", "closed"), [("No", False), ("Yes", True)])
def test_escape_asks_before_throwing_a_typed_meta_away(
    open_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    closed: bool,
) -> None:
    editor = _editor(open_window, qtbot)
    dialog = _typed_dialog(qtbot, editor)
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", question)

    qtbot.keyClick(dialog.num[0], Qt.Key.Key_Escape)

    assert asked == ["¿Descartar la meta escrita?"]
    assert dialog.isVisible() is not closed
    assert dialog.description.text() == "Talleres en escuelas"
    assert dialog.num[0].text() == "12"
    assert editor.table.rowCount() == 56  # nothing saved either way


def test_escape_on_an_untouched_meta_closes_without_asking(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = _editor(open_window, qtbot)
    editor.table.selectRow(0)
    report = editor._store.reports.load(year=2025)
    assert report is not None
    dialog = MetaDraftDialog(report.entity.code, report.catalogue, report.metas[0], editor)
    with qtbot.waitExposed(dialog):
        dialog.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: pytest.fail("asked"))

    qtbot.keyClick(dialog.description, Qt.Key.Key_Escape)

    assert not dialog.isVisible()


def test_after_throwing_a_typed_meta_away_the_editor_has_the_keys_again(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # On screen the question, answered «Sí», left no window active: the keys went nowhere
    # until a click on the editor (the dialog it returned to was already gone).
    editor = _editor(open_window, qtbot)
    dialog = _typed_dialog(qtbot, editor)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer_yes)
    qtbot.keyClick(dialog.num[0], Qt.Key.Key_Escape)

    assert not dialog.isVisible()
    qtbot.waitUntil(editor.isActiveWindow)
