"""«Ir al campo» on a warning that quotes the evaluation selects the words it quotes.

The cursor went to the start of the evaluation: the person searched a paragraph for the words
the warning quotes («REBASANDO LA META CON 78»), to correct them or to see why.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.gui.findings_model import FindingRow
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.narrative_edit import NarrativeEdit
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui


def _go_to(window: MainWindow, words: str) -> None:
    model = window.findings.model
    rows: list[FindingRow] = [model.row_at(i) for i in range(model.rowCount())]
    [row] = [row for row in rows if words in row.finding.message]
    window.findings.list.setCurrentIndex(
        window.findings.shown.mapFromSource(model.index(rows.index(row)))
    )
    window.findings.go_button.click()


def _at_the_quoting_warning(open_window: WindowFactory, qtbot: QtBot) -> MainWindow:
    """Unit 004's window after «Ir al campo» on the warning quoting «REBASANDO LA META CON 78»."""
    window = open_window(unit_profile("004"))
    _go_to(window, "«REBASANDO LA META CON 78»")
    narrative = window.form.narrative
    qtbot.waitUntil(lambda: QApplication.focusWidget() is narrative)
    return window


def test_the_words_a_warning_quotes_are_selected_in_the_evaluation(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    narrative = _at_the_quoting_warning(open_window, qtbot).form.narrative

    assert narrative.textCursor().selectedText() == "REBASANDO LA META CON 78"
    assert narrative.toPlainText().startswith("SE REALIZARON 978 CAPTURAS")


def test_nothing_quoted_or_no_longer_written_leaves_the_cursor(qtbot: QtBot) -> None:
    edit = NarrativeEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("SE REALIZARON 978 CAPTURAS.")

    assert not edit.select_quoted("Falta la evaluación cualitativa de T1.")
    assert not edit.select_quoted("La evaluación cita «REBASÓ», pero el avance es 78.00%.")
    assert edit.textCursor().position() == 0
    assert not edit.textCursor().hasSelection()


@pytest.mark.parametrize(
    ("text", "message", "start", "selected"),
    [
        # The «78» after «CON», from its 51st character; not the end of «978».
        (
            "SE REALIZARON 978 CAPTURAS, REBASANDO LA META CON 78 CAPTURAS.",
            "La evaluación cita «78», cifra que no aparece en la meta.",
            50,
            "78",
        ),
        # The rules read the evaluation with its blanks made single spaces, and quote it so:
        # words broken over two lines, or typed with two spaces, were not found at all. (The
        # document counts «🙂» as two characters, as UTF-16 does.)
        (
            "🙂 SE REALIZARON 978 CAPTURAS,\nrebasando la  meta\ncon 78 CAPTURAS.",
            "La evaluación dice «REBASANDO LA META CON 78», y el avance…",
            31,
            "rebasando la  meta\u2029con 78",
        ),
    ],
)
def test_the_words_quoted_are_selected_whole_and_across_blanks(
    qtbot: QtBot, text: str, message: str, start: int, selected: str
) -> None:
    edit = NarrativeEdit()
    qtbot.addWidget(edit)
    edit.setPlainText(text)

    assert edit.select_quoted(message)

    cursor = edit.textCursor()
    assert (cursor.selectionStart(), cursor.selectedText()) == (start, selected)


def test_words_quoted_from_another_quarters_evaluation_are_not_selected_in_this_one(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # The box shows the first quarter's evaluation: a finding on the second's (its words may
    # be in both) leads to the box, and selects nothing of a text it does not quote.
    window = _at_the_quoting_warning(open_window, qtbot)
    narrative = window.form.narrative
    narrative.moveCursor(QTextCursor.MoveOperation.Start)

    window.form.focus_field("evaluacion.t2", "La evaluación dice «REBASANDO LA META CON 78».")

    assert not narrative.textCursor().hasSelection()
    assert narrative.textCursor().position() == 0
