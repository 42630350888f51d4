"""Alt with a letter that no menu or button uses types nothing into the text being written.

Qt on Linux inserted the letter: Alt+O (no entry had «O») put an «o» in the search box, and in
an evaluation it would have slipped a letter into the unit's text. On Windows the key only beeps.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.gui.alt_letters import UnansweredAltLetters
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui


def test_alt_with_an_unused_letter_leaves_the_search_as_it_was(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window(unit_profile("004"))
    window.search.setFocus()
    QTest.keyClicks(window.search, "cap")
    QTest.keyClick(window.search, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(window.search, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)

    assert window.search.text() == "cap"


def test_alt_with_an_unused_letter_leaves_the_evaluation_as_it_was(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window(unit_profile("004"))
    evaluation = window.form.narrative
    evaluation.setFocus()
    evaluation.moveCursor(evaluation.textCursor().MoveOperation.End)
    before = evaluation.toPlainText()
    QTest.keyClick(evaluation, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    QTest.keyClicks(evaluation, "x")

    assert evaluation.toPlainText() == before + "x"


def test_alt_gr_still_types_what_the_keyboard_gives(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    # On Windows AltGr arrives as Ctrl+Alt: a Spanish keyboard types «@» with AltGr+Q.
    window = open_window(unit_profile("004"))
    window.search.setFocus()
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    QTest.keyClick(window.search, Qt.Key.Key_At, both)

    assert window.search.text() == "@"


def test_two_windows_share_one_watcher_of_the_focus(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    # Each window asks for it; a second watcher would only filter every key twice.
    open_window(unit_profile("004"))
    open_window(unit_profile("004"))
    app = QApplication.instance()
    assert app is not None

    watchers = [child for child in app.children() if isinstance(child, UnansweredAltLetters)]

    assert len(watchers) == 1
