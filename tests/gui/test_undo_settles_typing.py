"""Deshacer and Rehacer with a figure typed and not yet saved: saved first, or asked about.

The undo changed the database while the cell kept the figure typed, which was saved on leaving
the meta: what was undone came back, with nothing said.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_meta_form_paper import STUDIES  # unit 004: achieved T1 761
from tests.gui.window_driver import (
    achieved_cell,
    answer_questions,
    select,
    stored_achieved,
    type_into,
)

pytestmark = pytest.mark.gui
LEGAL = "ASESORÍA LEGAL"


def _saved_812(window: MainWindow, qtbot: QtBot, db_path: Path) -> None:
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "812")
    assert stored_achieved(db_path, STUDIES) == Decimal(812)


def _shows(window: MainWindow, figure: str) -> bool:
    return achieved_cell(window).text() in {figure, f"{figure}.00"}


def test_undo_saves_a_figure_typed_and_undoes_it(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    questions = answer_questions(monkeypatch, "No")
    window = open_window(unit_profile("004"))
    _saved_812(window, qtbot, db_path)
    type_into(qtbot, achieved_cell(window), "900", press_enter=False)

    window.undo_action.trigger()  # Editar › Deshacer: the cell keeps the focus

    assert questions == []
    assert stored_achieved(db_path, STUDIES) == Decimal(812)  # 900 saved, then undone
    assert _shows(window, "812")
    assert not achieved_cell(window).isModified()
    select(window, LEGAL)  # leaving the meta saves nothing more
    assert stored_achieved(db_path, STUDIES) == Decimal(812)


def test_undo_with_a_refused_figure_asks_and_no_undoes_nothing(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    questions = answer_questions(monkeypatch, "No")
    window = open_window(unit_profile("004"))
    _saved_812(window, qtbot, db_path)
    type_into(qtbot, achieved_cell(window), "abc")

    window.undo_action.trigger()

    assert len(questions) == 1
    assert "«abc» no es un número" in questions[0]
    assert questions[0].endswith("¿Deshacer de todos modos? La cifra escrita se pierde.")
    assert stored_achieved(db_path, STUDIES) == Decimal(812)
    assert achieved_cell(window).text() == "abc"


def test_undo_with_a_refused_figure_told_yes_drops_it_and_undoes(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    questions = answer_questions(monkeypatch, "Sí")
    window = open_window(unit_profile("004"))
    _saved_812(window, qtbot, db_path)
    type_into(qtbot, achieved_cell(window), "abc")

    window.undo_action.trigger()

    assert len(questions) == 1
    assert stored_achieved(db_path, STUDIES) == Decimal(761)
    assert _shows(window, "761")
    assert not achieved_cell(window).isModified()
    select(window, LEGAL)
    assert stored_achieved(db_path, STUDIES) == Decimal(761)


@pytest.mark.parametrize(("answer", "stored"), [("No", 761), ("Sí", 812)])
def test_redo_with_a_refused_figure_asks_first(
    open_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    db_path: Path,
    answer: str,
    stored: int,
) -> None:
    questions = answer_questions(monkeypatch, answer)
    window = open_window(unit_profile("004"))
    _saved_812(window, qtbot, db_path)
    window.undo_action.trigger()
    assert stored_achieved(db_path, STUDIES) == Decimal(761)
    type_into(qtbot, achieved_cell(window), "abc")

    window.redo_action.trigger()

    assert len(questions) == 1
    assert questions[0].endswith("¿Rehacer de todos modos? La cifra escrita se pierde.")
    assert stored_achieved(db_path, STUDIES) == Decimal(stored)
    if answer == "Sí":
        assert not achieved_cell(window).isModified()
        select(window, LEGAL)
        assert stored_achieved(db_path, STUDIES) == Decimal(stored)
    else:
        assert achieved_cell(window).text() == "abc"
