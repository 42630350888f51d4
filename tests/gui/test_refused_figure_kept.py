"""A figure typed wrong stays in its cell, said in red, when something else of its meta is saved.

The evaluation's autosave and a modified-target request reloaded the meta from the database:
the cell showed the old figure again and the red message was gone, with nothing said.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ism_desktop.gui.justify_dialog import JustifyDialog
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.modified_target_dialog import ModifiedTargetDialog
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
REFUSED = "Realizado T1 NUM: «abc» no es un número. No se guardó."


def _typed_wrong(window: MainWindow, qtbot: QtBot) -> None:
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "abc")
    assert window.form.input_error.text() == REFUSED


def _type_at_end(window: MainWindow, qtbot: QtBot, text: str) -> None:
    narrative = window.form.narrative
    narrative.setFocus()
    narrative.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(narrative, text)


def test_saving_the_evaluation_keeps_a_refused_figure_and_its_message(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    _typed_wrong(window, qtbot)
    _type_at_end(window, qtbot, " Texto nuevo")
    window.form.flush()  # what the autosave does two seconds later

    cell = achieved_cell(window)
    assert window.form.narrative.toPlainText().endswith(" Texto nuevo")
    assert window.form.meta is not None
    assert window.form.meta.evaluation(window.session.profile.quarter).endswith(" Texto nuevo")
    assert cell.text() == "abc"
    assert cell.isModified()
    assert window.form.input_error.text() == REFUSED
    assert window.form.input_error.isVisibleTo(window.form)
    assert cell.toolTip() == "Realizado T1 NUM: «abc» no es un número."


def test_saving_the_evaluation_leaves_saved_figures_as_stored(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "812")
    _type_at_end(window, qtbot, " Mas")
    window.form.flush()

    cell = achieved_cell(window)
    assert cell.text() in {"812", "812.00"}  # whole figures lose ".00" on a narrow screen
    assert not cell.isModified()
    assert window.form.input_error.text() == ""


def _no_dialog(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    opened: list[str] = []

    def exec_(dialog: ModifiedTargetDialog) -> int:
        opened.append(dialog.windowTitle())
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(ModifiedTargetDialog, "exec", exec_)
    return opened


def test_a_request_stops_at_a_refused_figure_when_told_no(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = _no_dialog(monkeypatch)
    questions = answer_questions(monkeypatch, "No")
    window = open_window(unit_profile("004"))
    _typed_wrong(window, qtbot)

    window.form.modify_button.click()

    assert opened == []
    assert len(questions) == 1
    assert REFUSED in questions[0]
    assert "La cifra escrita se pierde." in questions[0]
    assert achieved_cell(window).text() == "abc"
    assert window.form.input_error.text() == REFUSED


def test_a_request_goes_on_without_the_refused_figure_when_told_yes(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    opened = _no_dialog(monkeypatch)
    questions = answer_questions(monkeypatch, "Sí")
    window = open_window(unit_profile("004"))
    _typed_wrong(window, qtbot)

    window.form.modify_button.click()

    assert opened == ["Solicitar cambio de meta modificada"]
    assert len(questions) == 1
    assert achieved_cell(window).text() in {"761", "761.00"}
    assert window.form.input_error.text() == ""
    assert stored_achieved(db_path, STUDIES) == Decimal(761)


def test_justifying_a_warning_stops_at_a_refused_figure_when_told_no(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def exec_(dialog: JustifyDialog) -> int:
        opened.append(dialog.windowTitle())
        return 0

    monkeypatch.setattr(JustifyDialog, "exec", exec_)
    questions = answer_questions(monkeypatch, "No")
    window = open_window(unit_profile("004"))
    model = window.findings.model
    row = next(
        r for r in (model.row_at(i) for i in range(model.rowCount())) if not r.finding.is_error
    )
    _typed_wrong(window, qtbot)

    window._justify(row)

    assert opened == []
    assert len(questions) == 1
    assert REFUSED in questions[0]
    assert achieved_cell(window).text() == "abc"
    assert window.form.input_error.text() == REFUSED
