"""The two-answer question (a newer year, the next quarter): named buttons, Enter on the first."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.gui.dialog_buttons import ask_between

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
        [button] = [b for b in box.buttons() if b.text() == press]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)

    answer = ask_between(
        parent, "Ejercicio 2025", "¿Trabajar?", "Trabajar en 2025", "Seguir en 2024"
    )

    assert answer is chosen
    assert shown == [
        ("Ejercicio 2025", "¿Trabajar?", ["Seguir en 2024", "Trabajar en 2025"], "Trabajar en 2025")
    ]
