"""The window's year (and quarter) boxes read digits typed or pasted at full width.

«２０２６», as an East Asian keyboard types it or Word and a phone paste it, was refused without
a word: the box kept its year, and the person did not know why. The command line reads them
(``tests/e2e/test_fullwidth_numbers_cli.py``); so do these boxes now. Letters stay refused.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QInputDialog, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.closing_dialog import ClosingDialog
from ism_desktop.gui.new_year_dialog import NewYearDialog
from ism_desktop.gui.profile_dialog import ProfileDialog
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory, shown_paimef
from tests.gui.paimef_window_driver import AUTHOR, TODAY
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.year_window_setup import COORDINATOR
from tests.gui.year_window_setup import _quiet_boxes as _quiet_boxes  # the fixture

pytestmark = pytest.mark.gui


def _typed(box: QAbstractSpinBox, text: str) -> None:
    """``text`` typed over the box's text, one key at a time, as a keyboard sends it."""
    field = box.findChild(QLineEdit)
    assert field is not None
    field.selectAll()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(field, event)


def _pasted(box: QAbstractSpinBox, text: str) -> None:
    field = box.findChild(QLineEdit)
    assert field is not None
    field.selectAll()
    QApplication.clipboard().setText(text)
    field.paste()


def _reads_wide_digits(box: QSpinBox, typed: str, pasted: str) -> None:
    kept = box.value()
    _typed(box, "abcd")
    assert box.value() == kept  # letters stay refused
    _typed(box, typed)
    assert box.value() == int(typed.translate(_NARROW))
    _pasted(box, pasted)
    assert box.value() == int(pasted.translate(_NARROW))


_NARROW = {0xFF10 + digit: str(digit) for digit in range(10)}


def test_the_profile_and_the_new_year_take_a_wide_year(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    profile = ProfileDialog([], None, 2024, Quarter.FIRST)
    qtbot.addWidget(profile)
    _reads_wide_digits(profile.year_box, "２０２６", "２０２７")

    window = open_window(COORDINATOR)
    new_year = NewYearDialog(2024, window.session.metas(), window)
    qtbot.addWidget(new_year)
    _reads_wide_digits(new_year.year, "２０２６", "２０２８")


def test_the_closing_dialog_takes_a_wide_quarter(qtbot: QtBot) -> None:
    dialog = ClosingDialog([(UnitCode("004"), "004")], Quarter.FIRST, lambda _u, _q: (False, ""))
    qtbot.addWidget(dialog)
    _reads_wide_digits(dialog.quarter, "３", "２")


def test_the_year_question_takes_a_wide_year(open_window: WindowFactory) -> None:
    window = open_window(COORDINATOR)

    def answer(then: Callable[[QSpinBox], None]) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, lambda: answer(then))
            return
        field = dialog.findChild(QSpinBox)
        assert field is not None
        then(field)
        dialog.accept()

    QTimer.singleShot(0, lambda: answer(lambda field: _typed(field, "２０２５")))
    assert window.year_actions.programme.ask_year("Metas del programa") == 2025
    QTimer.singleShot(0, lambda: answer(lambda field: _pasted(field, "２０２６")))
    assert window.year_actions.programme.ask_year("Metas del programa") == 2026


def test_the_paimef_window_takes_a_wide_year(qtbot: QtBot, store: Store) -> None:
    window = shown_paimef(qtbot, store, AUTHOR, TODAY)
    assert window.year.value() == 2026

    _reads_wide_digits(window.year, "２０２７", "２０２６")
