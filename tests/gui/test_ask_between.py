"""The two-answer question (a newer year, the next quarter): named buttons, Enter on the first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.gui.dialog_buttons import ask_between
from tests.gui.modal_keys import press_in_next_modal

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("press", "chosen"), [("Trabajar en 2025", True), ("Seguir en 2024", False)]
)
def test_the_answer_is_the_button_pressed_and_the_default_is_the_first(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, press: str, chosen: bool
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[tuple[str, str, list[str], str]] = []

    def exec_(box: QMessageBox) -> int:
        default = box.defaultButton()
        assert default is not None
        names = [button.text() for button in box.buttons()]
        shown.append((box.windowTitle(), box.text(), sorted(names), default.text()))
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == press]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)

    answer = ask_between(
        parent, "Ejercicio 2025", "¿Trabajar?", "Trabajar en 2025", "Seguir en 2024"
    )

    assert answer is chosen
    assert shown == [
        (
            "Ejercicio 2025",
            "¿Trabajar?",
            ["&Seguir en 2024", "&Trabajar en 2025"],
            "&Trabajar en 2025",
        )
    ]


@pytest.mark.parametrize(
    ("accept", "reject", "letter", "chosen"),
    [
        ("Informar el segundo trimestre", "Seguir en el primer trimestre", Qt.Key.Key_I, True),
        ("Informar el segundo trimestre", "Seguir en el primer trimestre", Qt.Key.Key_S, False),
        ("Importar", "Imprimir", Qt.Key.Key_M, False),  # the first letter free of the other's
        ("&Imprimir…", "Cancelar", Qt.Key.Key_C, False),  # a letter given is kept
    ],
)
def test_each_answer_is_one_alt_letter_away(
    qtbot: QtBot, accept: str, reject: str, letter: Qt.Key, chosen: bool
) -> None:
    # The boxes' buttons had no letter: «Seguir en el primer trimestre» was Tab, Tab, Space.
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    names: list[str] = []

    def looked(box: QDialog, _focus: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        names.extend(sorted(button.text() for button in box.buttons()))

    happened = press_in_next_modal(
        qtbot, QMessageBox, letter, Qt.KeyboardModifier.AltModifier, looked
    )
    answer = ask_between(parent, "Pregunta", "¿Qué hacer?", accept, reject)

    assert happened == [], names
    assert answer is chosen
