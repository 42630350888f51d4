"""The programme editor: metas added, edited, retired and found until the year is approved."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.programme_editor import ProgrammeEditor
from tests.gui.conftest import WindowFactory
from tests.gui.year_window_setup import COORDINATOR, STUDIES
from tests.gui.year_window_setup import _quiet_boxes as _quiet_boxes  # the fixture

pytestmark = pytest.mark.gui


def _editor_of_2025(open_window: WindowFactory, qtbot: QtBot) -> tuple[MainWindow, ProgrammeEditor]:
    """The coordinator's window, and the editor of a 2025 programme made from 2024's metas."""
    from ism_desktop.workspace.year_programme import new_year

    window = open_window(COORDINATOR)
    new_year(window.session.store, 2025, 2024, window.session.author)
    editor = ProgrammeEditor(window.session.store, 2025, window.session.author)
    qtbot.addWidget(editor)
    return window, editor


def test_the_programme_editor_adds_edits_and_retires_until_approved(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ism_desktop.gui.programme_editor import MetaDraftDialog
    from ism_desktop.workspace.year_programme import approve_year

    window, editor = _editor_of_2025(open_window, qtbot)
    store = window.session.store
    report = store.reports.load(year=2025)
    assert report is not None
    assert editor.table.rowCount() == 56

    dialog = MetaDraftDialog(report.entity.code, report.catalogue, None)
    qtbot.addWidget(dialog)
    dialog.unit.setCurrentText("004")
    dialog.programme.setCurrentText(report.metas[0].key.programme.value)
    dialog.activity.setCurrentText(report.metas[0].key.activity.value)
    dialog.description.setText("Talleres de prevención en escuelas")
    dialog.uom.setText("taller")
    dialog.cumulative.setChecked(True)
    for field, value in zip(dialog.num, ("3", "4", "5", "6"), strict=True):
        field.setText(value)
    assert dialog.annual.text() == "18"
    dialog.kind.setCurrentText("P")
    for field, value in zip(dialog.den, ("10", "10", "10", "10"), strict=True):
        field.setText(value)
    assert dialog.annual.text() == "NUM 18 · DEN 40 · MET 45.00 %"
    dialog.kind.setCurrentText("A")
    editor.save(dialog.draft(), None)
    added = next(m for m in editor.metas if m.description == "Talleres de prevención en escuelas")
    assert (added.unit_of_measure, added.num.original_annual) == ("TALLER", Decimal(18))
    assert editor.table.rowCount() == 57

    first = editor.metas[0]
    dialog = MetaDraftDialog(report.entity.code, report.catalogue, first)
    qtbot.addWidget(dialog)
    dialog.num[0].setText("12")
    editor.save(dialog.draft(), first.stable_id)
    assert store.reports.load_year_metas(2025)[0].num.original[0] == Decimal(12)

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    at = editor.metas.index(added)
    following = editor.metas[at + 1] if at + 1 < len(editor.metas) else editor.metas[at - 1]
    editor.table.selectRow(at)
    editor.retire()
    assert editor.table.rowCount() == 56
    retired_then = editor.selected()
    assert retired_then is not None
    assert retired_then.stable_id == following.stable_id  # its neighbour takes the selection

    for meta in store.reports.load_year_metas(2025):
        dialog = MetaDraftDialog(report.entity.code, report.catalogue, meta)
        qtbot.addWidget(dialog)
        if all(value == 0 for value in meta.num.original):
            dialog.num[0].setText("1")
            if meta.kind.value == "P":
                dialog.den[0].setText("1")
            editor.save(dialog.draft(), meta.stable_id)
    approve_year(store, 2025, "Unidad coordinadora")
    editor.reload()
    assert not editor.add_button.isEnabled()
    assert "aprobado" in editor.state.text()


def test_the_programme_editor_says_a_programme_of_one_meta_in_the_singular(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    from ism_desktop.gui.programme_editor import ProgrammeEditor
    from ism_desktop.workspace.year_programme import new_year

    window = open_window(COORDINATOR)
    store = window.session.store
    ids = [meta.stable_id for meta in window.session.metas()]
    new_year(store, 2025, 2024, window.session.author, exclude=set(ids[1:]))
    editor = ProgrammeEditor(store, 2025, window.session.author)
    qtbot.addWidget(editor)

    assert editor.state.text() == "Programa 2025 sin aprobar: 1 meta."


def test_the_programme_editor_finds_a_meta_and_keeps_it_selected_after_an_edit(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With a state's thousands of metas, the one just edited must not vanish to the top of the list.
    from ism_desktop.gui.programme_editor import MetaDraftDialog

    window, editor = _editor_of_2025(open_window, qtbot)
    store = window.session.store

    editor.search.setText("estudios socioeconomicos")  # no accents, any case
    shown = [row for row in range(editor.table.rowCount()) if not editor.table.isRowHidden(row)]
    assert [editor.metas[row].description for row in shown] == [STUDIES]
    editor.table.selectRow(shown[0])
    studies = editor.selected()
    assert studies is not None

    report = store.reports.load(year=2025)
    assert report is not None
    dialog = MetaDraftDialog(report.entity.code, report.catalogue, studies)
    qtbot.addWidget(dialog)
    dialog.num[0].setText("7")
    editor.save(dialog.draft(), studies.stable_id)

    kept = editor.selected()
    assert kept is not None
    assert (kept.description, kept.num.original[0]) == (STUDIES, Decimal(7))
    assert editor.search.text() == "estudios socioeconomicos"  # the search stays as typed
    assert not editor.table.isRowHidden(editor.table.currentRow())

    editor.search.setText("atencion ciudadana estudios")  # unit 004 by its name
    assert [r for r in range(editor.table.rowCount()) if not editor.table.isRowHidden(r)] == shown
    editor.search.clear()
    assert all(not editor.table.isRowHidden(row) for row in range(editor.table.rowCount()))
