"""A figure typed that cannot be saved stops printing and the report files, as it stops the package.

They read the database: the paper or the file would have the old figure, not the one on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.profile_dialog import ProfileDialog
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
TYPED_WRONG = "Realizado T1 NUM: «9 0 0x» no es un número. No se guardó."


def _preview(window: MainWindow) -> None:
    window.reports.show_preview()


def _print(window: MainWindow) -> None:
    window.reports.print_report()


def _report_files(window: MainWindow) -> None:
    window.reports.choose_report_files()


@pytest.mark.parametrize(
    ("act", "title", "again"),
    [
        (
            _preview,
            "No se abrió la vista previa",
            "Corrija la cifra y vuelva a abrir la vista previa.",
        ),
        (_print, "No se imprimió", "Corrija la cifra e imprima de nuevo."),
        (_report_files, "No se exportó el informe", "Corrija la cifra y exporte de nuevo."),
    ],
)
def test_a_figure_that_cannot_be_saved_stops_what_reads_the_report(
    open_window: WindowFactory,
    qtbot: QtBot,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    act: Callable[[MainWindow], None],
    title: str,
    again: str,
) -> None:
    opened: list[str] = []

    def print_dialog(*_args: object) -> tuple[int, None]:
        opened.append("impresora")
        return 0, None

    def save_dialog(*_args: object) -> tuple[str, str]:
        opened.append("archivo")
        return "", ""

    monkeypatch.setattr("ism_desktop.gui.report_printing.print_with_dialog", print_dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda _p, shown_title, text, *_a: warned.append((shown_title, text)),
    )
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "9 0 0x", press_enter=False)

    act(window)

    assert (opened, window.reports.preview_dialog) == ([], None)
    assert warned == [(title, f"{TYPED_WRONG}\n\n{again}")]
    assert stored_achieved(db_path, STUDIES) == Decimal(761)


@pytest.mark.parametrize("answer", ["No", "Sí"])
def test_closing_with_a_figure_that_cannot_be_saved_asks_first(
    open_window: WindowFactory,
    qtbot: QtBot,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    # The window closed and the figure typed was lost without a word.
    questions = answer_questions(monkeypatch, answer)
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "9 0 0x", press_enter=False)

    window.close()

    assert questions == [
        f"{TYPED_WRONG}\n\n¿Cerrar el programa de todos modos? La cifra escrita se pierde."
    ]
    assert window.isVisible() == (answer == "No")
    # Still there to correct; or given up, the stored figure shown as the window closes.
    assert achieved_cell(window).text() == ("9 0 0x" if answer == "No" else "761")
    assert stored_achieved(db_path, STUDIES) == Decimal(761)


def _database_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on the database refuses every edit, as a busy one does."""
    from ism_desktop.workspace.changes import WorkspaceError
    from ism_desktop.workspace.workspace import Workspace

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise WorkspaceError("la base de datos está ocupada")

    monkeypatch.setattr(Workspace, "edit_meta", refuse)


def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    return warned


def _type_evaluation(qtbot: QtBot, window: MainWindow) -> None:
    """« Y MÁS» typed at the end of the evaluation, not saved yet (its timer runs)."""
    window.form.narrative.setFocus()
    window.form.narrative.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.form.narrative, " Y MÁS")


def test_closing_when_the_database_refuses_the_figure_says_why_once(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two boxes came: «No se guardó el cambio» with the reason, then the question without it.
    warned = _warnings(monkeypatch)
    questions = answer_questions(monkeypatch, "No")
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "900", press_enter=False)
    _database_refuses(monkeypatch)

    window.close()

    assert warned == []
    assert questions == [
        "No se guardó la cifra escrita: la base de datos está ocupada.\n\n"
        "¿Cerrar el programa de todos modos? La cifra escrita se pierde."
    ]
    assert window.isVisible()


@pytest.mark.parametrize("act", ["cerrar", "vista previa"])
def test_an_evaluation_the_database_refuses_is_said_and_stops_what_follows(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, act: str
) -> None:
    # Held to be said with what it stopped, it was then dropped: only a figure was said.
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *_a: warned.append((title, text))
    )
    questions = answer_questions(monkeypatch, "No")
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    window.form.narrative.setFocus()
    qtbot.keyClicks(window.form.narrative, " Y MÁS")  # saved a moment later, or on leaving
    _database_refuses(monkeypatch)

    if act == "cerrar":
        window.close()
    else:
        window.reports.show_preview()

    said = "No se guardó la evaluación escrita: la base de datos está ocupada."
    if act == "cerrar":
        assert (warned, window.isVisible()) == ([], True)
        assert questions == [
            f"{said}\n\n¿Cerrar el programa de todos modos? El texto escrito se pierde."
        ]
    else:
        assert window.reports.preview_dialog is None
        assert warned == [("No se abrió la vista previa", said)]


