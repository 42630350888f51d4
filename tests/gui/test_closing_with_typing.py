"""Closing a quarter by hand with a figure typed that could not be saved asks first.

The export asks (its «¿… de todos modos?»); closing did not: the refused «abc» came back in a
red note saying that «otro programa (u otra ventana) cerró el trimestre», which this very
window had just done.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.closing_dialog import ClosingDialog
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_meta_form_paper import STUDIES
from tests.gui.window_driver import achieved_cell, answer_questions, select, type_into

pytestmark = pytest.mark.gui
UNIT = UnitCode("004")


def _close_first_quarter(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    opened: list[int] = []

    def chosen(dialog: ClosingDialog) -> int:
        opened.append(1)
        dialog.quarter.setValue(1)
        dialog.close_choice.setChecked(True)
        return 1

    monkeypatch.setattr(ClosingDialog, "exec", chosen)
    return opened


@pytest.mark.parametrize("answer", ["No", "Sí"])
def test_closing_with_a_refused_figure_typed_asks_before_dropping_it(
    open_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    information_boxes: list[str],
    warning_boxes: list[str],
    answer: str,
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "abc")
    opened = _close_first_quarter(monkeypatch)
    asked = answer_questions(monkeypatch, answer)
    closures = window.session.store.closures
    entity = window.session.meta(window.form.meta.stable_id).key.entity  # type: ignore[union-attr]

    window.year_actions.closing()
    QApplication.processEvents()

    assert len(asked) >= 1
    assert "«abc» no es un número" in asked[0]
    note = window.form.closed_figures.note
    if answer == "No":  # nothing closed, the typing still there to correct
        assert opened == []
        assert not closures.is_closed(2024, entity, UNIT, Quarter.FIRST)
        assert achieved_cell(window).text() == "abc"
    else:  # closed, and the typing given up: no note blaming another program
        assert closures.is_closed(2024, entity, UNIT, Quarter.FIRST)
        assert not note.isVisibleTo(window.form)
        assert achieved_cell(window).text() != "abc"
