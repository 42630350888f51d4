"""A few words typed under the findings list keep only the lines that hold them.

At a state's scale the coordinator's list held 2,096 warnings in one column, with no way to
find those of one unit or of one meta but to scroll through them all.
"""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ism_desktop.gui.findings_model import FINDING_ROLE, FindingRow
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.year_window_setup import COORDINATOR

pytestmark = pytest.mark.gui


def _plain(text: str) -> str:
    """The test's own reading: upper case, accents dropped."""
    decomposed = unicodedata.normalize("NFD", text.upper())
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def _every(window: MainWindow) -> list[FindingRow]:
    model = window.findings.model
    return [model.row_at(i) for i in range(model.rowCount())]


def _listed(window: MainWindow) -> list[FindingRow]:
    view = window.findings.list.model()
    return [view.index(i, 0).data(FINDING_ROLE) for i in range(view.rowCount())]


def _holding(rows: list[FindingRow], *words: str) -> list[FindingRow]:
    said = [(row, _plain(f"{row.unit} {row.description} {row.finding.message}")) for row in rows]
    return [row for row, text in said if all(_plain(word) in text for word in words)]


@pytest.fixture
def window(open_window: WindowFactory, qtbot: QtBot) -> MainWindow:
    shown = open_window(COORDINATOR)
    qtbot.waitUntil(lambda: shown.session.checked, timeout=10_000)
    assert len(_every(shown)) >= 20  # the sample's warnings (spelling aside), of several units
    return shown


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("capacitacion", ("CAPACITACIÓN",)),  # no accent, lower case
        ("Modificada  CAPACITACIÓN", ("MODIFICADA", "CAPACITACIÓN")),  # both, any order
        ("004", ("004",)),  # a unit's code
    ],
)
def test_typed_words_keep_the_lines_that_hold_them_and_say_how_many(
    window: MainWindow, qtbot: QtBot, typed: str, words: tuple[str, ...]
) -> None:
    every = _every(window)
    wanted = _holding(every, *words)
    assert 0 < len(wanted) < len(every)

    qtbot.keyClicks(window.findings.filter, typed)

    assert _listed(window) == wanted
    assert window.findings.filter_count.isVisible()
    assert window.findings.filter_count.text() == f"{len(wanted)} de {len(every)}"
    # The summary still counts them all.
    assert window.findings.summary.text().startswith(f"0 errores · {len(every)} avisos")


def test_escape_clears_the_filter_and_every_line_is_back(window: MainWindow, qtbot: QtBot) -> None:
    every = _every(window)
    qtbot.keyClicks(window.findings.filter, "capacitacion")
    assert len(_listed(window)) < len(every)

    qtbot.keyClick(window.findings.filter, Qt.Key.Key_Escape)

    assert window.findings.filter.text() == ""
    assert _listed(window) == every
    assert not window.findings.filter_count.isVisible()


def test_a_line_chosen_in_the_filtered_list_is_the_one_justified(
    window: MainWindow, qtbot: QtBot
) -> None:
    qtbot.keyClicks(window.findings.filter, "004 modificada")
    wanted = _holding(_every(window), "004", "MODIFICADA")
    shown = window.findings.list
    shown.setCurrentIndex(shown.model().index(len(wanted) - 1, 0))

    assert window.findings.current_row() == wanted[-1]
    assert window.findings.justify_button.isEnabled()


def test_nothing_found_says_none_of_all(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.findings.filter, "zzzz")

    assert _listed(window) == []
    assert window.findings.filter_count.text() == f"0 de {len(_every(window))}"
    assert not window.findings.go_button.isEnabled()


def test_tab_reaches_the_filter_from_the_list_and_ctrl_f_is_still_the_meta_search(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.findings.list.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.findings.filter

    qtbot.keyClick(window.findings.filter, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search


def test_the_filter_takes_no_height_from_the_list(window: MainWindow) -> None:
    panel = window.findings
    field, button = panel.filter, panel.go_button
    # On the buttons' line, not a line of its own above the list.
    assert field.isVisible()
    assert abs(field.geometry().center().y() - button.geometry().center().y()) <= 2
    assert field.geometry().top() > panel.list.geometry().bottom()
    # Wide enough to read what it is for.
    assert field.width() >= field.fontMetrics().horizontalAdvance(field.placeholderText())
    assert field.placeholderText() == "Filtrar avisos…"
    assert field.isClearButtonEnabled()


def test_a_hostile_text_typed_finds_nothing_and_breaks_nothing(
    window: MainWindow, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    hostile = "".join(chr(c) for c in range(0x21, 0x7F)) * 40 + "\u0301\u200b\ufeff" * 50
    window.findings.filter.setText(hostile)  # pasted, not typed: one change

    assert _listed(window) == []
    qtmodeltester.check(window.findings.shown)
    window.findings.filter.setText("capacitacion")
    qtmodeltester.check(window.findings.shown)
    assert _listed(window) == _holding(_every(window), "CAPACITACIÓN")
