"""The box after closing or reopening a quarter is titled by what happened, not «Trimestre».

«Trimestre» alone said nothing in the taskbar or over another window; the decision on a
request was titled «Solicitud» the same way.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


def test_closing_then_reopening_titles_each_box_by_what_was_done(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    boxes: list[tuple[str, str]] = []

    def said(_parent: object, title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        boxes.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", said)

    window.year_actions.apply_closing(UnitCode("004"), 1, reopen=False, reason="")
    window.year_actions.apply_closing(UnitCode("004"), 1, reopen=True, reason="Corrección")

    assert boxes == [
        ("Trimestre cerrado", "Trimestre 1 de la unidad 004: cerrado."),
        ("Trimestre reabierto", "Trimestre 1 de la unidad 004: reabierto."),
    ]
