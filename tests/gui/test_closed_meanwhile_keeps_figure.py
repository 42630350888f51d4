"""A figure typed as another program closed its quarter stays on screen, said not saved.

Before, the refusal reloaded what the database held: the figure typed vanished from its cell
(typed without Enter, or typed wrong and refused), and nothing said what it had been.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import close_quarter, reopen_quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select
from tests.workspace.conftest import stored

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"
OTHER_PROGRAM = Author("Unidad 004", "cerrar-trimestre")


def _close_elsewhere(db: Path) -> None:
    with Store.open(db) as other:
        assert close_quarter(other, 2024, UnitCode("004"), Quarter.FIRST, OTHER_PROGRAM)


def _type(window: MainWindow, qtbot: QtBot, typed: str) -> str:
    meta = select(window, STUDIES)
    cell = achieved_cell(window)
    cell.setFocus()
    cell.selectAll()
    qtbot.keyClicks(cell, typed)
    return meta.stable_id


def _note(window: MainWindow) -> QLabel:
    note = window.form.findChild(QLabel, "cifra_no_guardada")
    assert note is not None
    return note


def _said_not_saved(window: MainWindow, typed: str) -> None:
    note = _note(window)
    assert note.isVisible()
    text = note.text()
    assert "NO se guardó" in text
    assert f"«{typed}»" in text
    assert "Realizado T1" in text  # where it was typed: the column and the quarter
    assert "otro programa" in text.lower()
    assert "reabr" in text.lower()
    assert "unidad coordinadora" in text


def test_a_figure_typed_as_the_quarter_closed_elsewhere_stays_said_not_saved(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, warning_boxes: list[str]
) -> None:
    window = open_window(unit_profile("004"))
    stable_id = _type(window, qtbot, "999")
    _close_elsewhere(db_path)
    before = stored(db_path, stable_id).num.achieved[0]

    window.form.flush()

    _said_not_saved(window, "999")
    assert achieved_cell(window).isReadOnly()
    assert stored(db_path, stable_id).num.achieved[0] == before


def test_a_figure_refused_then_closed_elsewhere_stays_said_not_saved(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, warning_boxes: list[str]
) -> None:
    window = open_window(unit_profile("004"))
    stable_id = _type(window, qtbot, "9x9")
    before = stored(db_path, stable_id).num.achieved[0]
    achieved_cell(window).editingFinished.emit()  # refused as typed: it stays, in red
    assert window.form.input_error.isVisible()
    _close_elsewhere(db_path)

    # Something else of the meta saved reloads it: its evaluation, say.
    window.form.narrative.setFocus()
    window.form.narrative.insertPlainText(" Más.")
    window.form.flush()

    _said_not_saved(window, "9x9")
    assert stored(db_path, stable_id).num.achieved[0] == before


def test_the_kept_figure_is_never_saved_and_goes_with_another_meta(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, warning_boxes: list[str]
) -> None:
    window = open_window(unit_profile("004"))
    stable_id = _type(window, qtbot, "999")
    _close_elsewhere(db_path)
    before = stored(db_path, stable_id).num.achieved[0]
    window.form.flush()
    with Store.open(db_path) as other:
        reason = "Corregir la cifra del trimestre"
        assert reopen_quarter(other, 2024, UnitCode("004"), Quarter.FIRST, reason, OTHER_PROGRAM)

    assert window.form.flush() == ""
    select(window, "ASESORÍA LEGAL")
    assert not _note(window).isVisible()
    select(window, STUDIES)

    assert stored(db_path, stable_id).num.achieved[0] == before
    assert not _note(window).isVisible()
