"""A search typed while a figure in the form is refused: never a question, never the figure lost.

Each keystroke in the search box asked «¿Pasar a otra meta…?» (the meta stayed in the list);
a search that hid the meta emptied the form after «No», and «abc» was gone.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.meta_tree_model import META_ID_ROLE
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_meta_form_paper import STUDIES
from tests.gui.window_driver import (
    achieved_cell,
    answer_questions,
    select,
    stored_achieved,
    type_into,
)

pytestmark = pytest.mark.gui


def _selected_ids(window: MainWindow) -> list[str]:
    return [i.data(META_ID_ROLE) for i in window.tree.selectionModel().selectedRows()]


def _refused_abc(window: MainWindow, qtbot: QtBot) -> str:
    meta = select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "abc")
    assert window.form.input_error.text().startswith("Realizado T1 NUM: «abc» no es un número.")
    return meta.stable_id


def test_a_search_that_keeps_the_meta_in_the_list_asks_nothing(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions = answer_questions(monkeypatch, "No")
    window = open_window(unit_profile("004"))
    studies = _refused_abc(window, qtbot)

    window.search.setFocus()
    QTest.keyClicks(window.search, "estud")

    assert questions == []
    assert window.form.meta is not None
    assert window.form.meta.stable_id == studies
    assert achieved_cell(window).text() == "abc"
    assert _selected_ids(window) == [studies]


@pytest.mark.parametrize("answer", ["No", "Sí"])
def test_a_search_that_hides_the_meta_keeps_the_refused_figure_in_the_form(
    open_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    db_path: Path,
    answer: str,
) -> None:
    questions = answer_questions(monkeypatch, answer)
    window = open_window(unit_profile("004"))
    studies = _refused_abc(window, qtbot)

    window.search.setText("zzz")

    assert questions == []
    assert window.form.meta is not None
    assert window.form.meta.stable_id == studies
    assert achieved_cell(window).text() == "abc"
    assert achieved_cell(window).isModified()
    assert window.form.input_error.text().startswith("Realizado T1 NUM: «abc»")

    window.search.setFocus()
    QTest.keyClick(window.search, Qt.Key.Key_Escape)  # the whole list again, the meta in it

    assert window.search.text() == ""
    assert questions == []
    assert achieved_cell(window).text() == "abc"
    assert _selected_ids(window) == [studies]
    assert stored_achieved(db_path, STUDIES) == Decimal(761)


def test_a_figure_typed_right_is_saved_when_the_search_hides_its_meta(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    questions = answer_questions(monkeypatch, "No")
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "800", press_enter=False)

    window.search.setText("zzz")

    assert questions == []
    assert stored_achieved(db_path, STUDIES) == Decimal(800)
    assert window.form.meta is None  # nothing found, nothing typed left: the form empties


def test_choosing_another_meta_found_still_asks_once(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions = answer_questions(monkeypatch, "No")
    window = open_window(unit_profile("004"))
    studies = _refused_abc(window, qtbot)
    window.search.setText("asesoria legal")
    assert questions == []
    found = window.proxy.index(0, 0)
    while window.proxy.rowCount(found) > 0:
        found = window.proxy.index(0, 0, found)

    window.tree.setCurrentIndex(found)  # as a click on the row found

    assert len(questions) == 1
    assert "¿Pasar a otra meta de todos modos?" in questions[0]
    assert window.form.meta is not None
    assert window.form.meta.stable_id == studies
    assert achieved_cell(window).text() == "abc"
