"""Qt's own buttons and dialogs speak Spanish once the translations are installed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ism_desktop.gui.application import install_spanish

pytestmark = pytest.mark.gui


def test_standard_buttons_are_spanish(qtbot: QtBot, qapp: QApplication) -> None:
    install_spanish(qapp)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
    )
    qtbot.addWidget(box)

    labels = {
        box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", ""),
        box.button(QDialogButtonBox.StandardButton.Save).text().replace("&", ""),
    }

    assert labels == {"Cancelar", "Guardar"}
