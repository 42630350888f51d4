"""A save the database refuses is told once, and never over the question that closes the window.

On a read-only database, each autosave of the evaluation showed two identical «No se guardó el
cambio» boxes, one over the other (the box took the focus from the evaluation, which saved
again on leaving it), and Alt+F4 showed one over «Cerrar ISM Avance», partly hiding it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui import meta_form
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.modal_boxes import Button, ModalBoxes
from tests.gui.window_driver import achieved_cell, select, type_into
from tests.workspace.conftest import stored

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"
TYPED = " SE SUMARON 40 VISITAS."
NOT_SAVED = "No se guardó el cambio"
CLOSE = "Cerrar ISM Avance"


@pytest.fixture
def window(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """Unit 004's window on a database that refuses every write, as a read-only file does."""
    # The autosave comes on the next turn of the event loop, not after a pause.
    monkeypatch.setattr(meta_form, "NARRATIVE_SAVE_DELAY_MS", 0)
    window = open_window(unit_profile("004"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.session.store._db.execute("PRAGMA query_only = ON")
    yield window
    window.session.store._db.execute("PRAGMA query_only = OFF")


def _type_in_evaluation(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type at the end of the evaluation and let the autosave try (and fail) to write it."""
    narrative = window.form.narrative
    narrative.setFocus()
    narrative.moveCursor(narrative.textCursor().MoveOperation.End)
    with qtbot.waitSignal(window.session.write_failed):
        qtbot.keyClicks(narrative, text)


def _refused_figure_and_text(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> tuple[ModalBoxes, Meta, str]:
    """«No» to every box; 855 typed as achieved and TYPED added to the evaluation, both refused.

    The boxes, the meta of the studies, and its evaluation as stored before.
    """
    boxes = ModalBoxes(qtbot, monkeypatch, Button.No)
    meta = select(window, STUDIES)
    original = meta.evaluation(Quarter.FIRST)
    type_into(qtbot, achieved_cell(window), "855", press_enter=True)
    _type_in_evaluation(qtbot, window, TYPED)
    return boxes, meta, original


def test_each_failed_autosave_is_told_once(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    boxes, meta, original = _refused_figure_and_text(window, qtbot, monkeypatch)
    _type_in_evaluation(qtbot, window, " Y 12 MÁS.")

    assert boxes.titles() == [NOT_SAVED] * 3  # the figure, then each autosave of the text
    assert "solo lectura" in boxes.shown[-1].text
    assert boxes.stacked() == []
    assert window.form.narrative.toPlainText() == original + TYPED + " Y 12 MÁS."
    assert achieved_cell(window).text() == "855"
    assert stored(db_path, meta.stable_id).evaluation(Quarter.FIRST) == original


def test_closing_asks_with_nothing_over_the_question(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    boxes, meta, original = _refused_figure_and_text(window, qtbot, monkeypatch)
    window.form.narrative.setFocus()
    boxes.shown.clear()

    assert not window.close()  # Alt+F4, and «No» to the question

    assert boxes.titles() == [CLOSE]
    (question,) = boxes.shown
    assert "No se guardó la cifra escrita" in question.text
    assert "No se guardó la evaluación escrita" in question.text
    assert "solo lectura" in question.text
    assert window.isVisible()
    assert window.form.narrative.toPlainText() == original + TYPED
    assert achieved_cell(window).text() == "855"
    assert stored(db_path, meta.stable_id).evaluation(Quarter.FIRST) == original


def test_closing_with_the_figure_being_typed_asks_with_nothing_over_it(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = ModalBoxes(qtbot, monkeypatch, Button.No)
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "855", press_enter=False)  # no Intro yet

    assert not window.close()

    assert boxes.titles() == [CLOSE]
    assert "No se guardó la cifra escrita" in boxes.shown[0].text
    assert achieved_cell(window).text() == "855"
