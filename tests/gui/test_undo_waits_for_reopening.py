"""Deshacer and Rehacer are greyed out, saying why, while their step's quarter is closed.

It stayed enabled after the quarter was closed: Ctrl+Z then refused in a box titled «No se
guardó el cambio», as if a save had failed.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui
CLOSED = (
    "El trimestre 1 de la unidad 004 está cerrado. Reábralo con un motivo para cambiarlo "
    "(Año → Cerrar o reabrir un trimestre…)."
)


def _edited(open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """Unit 004's window, its realizado T1 of «ESTUDIOS SOCIOECONÓMICOS» just edited."""
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)  # «¿Pasar al segundo trimestre?»
    window = open_window(unit_profile("004"))
    meta = select(window, "ESTUDIOS SOCIOECONÓMICOS")
    window.session.edit(with_achieved(meta, Quarter.FIRST, Decimal(700)), "Realizado T1")
    return window


def test_undo_waits_greyed_out_while_the_quarter_is_closed(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _edited(open_window, monkeypatch)
    undo = window.undo_action
    assert undo.isEnabled()

    window.year_actions.apply_closing(UnitCode("004"), 1, reopen=False, reason="")

    assert not undo.isEnabled()
    assert undo.toolTip() == CLOSED
    assert undo.text().endswith("(no disponible)")

    window.year_actions.apply_closing(UnitCode("004"), 1, reopen=True, reason="Corrección")

    assert undo.isEnabled()
    assert undo.text() == "&Deshacer Realizado T1"


def test_redo_waits_greyed_out_while_the_quarter_is_closed(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _edited(open_window, monkeypatch)
    window.session.undo()
    redo = window.redo_action
    assert redo.isEnabled()

    window.year_actions.apply_closing(UnitCode("004"), 1, reopen=False, reason="")

    assert not redo.isEnabled()
    assert redo.toolTip() == CLOSED
    window.year_actions.apply_closing(UnitCode("004"), 1, reopen=True, reason="Corrección")
    assert redo.isEnabled()
    assert redo.text() == "&Rehacer Realizado T1"
