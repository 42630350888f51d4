"""Esc in «Cerrar o reabrir un trimestre» with a reason typed asks before dropping it.

The dialog closed at one key and the reason typed was lost; the other dialogs that take
typing (observations, delivery dates) ask first.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.closing_dialog import ClosingDialog

pytestmark = pytest.mark.gui


def _shown(qtbot: QtBot) -> ClosingDialog:
    dialog = ClosingDialog(
        [(UnitCode("004"), "004")], Quarter.FIRST, lambda _u, _q: (True, "Cerrado.")
    )
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason)
    qtbot.keyClicks(dialog.reason, "Cifra corregida")
    return dialog


def test_escape_with_a_reason_typed_asks_and_no_keeps_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer_no(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    dialog = _shown(qtbot)

    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)

    assert asked == ["¿Descartar el motivo escrito?"]
    assert dialog.isVisible()
    assert dialog.reason.text() == "Cifra corregida"


def test_escape_with_a_reason_typed_closes_when_told_yes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog = _shown(qtbot)

    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)

    assert not dialog.isVisible()


def test_escape_with_nothing_typed_closes_without_asking(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a))
    dialog = ClosingDialog([(UnitCode("004"), "004")], Quarter.FIRST, lambda _u, _q: (False, ""))
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert not dialog.isVisible()
    assert asked == []
