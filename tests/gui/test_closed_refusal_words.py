"""A figure refused because its quarter is closed is said once, plainly, naming the meta.

The status bar read «No se guardó el cambio: no se guardó nada: meta «…» (4f2c…), Realizado
T1 (NUM): …»: «no se guardó» twice and the meta's database id, which no one in the office knows.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.unsaved_typing import flush_saying_why
from ism_desktop.workspace.quarter_closing import close_quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"


def _plain(said: str, stable_id: str) -> None:
    assert said.lower().count("no se guardó") == 1, said
    assert stable_id not in said
    assert STUDIES in said  # the meta as the form's title names it
    assert "realizado T1" in said  # what was not saved
    assert "el trimestre 1 de la unidad 004 está cerrado" in said
    assert "reábralo" in said.lower()
    assert "unidad coordinadora" in said


def _typed_in_a_quarter_closed_meanwhile(window: MainWindow, qtbot: QtBot) -> str:
    meta = select(window, STUDIES)
    [cell] = window.form.grid.editable_cells(meta, Quarter.FIRST)
    close_quarter(window.session.store, 2024, UnitCode("004"), Quarter.FIRST, window.session.author)
    cell.selectAll()
    qtbot.keyClicks(cell, "999")
    return meta.stable_id


def test_the_box_and_the_status_bar_say_it_once_naming_the_meta(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    stable_id = _typed_in_a_quarter_closed_meanwhile(window, qtbot)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: told.append(text))

    window.form.grid.editable_cells(window.session.meta(stable_id), Quarter.FIRST)[
        0
    ].editingFinished.emit()

    [box] = told
    _plain(box, stable_id)
    _plain(window.statusBar().currentMessage(), stable_id)


def test_the_question_before_leaving_says_it_once_too(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    stable_id = _typed_in_a_quarter_closed_meanwhile(window, qtbot)

    unsaved = flush_saying_why(window.form.flush, window.session)

    _plain(unsaved.message, stable_id)
    assert unsaved.figure
