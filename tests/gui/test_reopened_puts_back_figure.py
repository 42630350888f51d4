"""A figure kept as not saved goes back into its cell once its quarter is reopened.

Before, the reopening hid the red note and showed the stored figure in the editable cell: what
was typed, and what the note told the person to keep, was gone with nothing said.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import reopen_quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_closed_meanwhile_keeps_figure import (
    OTHER_PROGRAM,
    STUDIES,
    _close_elsewhere,
    _note,
    _said_not_saved,
    _type,
)
from tests.gui.window_driver import achieved_cell, select
from tests.workspace.conftest import stored

pytestmark = pytest.mark.gui
REASON = "Corregir la cifra del trimestre"


def _kept(window: MainWindow, qtbot: QtBot, db: Path) -> tuple[str, Decimal | None]:
    """Type 999, have the quarter closed elsewhere, and the typing refused: kept in the note."""
    stable_id = _type(window, qtbot, "999")
    _close_elsewhere(db)
    before = stored(db, stable_id).num.achieved[0]
    window.form.flush()
    _said_not_saved(window, "999")
    return stable_id, before


def _typed_back(window: MainWindow) -> None:
    cell = achieved_cell(window)
    assert not _note(window).isVisible()
    assert not cell.isReadOnly()
    assert cell.text() == "999"
    assert cell.isModified()  # typed, not saved: saved or asked about as any typing


def test_reopened_in_the_window_the_figure_is_typed_back_not_saved(
    open_window: WindowFactory,
    qtbot: QtBot,
    db_path: Path,
    warning_boxes: list[str],
    information_boxes: list[str],
) -> None:
    window = open_window(unit_profile("004"))
    stable_id, before = _kept(window, qtbot, db_path)

    window.year_actions.apply_closing(UnitCode("004"), 1, True, REASON)

    assert information_boxes  # the reopening was done
    _typed_back(window)
    assert stored(db_path, stable_id).num.achieved[0] == before  # not saved by itself
    assert window.form.flush() == ""  # the usual rules save it
    assert stored(db_path, stable_id).num.achieved[0] == Decimal(999)


def test_reopened_elsewhere_the_figure_is_typed_back_at_the_next_reload(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, warning_boxes: list[str]
) -> None:
    window = open_window(unit_profile("004"))
    stable_id, before = _kept(window, qtbot, db_path)
    with Store.open(db_path) as other:
        assert reopen_quarter(other, 2024, UnitCode("004"), Quarter.FIRST, REASON, OTHER_PROGRAM)

    window.session.reload()  # a package received, say: the window reads the year again

    _typed_back(window)
    assert stored(db_path, stable_id).num.achieved[0] == before


def test_reopened_elsewhere_the_figure_is_typed_back_when_its_meta_is_saved(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, warning_boxes: list[str]
) -> None:
    window = open_window(unit_profile("004"))
    stable_id, before = _kept(window, qtbot, db_path)
    with Store.open(db_path) as other:
        assert reopen_quarter(other, 2024, UnitCode("004"), Quarter.FIRST, REASON, OTHER_PROGRAM)

    # Its evaluation saved reloads the meta, now in a quarter open again.
    window.form.narrative.setFocus()
    window.form.narrative.insertPlainText(" Más.")
    window.form.narrative.focus_left.emit()  # left the box: saved

    _typed_back(window)
    assert stored(db_path, stable_id).num.achieved[0] == before


def test_moved_to_another_meta_the_kept_figure_is_not_typed_back(
    open_window: WindowFactory,
    qtbot: QtBot,
    db_path: Path,
    warning_boxes: list[str],
    information_boxes: list[str],
) -> None:
    window = open_window(unit_profile("004"))
    stable_id, before = _kept(window, qtbot, db_path)
    select(window, "ASESORÍA LEGAL")

    window.year_actions.apply_closing(UnitCode("004"), 1, True, REASON)
    select(window, STUDIES)

    assert not _note(window).isVisible()
    assert achieved_cell(window).text() != "999"
    assert not achieved_cell(window).isModified()
    assert window.form.flush() == ""
    assert stored(db_path, stable_id).num.achieved[0] == before
