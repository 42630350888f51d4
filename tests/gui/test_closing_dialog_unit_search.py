"""«Unidad» in «Cerrar o reabrir un trimestre» found by words where codes repeat in dependencies.

Typing in the plain list jumped by the start of the text only: «003» was dependency 51's
and 84's alike, so 84's could not be typed, nor a unit found by a word of its name.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.gui.closing_dialog import ClosingDialog
from tests.gui.closing_dialog_driver import Driver, closed_by_dialog, press, type_keys
from tests.gui.conftest import WindowFactory
from tests.gui.two_dependencies_window import SECOND
from tests.gui.two_dependencies_window import db_path as db_path  # the fixture
from tests.gui.year_window_setup import _quiet_boxes as _quiet_boxes  # the fixture
from tests.two_dependencies import AWAITED, DELIVERED, SHARED, printed_unit_names

pytestmark = [
    pytest.mark.gui,
    # The popup of the units found, offscreen.
    pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard"),
]


def run_dialog(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, drive: Driver
) -> list[tuple[str, str]]:
    """The units of the second quarter closed by the dialog ``drive`` answers."""
    return closed_by_dialog(open_window, qtbot, monkeypatch, SECOND, drive)


def _named(word: str) -> tuple[str, str]:
    """The one (dependency, unit) whose printed name holds ``word``, as the generator wrote."""
    (key,) = [key for key, name in printed_unit_names().items() if word in name]
    return key


def test_dependency_and_code_typed_pick_that_dependency_s_unit(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}

    def drive(dialog: ClosingDialog) -> None:
        type_keys(qtbot, "84 003")
        press(qtbot, Qt.Key.Key_Return)  # on the units found: picks, does not close yet
        seen["picked"] = dialog.chosen()
        seen["still_open"] = dialog.isVisible() and dialog.result() == 0
        press(qtbot, Qt.Key.Key_Return)  # «Aceptar»

    closed = run_dialog(open_window, qtbot, monkeypatch, drive)

    assert seen == {"picked": (AWAITED, SHARED), "still_open": True}
    assert closed == [(AWAITED, SHARED.value)]


@pytest.mark.parametrize(
    ("typed", "word"), [("juridica", "JURÍDICA"), ("Regional sur", "REGIONAL SUR")]
)
def test_a_word_of_the_name_picks_its_unit_accents_and_case_aside(
    open_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    typed: str,
    word: str,
) -> None:
    def drive(dialog: ClosingDialog) -> None:
        type_keys(qtbot, typed)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    closed = run_dialog(open_window, qtbot, monkeypatch, drive)

    assert closed == [_named(word)]


def test_a_unit_found_is_picked_by_a_click(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    found: list[str] = []

    def drive(dialog: ClosingDialog) -> None:
        type_keys(qtbot, "003")  # both dependencies' 003
        assert dialog.unit_search is not None
        popup = dialog.unit_search.popup
        qtbot.waitUntil(popup.isVisible)
        model = popup.model()
        found.extend(str(model.index(row, 0).data()) for row in range(model.rowCount()))
        second = popup.visualRect(model.index(1, 0)).center()
        qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=second)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    closed = run_dialog(open_window, qtbot, monkeypatch, drive)

    assert [text.split(" (")[-1] for text in found] == [
        "dependencia 51) — abierto",
        "dependencia 84) — abierto",
    ]
    assert closed == [(AWAITED, SHARED.value)]


def _letters_no_name_has(seed: int) -> str:
    """A word of letters Spanish names do not join (Q, W, X, Z, K), any case."""
    chance = random.Random(seed)
    return "".join(chance.choice("qwxzkQWXZK") for _ in range(chance.randint(3, 9)))


# Letters found nowhere, a code no unit has, a code its dependency lacks, two dependencies
# no one unit belongs to, a dependency that is not one.
NOTHING_FOUND = [
    *(_letters_no_name_has(seed) for seed in range(4)),
    "999",
    f"{DELIVERED} 007",
    f"{DELIVERED} {AWAITED}",
    "dependencia 99",
]


@pytest.mark.parametrize("typed", NOTHING_FOUND)
def test_a_text_that_finds_no_unit_is_refused_in_the_dialog(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, typed: str
) -> None:
    seen: dict[str, object] = {}

    def drive(dialog: ClosingDialog) -> None:
        type_keys(qtbot, typed)
        press(qtbot, Qt.Key.Key_Return)
        seen["result"] = dialog.result()
        seen["said"] = dialog.error_label.text()
        seen["focus"] = QApplication.focusWidget() is dialog.unit
        assert dialog.unit_search is not None
        seen["typed_kept"] = dialog.unit_search.line.text() == typed

    closed = run_dialog(open_window, qtbot, monkeypatch, drive)

    assert closed == []
    assert seen == {
        "result": 0,
        "said": f"Ninguna unidad de la lista tiene «{typed}»: escriba parte de su clave, de su "
        "dependencia o de su nombre y elíjala en la lista.",
        "focus": True,
        "typed_kept": True,
    }


def test_units_found_and_none_chosen_are_refused_then_shown_by_the_down_arrow(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}
    of_84 = sorted(key for key in printed_unit_names() if key[0] == AWAITED)

    def drive(dialog: ClosingDialog) -> None:
        assert dialog.unit_search is not None
        popup = dialog.unit_search.popup
        type_keys(qtbot, AWAITED)
        press(qtbot, Qt.Key.Key_Escape)  # the units found put away, nothing picked
        seen["dialog_open"] = dialog.isVisible()
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        seen["result"] = dialog.result()
        seen["said"] = dialog.error_label.text()
        seen["focus"] = QApplication.focusWidget() is dialog.unit
        press(qtbot, Qt.Key.Key_Down)
        qtbot.waitUntil(popup.isVisible)
        seen["shown_again"] = popup.model().rowCount()
        press(qtbot, Qt.Key.Key_Return)  # the first found
        seen["picked"] = dialog.chosen()
        press(qtbot, Qt.Key.Key_Escape)  # the dialog left, nothing closed

    closed = run_dialog(open_window, qtbot, monkeypatch, drive)

    assert closed == []
    assert seen == {
        "dialog_open": True,
        "result": int(QDialog.DialogCode.Rejected),
        "said": f"«{AWAITED}» no es una unidad elegida: elija en la lista «Unidad» una de las "
        f"{len(of_84)} que lo tienen (la flecha ↓ la muestra).",
        "focus": True,
        "shown_again": len(of_84),
        "picked": (AWAITED, UnitCode(of_84[0][1])),
    }
