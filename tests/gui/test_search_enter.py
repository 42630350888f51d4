"""A dialog's search box: Enter presses none of its buttons; finding nothing is said."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.meta import Meta
from ism_desktop.gui.meta_tree_model import META_ID_ROLE
from ism_desktop.gui.new_year_dialog import NewYearDialog
from ism_desktop.gui.programme_editor import ProgrammeEditor
from ism_desktop.workspace.year_programme import new_year
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_meta_form_paper import STUDIES
from tests.gui.window_driver import select
from tests.gui.year_window_setup import COORDINATOR

pytestmark = pytest.mark.gui


def _search_and_press_enter(qtbot: QtBot, dialog: NewYearDialog | ProgrammeEditor) -> None:
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.search.setFocus()
    QTest.keyClicks(dialog.search, "008")
    QTest.keyClick(dialog.search, Qt.Key.Key_Return)


def _new_year_dialog(open_window: WindowFactory, qtbot: QtBot) -> NewYearDialog:
    window = open_window(COORDINATOR)
    dialog = NewYearDialog(2024, window.session.metas(), window)
    qtbot.addWidget(dialog)
    return dialog


def test_enter_in_the_new_year_search_does_not_make_the_year(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    dialog = _new_year_dialog(open_window, qtbot)

    _search_and_press_enter(qtbot, dialog)

    assert dialog.isVisible()  # not accepted: the year would be made with what is ticked
    assert dialog.search.text() == "008"


def test_enter_in_the_programme_search_opens_no_dialog(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Meta | None] = []
    monkeypatch.setattr(ProgrammeEditor, "edit", lambda _self, meta: opened.append(meta))
    window = open_window(COORDINATOR)
    new_year(window.session.store, 2025, 2024, window.session.author)
    editor = ProgrammeEditor(window.session.store, 2025, window.session.author)
    qtbot.addWidget(editor)

    _search_and_press_enter(qtbot, editor)

    assert opened == []  # «Agregar meta» was pressed
    assert editor.isVisible()


def test_a_search_that_finds_nothing_says_so_and_leaves_the_marks_alone(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    dialog = _new_year_dialog(open_window, qtbot)

    dialog.search.setText("refugio marciano")

    assert dialog.summary.text() == (
        "56 de 56 metas pasan al año nuevo. Ninguna meta coincide con «refugio marciano»."
    )
    assert not dialog.all_button.isEnabled()
    assert not dialog.none_button.isEnabled()

    dialog.search.setText("estudios socio")
    assert dialog.summary.text() == (
        "56 de 56 metas pasan al año nuevo. La búsqueda muestra 1 meta."
    )
    assert dialog.none_button.isEnabled()
    dialog.search.clear()
    assert dialog.summary.text() == "56 de 56 metas pasan al año nuevo."


def test_esc_in_a_search_clears_it_first(open_window: WindowFactory, qtbot: QtBot) -> None:
    # Esc did nothing in the window's search, and closed a dialog with its search still typed.
    window = open_window(COORDINATOR)
    window.search.setFocus()
    QTest.keyClicks(window.search, "eventos")
    QTest.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""

    dialog = _new_year_dialog(open_window, qtbot)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.search.setFocus()
    QTest.keyClicks(dialog.search, "008")
    QTest.keyClick(dialog.search, Qt.Key.Key_Escape)
    assert (dialog.search.text(), dialog.isVisible()) == ("", True)
    QTest.keyClick(dialog.search, Qt.Key.Key_Escape)  # empty: Esc closes, as always
    assert not dialog.isVisible()


def test_the_window_says_when_its_search_finds_no_meta(open_window: WindowFactory) -> None:
    # The list just went blank: it looked as if the unit's metas had been lost.
    window = open_window(COORDINATOR)
    window.search.setText("refugio marciano")
    assert (window.search_note.isVisibleTo(window), window.search_note.text()) == (
        True,
        "Ninguna meta coincide con «refugio marciano». Esc borra la búsqueda.",
    )

    window.search.setText("estudios socio")
    assert not window.search_note.isVisibleTo(window)
    window.search.setText("zzz")
    window.search.clear()
    assert not window.search_note.isVisibleTo(window)


def test_esc_after_a_search_that_found_nothing_goes_back_to_the_meta_open(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # The list's first meta came back instead: the person was no longer where they had been.
    window = open_window(unit_profile("004"))
    studies = select(window, STUDIES)
    window.search.setFocus()
    QTest.keyClicks(window.search, "zzzz")
    assert window.current_meta_id() is None

    QTest.keyClick(window.search, Qt.Key.Key_Escape)

    assert window.search.text() == ""
    assert window.current_meta_id() == studies.stable_id
    assert window.tree.currentIndex().data(META_ID_ROLE) == studies.stable_id
