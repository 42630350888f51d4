"""An evaluation refused because another program closed its quarter stays on screen, to copy.

Before, the refusal reloaded what the database held: the paragraph typed vanished behind the box
«…el trimestre 1 de la unidad 004 está cerrado…», and could not even be copied.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import close_quarter, reopen_quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import select
from tests.workspace.conftest import stored

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"
TYPED = "SE REALIZARON 761 ESTUDIOS Y 40 VISITAS DOMICILIARIAS."
OTHER_PROGRAM = Author("Unidad 004", "otra ventana")


def _typed_then_closed_elsewhere(window: MainWindow, db_path: Path) -> str:
    """Type the evaluation, then close the quarter from another connection; the meta's id."""
    meta = select(window, STUDIES)
    window.form.narrative.setFocus()
    window.form.narrative.selectAll()
    window.form.narrative.insertPlainText(TYPED)
    with Store.open(db_path) as other:
        assert close_quarter(other, 2024, UnitCode("004"), Quarter.FIRST, OTHER_PROGRAM)
    return meta.stable_id


def test_a_text_refused_for_a_quarter_closed_meanwhile_stays_to_be_copied(
    open_window: WindowFactory, db_path: Path, warning_boxes: list[str]
) -> None:
    window = open_window(unit_profile("004"))
    stable_id = _typed_then_closed_elsewhere(window, db_path)
    before = stored(db_path, stable_id).evaluation(Quarter.FIRST)

    window.form.flush()

    assert len(warning_boxes) == 1
    assert "el trimestre 1 de la unidad 004 está cerrado" in warning_boxes[0].lower()
    narrative = window.form.narrative
    assert narrative.toPlainText() == TYPED
    assert narrative.isReadOnly()
    note = window.form.findChild(QLabel, "texto_no_guardado")
    assert note is not None
    assert note.isVisible()
    assert "no se guardó" in note.text().lower()
    assert "cerr" in note.text()
    assert "cópielo" in note.text().lower()
    assert "reabr" in note.text().lower()
    assert stored(db_path, stable_id).evaluation(Quarter.FIRST) == before


def test_the_kept_text_is_never_saved_later(
    open_window: WindowFactory, db_path: Path, warning_boxes: list[str]
) -> None:
    window = open_window(unit_profile("004"))
    stable_id = _typed_then_closed_elsewhere(window, db_path)
    before = stored(db_path, stable_id).evaluation(Quarter.FIRST)
    window.form.flush()
    with Store.open(db_path) as other:
        reason = "Corregir la evaluación del trimestre"
        assert reopen_quarter(other, 2024, UnitCode("004"), Quarter.FIRST, reason, OTHER_PROGRAM)

    # Neither asked again nor written: the person was told it was not saved.
    assert window.form.flush() == ""
    select(window, "ASESORÍA LEGAL")
    select(window, STUDIES)

    assert len(warning_boxes) == 1
    assert stored(db_path, stable_id).evaluation(Quarter.FIRST) == before
    assert window.form.narrative.toPlainText() == before
    note = window.form.findChild(QLabel, "texto_no_guardado")
    assert note is not None
    assert not note.isVisible()


def test_the_refusal_is_said_once_however_often_the_box_loses_the_cursor(
    open_window: WindowFactory, db_path: Path, warning_boxes: list[str]
) -> None:
    # The red note says to copy the text: a click into the box, then on the list, brought
    # back «No se guardó el cambio» each time the box lost the cursor.
    window = open_window(unit_profile("004"))
    stable_id = _typed_then_closed_elsewhere(window, db_path)
    before = stored(db_path, stable_id).evaluation(Quarter.FIRST)
    window.form.flush()
    assert len(warning_boxes) == 1

    for _ in range(2):
        window.form.narrative.setFocus()
        window.form.narrative.selectAll()  # to copy it
        window.tree.setFocus()
        window.form.narrative.focus_left.emit()  # as the box's focusOutEvent does

    assert len(warning_boxes) == 1
    assert window.form.narrative.toPlainText() == TYPED
    assert stored(db_path, stable_id).evaluation(Quarter.FIRST) == before