@pytest.mark.parametrize("figure", ["", "9 0 0x"])
def test_no_to_closing_keeps_what_was_typed_and_the_question_names_all_of_it(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, figure: str
) -> None:
    # The refusal reloaded the meta over the cells: «No» kept the window, and nothing typed.
    warned = _warnings(monkeypatch)
    questions = answer_questions(monkeypatch, "No")
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    if figure:
        type_into(qtbot, achieved_cell(window), figure, press_enter=False)
    _type_evaluation(qtbot, window)
    _database_refuses(monkeypatch)

    window.close()

    assert (window.isVisible(), warned) == (True, [])
    assert window.form.narrative.toPlainText().endswith(" Y MÁS")
    assert achieved_cell(window).text() == (figure or "761")
    text = "No se guardó la evaluación escrita: la base de datos está ocupada."
    said = {
        "": (text, "El texto escrito se pierde."),
        "9 0 0x": (f"{text}\n{TYPED_WRONG}", "Lo escrito se pierde."),
    }[figure]
    assert questions == [f"{said[0]}\n\n¿Cerrar el programa de todos modos? {said[1]}"]


def test_closing_anyway_does_not_try_to_save_again_on_the_way_out(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Once the person said «Sí», the evaluation's box, left as the window hid, tried again
    # and a second box said it could not be saved.
    warned = _warnings(monkeypatch)
    questions = answer_questions(monkeypatch, "Sí")
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    _type_evaluation(qtbot, window)
    _database_refuses(monkeypatch)

    window.close()

    assert (len(questions), warned, window.isVisible()) == (1, [], False)


@pytest.mark.parametrize("answer", ["Sí", "No"])
def test_choosing_another_meta_with_a_figure_that_cannot_be_saved_asks_first(
    open_window: WindowFactory,
    qtbot: QtBot,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    # «4x0» for 400, then a click on another meta: the cell went back to the stored figure
    # with only a line in the status bar, and the package went out without the figure.
    questions = answer_questions(monkeypatch, answer)
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "9 0 0x", press_enter=False)

    (other,) = [m for m in window.session.metas() if m.description == "ASESORÍA LEGAL"]
    window.select_meta(other.stable_id)  # as a click in the list

    assert questions == [
        f"{TYPED_WRONG}\n\n¿Pasar a otra meta de todos modos? La cifra escrita se pierde."
    ]
    shown = window.form.meta
    assert shown is not None
    assert shown.description == ("ASESORÍA LEGAL" if answer == "Sí" else STUDIES)
    if answer == "No":  # still there to correct, and the list shows the meta it belongs to
        assert achieved_cell(window).text() == "9 0 0x"
        assert window.tree.currentIndex().data() == STUDIES
    assert stored_achieved(db_path, STUDIES) == Decimal(761)


@pytest.mark.parametrize("answer", ["Sí", "No"])
def test_another_quarter_in_the_configuration_asks_before_the_figure_is_lost(
    open_window: WindowFactory,
    qtbot: QtBot,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    # «9x0», then Archivo › Configuración with another quarter: the typing went without a word.
    questions = answer_questions(monkeypatch, answer)
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "9 0 0x", press_enter=False)
    second = replace(window.session.profile, quarter=Quarter.SECOND)
    monkeypatch.setattr(ProfileDialog, "exec", lambda _d: int(ProfileDialog.DialogCode.Accepted))
    monkeypatch.setattr(ProfileDialog, "profile", lambda _d: second)

    window.edit_profile()

    assert questions == [
        f"{TYPED_WRONG}\n\n¿Cambiar la configuración de todos modos? La cifra escrita se pierde."
    ]
    assert window.session.profile.quarter is (Quarter.SECOND if answer == "Sí" else Quarter.FIRST)
    if answer == "No":
        assert achieved_cell(window).text() == "9 0 0x"
    assert stored_achieved(db_path, STUDIES) == Decimal(761)
