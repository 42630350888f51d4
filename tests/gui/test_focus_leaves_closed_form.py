"""The export closes the quarter: the focus leaves the box it made read-only, for the meta list.

The evaluation box kept the focus with no cursor and no frame: a person at the keyboard could
not tell where the focus was.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.workspace.quarter_closing import close_quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"


def _exported_from(window: MainWindow, start: QWidget, qtbot: QtBot, tmp_path: Path) -> None:
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    with qtbot.waitSignal(window.reports.package_exported, timeout=30000):
        window.reports.export_package(tmp_path)


@pytest.mark.parametrize("where", ["evaluation", "figure"])
def test_after_the_export_the_focus_is_on_the_current_meta_in_the_list(
    open_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)
    window = open_window(unit_profile("004"))
    meta = select(window, STUDIES)
    start = window.form.narrative if where == "evaluation" else achieved_cell(window)

    _exported_from(window, start, qtbot, tmp_path)

    assert window.form.narrative.isReadOnly()  # the quarter is closed
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.tree)
    current = window.tree.currentIndex()
    assert current.data() == meta.description
    assert window.form.meta is not None
    assert window.form.meta.stable_id == meta.stable_id
    assert "lista de metas" in window.statusBar().currentMessage()


def test_a_focus_outside_the_form_stays_where_it_is(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)
    window = open_window(unit_profile("004"))
    select(window, STUDIES)

    _exported_from(window, window.search, qtbot, tmp_path)

    QApplication.processEvents()
    assert QApplication.focusWidget() is window.search


def test_closing_the_quarter_from_the_menu_moves_the_focus_too(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    narrative = window.form.narrative
    narrative.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is narrative)
    session = window.session

    # What «Año → Cerrar o reabrir un trimestre…» does once its dialog is answered.
    close_quarter(session.store, 2024, UnitCode("004"), Quarter.FIRST, session.author)
    session.reload()

    assert narrative.isReadOnly()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.tree)


def test_switching_to_an_open_quarter_says_nothing_of_a_closing(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # Archivo → Configuración, quarter 2: the status bar said «El trimestre quedó cerrado…»
    # though the second quarter is open, and the cursor was taken from the cell it was in.
    window = open_window(unit_profile("004"))
    session = window.session
    close_quarter(session.store, 2024, UnitCode("004"), Quarter.FIRST, session.author)
    session.reload()
    QApplication.processEvents()
    select(window, STUDIES)
    cell = achieved_cell(window)  # the first quarter's, read-only (closed)
    cell.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is cell)
    window.statusBar().clearMessage()

    window.apply_profile(replace(unit_profile("004"), quarter=Quarter.SECOND))
    QApplication.processEvents()

    assert "cerrado" not in window.statusBar().currentMessage()
    assert QApplication.focusWidget() is cell
