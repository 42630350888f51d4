"""«Escriba el motivo.» goes once a motivo is typed: it stayed, in red, under the text written."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.gui.justify_dialog import PAIMEF_WARNING, JustifyDialog

pytestmark = pytest.mark.gui


def test_the_empty_motivo_notice_goes_once_something_is_typed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Closed with a motivo typed, the dialog asks first: answered here, should a check fail.
    monkeypatch.setattr("ism_desktop.gui.justify_dialog.may_discard", lambda *_a: True)
    stored: list[str] = []

    def save(text: str) -> None:
        stored.append(text)

    dialog = JustifyDialog("Numeral 4.3.1: …", "", save=save, wording=PAIMEF_WARNING)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.save_button.click()
    assert dialog.error_label.text() == "Escriba el motivo."
    qtbot.keyClicks(dialog.text, "La firma se retraso")
    assert dialog.error_label.text() == ""
    assert stored == []
    dialog.save_button.click()
    assert stored == ["La firma se retraso"]
