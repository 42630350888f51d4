"""An evaluation kept as not saved goes back into its box once its quarter is reopened.

Before, the reopening hid the red note and showed the stored evaluation in the editable box: the
paragraph typed, which the note told the person to keep, was gone unless they had copied it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import reopen_quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_closed_meanwhile_keeps_text import (
    OTHER_PROGRAM,
    STUDIES,
    TYPED,
    _typed_then_closed_elsewhere,
)
from tests.gui.window_driver import achieved_cell, select
from tests.workspace.conftest import stored

pytestmark = pytest.mark.gui
REASON = "Corregir la evaluación del trimestre"


def _note(window: MainWindow) -> QLabel:
    note = window.form.findChild(QLabel, "texto_no_guardado")
    assert note is not None
    return note


def _kept(window: MainWindow, db: Path) -> tuple[str, str]:
    """Type the evaluation, have the quarter closed elsewhere, and the text refused: kept."""
    stable_id = _typed_then_closed_elsewhere(window, db)
    before = stored(db, stable_id).evaluation(Quarter.FIRST)
    assert before != TYPED
    window.form.flush()
    assert _note(window).isVisible()
    assert window.form.narrative.isReadOnly()
    return stable_id, before


def _reopen_elsewhere(db: Path) -> None:
    with Store.open(db) as other:
        assert reopen_quarter(other, 2024, UnitCode("004"), Quarter.FIRST, REASON, OTHER_PROGRAM)


def _typed_back(window: MainWindow) -> None:
    narrative = window.form.narrative
    assert not _note(window).isVisible()
    assert not narrative.isReadOnly()
    assert narrative.toPlainText() == TYPED
    assert narrative.document().isModified()  # typed, not saved: saved as any typing
    assert narrative.typing()  # the autosave waits for it, as after a keystroke


def test_reopened_in_the_window_the_text_is_typed_back_not_saved(
    open_window: WindowFactory,
    db_path: Path,
    warning_boxes: list[str],
    information_boxes: list[str],
) -> None:
    window = open_window(unit_profile("004"))
    stable_id, before = _kept(window, db_path)

    window.year_actions.apply_closing(UnitCode("004"), 1, True, REASON)

    assert information_boxes  # the reopening was done
    _typed_back(window)
    assert stored(db_path, stable_id).evaluation(Quarter.FIRST) == before  # not yet saved
    assert window.form.flush() == ""  # the usual rules save it
    assert stored(db_path, stable_id).evaluation(Quarter.FIRST) == TYPED
    assert not window.form.narrative.document().isModified()
    assert len(warning_boxes) == 1  # only the refusal, at the closing


def test_reopened_elsewhere_the_text_is_typed_back_at_the_next_reload(
    open_window: WindowFactory, db_path: Path, warning_boxes: list[str]
) -> None:
    window = open_window(unit_profile("004"))
    stable_id, before = _kept(window, db_path)
    _reopen_elsewhere(db_path)

    window.session.reload()  # a package received, say: the window reads the year again

    _typed_back(window)
    assert stored(db_path, stable_id).evaluation(Quarter.FIRST) == before
    window.form.narrative.focus_left.emit()  # left the box: saved
    assert stored(db_path, stable_id).evaluation(Quarter.FIRST) == TYPED


def test_reopened_elsewhere_the_text_is_typed_back_when_its_meta_is_saved(
    open_window: WindowFactory, db_path: Path, warning_boxes: list[str]
) -> None:
    window = open_window(unit_profile("004"))
    stable_id, before = _kept(window, db_path)
    _reopen_elsewhere(db_path)

    # A figure of its meta saved reloads the meta, now in a quarter open again.
    cell = achieved_cell(window)
    cell.setText("7")
    cell.setModified(True)
    assert window.form.flush() == ""

    _typed_back(window)
    assert stored(db_path, stable_id).evaluation(Quarter.FIRST) == before
    select(window, "ASESORÍA LEGAL")  # leaving the meta saves it
    assert stored(db_path, stable_id).evaluation(Quarter.FIRST) == TYPED


def test_moved_to_another_meta_the_kept_text_is_not_typed_back(
    open_window: WindowFactory,
    db_path: Path,
    warning_boxes: list[str],
    information_boxes: list[str],
) -> None:
    window = open_window(unit_profile("004"))
    stable_id, before = _kept(window, db_path)
    select(window, "ASESORÍA LEGAL")

    window.year_actions.apply_closing(UnitCode("004"), 1, True, REASON)
    select(window, STUDIES)

    narrative = window.form.narrative
    assert not _note(window).isVisible()
    assert narrative.toPlainText() == before
    assert not narrative.document().isModified()
    assert window.form.flush() == ""
    assert stored(db_path, stable_id).evaluation(Quarter.FIRST) == before


def test_the_kept_text_never_goes_into_another_quarters_evaluation(
    open_window: WindowFactory, db_path: Path, warning_boxes: list[str]
) -> None:
    window = open_window(unit_profile("004"))
    stable_id, _before = _kept(window, db_path)
    second = stored(db_path, stable_id).evaluation(Quarter.SECOND)

    # The second quarter, open, reported now: the first quarter's text is not its evaluation.
    window.session.set_profile(replace(window.session.profile, quarter=Quarter.SECOND))
    select(window, STUDIES)

    narrative = window.form.narrative
    assert not narrative.isReadOnly()
    assert narrative.toPlainText() == second != TYPED
    assert not narrative.document().isModified()
    assert window.form.flush() == ""
    assert stored(db_path, stable_id).evaluation(Quarter.SECOND) == second
