"""Closing a quarter by hand while its metas still have errors asks first; «No» keeps it open."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.closing_dialog import ClosingDialog
from tests.gui.conftest import WindowFactory
from tests.gui.year_window_setup import _quiet_boxes as _quiet_boxes  # the fixture

pytestmark = pytest.mark.gui
OWN = UnitCode("002")
# The seed's 2024 report of the first quarter: nothing of the second is reported yet.
SECOND = PcProfile(Role.COORDINATOR, OWN, 2024, Quarter.SECOND)


def _close_in_dialog(monkeypatch: pytest.MonkeyPatch, quarter: int) -> None:
    """The dialog answers «Cerrar» for the coordinator's own unit and ``quarter``."""

    def chosen(dialog: ClosingDialog) -> int:
        dialog.unit.setCurrentIndex(dialog.unit.findData(OWN.value))
        dialog.quarter.setValue(quarter)
        dialog.close_choice.setChecked(True)
        return 1

    monkeypatch.setattr(ClosingDialog, "exec", chosen)


def _answer(monkeypatch: pytest.MonkeyPatch, yes: bool) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_closing_the_own_quarter_with_errors_asks_and_no_keeps_it_open(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(SECOND)
    closures = window.session.store.closures
    _close_in_dialog(monkeypatch, 2)
    asked = _answer(monkeypatch, yes=False)

    window.year_actions.closing()

    assert len(asked) == 1
    # Its 4 metas lack their realizado and evaluation of T2 (10 errors, as «validate» says).
    assert "La unidad 002 tiene 10 errores en el trimestre 2 de 2024" in asked[0]
    assert "¿Cerrar el trimestre de todos modos?" in asked[0]
    assert not closures.is_closed(2024, "30", OWN, Quarter.SECOND)

    asked = _answer(monkeypatch, yes=True)
    window.year_actions.closing()
    assert len(asked) == 1
    assert closures.is_closed(2024, "30", OWN, Quarter.SECOND)


def test_a_quarter_without_errors_closes_without_a_question(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(SECOND)
    _close_in_dialog(monkeypatch, 1)  # the first quarter, as the official report printed it
    asked = _answer(monkeypatch, yes=False)

    window.year_actions.closing()

    assert asked == []
    assert window.session.store.closures.is_closed(2024, "30", OWN, Quarter.FIRST)


def test_a_unit_closing_its_own_quarter_with_errors_is_asked_too(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The count came from the delivery board, which counts only the units that delivered and
    # the coordinating unit: on a unit's own PC its quarter closed with errors, unasked.
    unit = UnitCode("009")
    window = open_window(PcProfile(Role.UNIT, unit, 2024, Quarter.SECOND))
    closures = window.session.store.closures

    def chosen(dialog: ClosingDialog) -> int:
        dialog.quarter.setValue(2)
        dialog.close_choice.setChecked(True)
        return 1

    monkeypatch.setattr(ClosingDialog, "exec", chosen)
    asked = _answer(monkeypatch, yes=False)

    window.year_actions.closing()

    # Its one meta (a percentage) lacks NUM, DEN and the evaluation of T2.
    assert len(asked) == 1
    assert "La unidad 009 tiene 3 errores en el trimestre 2 de 2024" in asked[0]
    assert not closures.is_closed(2024, "30", unit, Quarter.SECOND)
