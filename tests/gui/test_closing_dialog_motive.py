"""Reopening a quarter from «Cerrar o reabrir un trimestre» takes a motive in words, never a key.

On a closed unit's quarter the dialog opened in «Motivo»: a coordinator typed «003» to pick
unit 003, pressed Enter, and reopened 001's quarter with the motive «003».
"""

from __future__ import annotations

import random
import string
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.closing_dialog import ClosingDialog
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import close_quarter
from tests.gui.conftest import WindowFactory
from tests.gui.year_window_setup import COORDINATOR
from tests.gui.year_window_setup import _quiet_boxes as _quiet_boxes  # the fixture

pytestmark = pytest.mark.gui

CLOSED, OTHER = UnitCode("001"), UnitCode("003")


def _words_free(seed: int) -> str:
    """A motive of digits, punctuation and spaces only, as a slip of the fingers types."""
    chance = random.Random(seed)
    keys = string.digits + string.punctuation + " "
    return "".join(chance.choice(keys) for _ in range(chance.randint(1, 12)))


NO_WORDS = "El motivo no dice por qué se reabre: escríbalo con palabras"
MISSING = "Falta el motivo: escriba por qué se reabre el trimestre"

# Nothing, spaces, a unit's code, other digits, symbols, digits of other scripts, and what the
# store refuses (said only after the dialog had closed, the motive lost with it).
NOT_MOTIVES = [
    ("", MISSING),
    ("   ", MISSING),
    ("003", "«003» es la clave de una unidad, no un motivo"),
    (" 001 ", "«001» es la clave de una unidad, no un motivo"),
    ("12.5", NO_WORDS),
    ("<<>>", NO_WORDS),
    ("٠٠٣", NO_WORDS),
    ("００３", NO_WORDS),
    *((_words_free(seed), NO_WORDS) for seed in range(8)),
    ("Cifra corregida\x07", "El motivo tiene un carácter que no es texto (U+0007, posición 16)."),
    ("Se \x1bcorrige", "El motivo tiene un carácter que no es texto (U+001B, posición 4)."),
    ("Corrección " * 200, "El motivo tiene 2\u00a0199 caracteres (máx. 2\u00a0000)."),
]


def _on_closed_unit(open_window: WindowFactory) -> MainWindow:
    """The coordinator's window, 001's first quarter closed and one of its metas selected."""
    window = open_window(COORDINATOR)
    close_quarter(window.session.store, 2024, CLOSED, Quarter.FIRST, window.session.author)
    meta = next(m for m in window.session.metas() if m.key.unit == CLOSED)
    window.select_meta(meta.stable_id)
    return window


def _shown(qtbot: QtBot, dialog: ClosingDialog) -> None:
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def _reopenings(db_path: Path) -> list[str]:
    """The motives of 001's reopenings, read back from the database file."""
    with Store.open(db_path) as store:
        events = store.closures.log(2024, CLOSED)
    return [event.reason for event in events if event.action == "reabrir"]


def _still_closed(db_path: Path) -> bool:
    """Whether 001's first quarter is closed, read back from the database file."""
    with Store.open(db_path) as store:
        (entity,) = store.reports.unit_entities(2024, CLOSED)
        return store.closures.is_closed(2024, entity, CLOSED, Quarter.FIRST)


def test_a_code_typed_and_enter_pick_the_unit_and_reopen_nothing(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _on_closed_unit(open_window)
    # Closing 003 may ask about its errors: answered «No», nothing else is asked.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    seen: dict[str, object] = {}

    def type_code_and_enter(dialog: ClosingDialog) -> int:
        _shown(qtbot, dialog)
        seen["opened_on"] = dialog.chosen_unit()
        seen["reopen_offered"] = dialog.reopen_choice.isChecked()
        seen["focused"] = QApplication.focusWidget() is dialog.unit
        seen["default"] = dialog.ok.isDefault()
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClicks(focused, "003")
        qtbot.keyClick(focused, Qt.Key.Key_Return)
        seen["chosen"] = dialog.chosen_unit()
        seen["motive"] = dialog.reason.text()
        result = dialog.result()
        dialog.hide()
        return result

    monkeypatch.setattr(ClosingDialog, "exec", type_code_and_enter)

    window.year_actions.closing()

    assert _reopenings(db_path) == []
    assert _still_closed(db_path)
    assert (seen["opened_on"], seen["reopen_offered"]) == (CLOSED, True)
    assert seen["focused"] is True
    assert seen["default"] is False  # «Aceptar» is not Enter's while no motive is written
    assert (seen["chosen"], seen["motive"]) == (OTHER, "")


@pytest.mark.parametrize(("typed", "said"), NOT_MOTIVES)
def test_a_motive_that_does_not_say_why_is_refused_in_the_dialog(
    open_window: WindowFactory,
    qtbot: QtBot,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    typed: str,
    said: str,
) -> None:
    window = _on_closed_unit(open_window)
    seen: dict[str, object] = {}

    def type_motive_enter_and_click(dialog: ClosingDialog) -> int:
        _shown(qtbot, dialog)
        dialog.reason.setFocus()
        if typed.isascii() and typed.isprintable():
            qtbot.keyClicks(dialog.reason, typed)
        else:  # QTest types printable ASCII only (it aborts on «٣»): pasted, as it would arrive
            dialog.reason.insert(typed)
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        seen["open_after_enter"] = dialog.isVisible()
        if not dialog.isVisible():  # Enter took it: what it did is applied, as by a person
            return dialog.result()
        seen["by_enter"] = (dialog.isVisible(), dialog.error_label.text())
        dialog.error_label.clear()
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        seen["by_click"] = (dialog.isVisible(), dialog.error_label.text())
        seen["red"] = "#b71c1c" in dialog.error_label.styleSheet()
        seen["kept"] = dialog.reason.text()
        seen["focused"] = QApplication.focusWidget() is dialog.reason
        result = dialog.result()
        dialog.hide()
        return result

    monkeypatch.setattr(ClosingDialog, "exec", type_motive_enter_and_click)

    window.year_actions.closing()

    assert seen["open_after_enter"] is True
    assert _reopenings(db_path) == []
    by_enter, by_click = seen["by_enter"], seen["by_click"]
    assert isinstance(by_enter, tuple)
    assert isinstance(by_click, tuple)
    assert by_enter[0]  # the dialog stays open, the motive in it to correct
    assert by_click[0]
    assert by_enter[1] == by_click[1]
    assert by_click[1].startswith(said)
    assert seen["red"] is True  # said in red, as the other dialogs refuse
    assert seen["kept"] == typed
    assert seen["focused"] is True
    assert _reopenings(db_path) == []
    assert _still_closed(db_path)


def test_a_motive_in_words_reopens_with_it(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _on_closed_unit(open_window)
    seen: dict[str, object] = {}

    def write_motive_and_enter(dialog: ClosingDialog) -> int:
        _shown(qtbot, dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Alt+M: «Motivo»
        qtbot.keyClicks(dialog.reason, "La unidad 003 corrige su cifra")
        seen["default"] = dialog.ok.isDefault()
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(ClosingDialog, "exec", write_motive_and_enter)

    window.year_actions.closing()

    assert seen["default"] is True
    assert _reopenings(db_path) == ["La unidad 003 corrige su cifra"]
    assert not _still_closed(db_path)
