"""The delivery dates dialog keeps what was typed when one date is wrong."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.quarter import Quarter

pytestmark = pytest.mark.gui


def test_an_impossible_date_keeps_the_dialog_open_with_every_date_typed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ism_desktop.gui.year_dialogs import DeliveryDatesDialog

    dialog = DeliveryDatesDialog(2024, {})
    qtbot.addWidget(dialog)
    dialog.show()
    typed = ("15/04/2024", "31/06/2024", "04/10/2024", "2025-01-15")
    for quarter, text in zip(Quarter, typed, strict=True):
        dialog.fields[quarter].setText(text)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)

    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    # Before, the dialog closed and the three good dates were lost with the wrong one.
    assert warnings == ["La fecha «31/06/2024» no existe en el calendario."]
    assert dialog.isVisible()
    assert [dialog.fields[q].text() for q in Quarter] == list(typed)
    assert dialog.focusWidget() is dialog.fields[Quarter.SECOND]

    # A real date outside its quarter's time is said and kept too (here the year before).
    dialog.fields[Quarter.SECOND].setText("15/07/2023")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert warnings[-1].startswith("La fecha de entrega del trimestre 2 de 2024 (15/07/2023)")

    dialog.fields[Quarter.SECOND].setText("15/07/2024")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert dialog.result() == int(DeliveryDatesDialog.DialogCode.Accepted)
    assert dialog.values()[Quarter.SECOND] == "15/07/2024"
