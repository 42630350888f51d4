"""A meta of «Metas del programa» opens to be edited with a double click, as a list row does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ism_desktop.gui.programme_editor import MetaDraftDialog, ProgrammeEditor
from ism_desktop.workspace.opening import Store
from ism_desktop.workspace.year_programme import approve_year, new_year
from tests.gui.conftest import WindowFactory
from tests.gui.year_window_setup import COORDINATOR, STUDIES

pytestmark = pytest.mark.gui


def _studies_2025(open_window: WindowFactory, qtbot: QtBot) -> tuple[ProgrammeEditor, Store]:
    """The editor of a 2025 programme of the studies meta alone, shown; and its store."""
    session = open_window(COORDINATOR).session
    others = {meta.stable_id for meta in session.metas() if meta.description != STUDIES}
    new_year(session.store, 2025, 2024, session.author, exclude=others)
    shown = ProgrammeEditor(session.store, 2025, session.author)
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.show()
    return shown, session.store


def _double_click_studies(editor: ProgrammeEditor, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The title and description of each meta dialog the double click opened (none saved)."""
    opened: list[str] = []
    monkeypatch.setattr(
        MetaDraftDialog,
        "exec",
        lambda dialog: opened.append(f"{dialog.windowTitle()}: {dialog.description.text()}"),
    )
    item = editor.table.item(0, 3)
    assert item is not None
    assert item.text() == STUDIES
    where = editor.table.visualItemRect(item).center()
    # A person's double click is a click and then a second one: QTest's double click alone
    # comes without the first press, which Qt's item views require.
    button, plain = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(editor.table.viewport(), button, plain, where)
    QTest.mouseDClick(editor.table.viewport(), button, plain, where)
    return opened


def test_a_double_click_on_a_meta_opens_it_to_be_edited(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Double-clicking a row did nothing: only «Editar meta…» below the list opened it.
    editor, _store = _studies_2025(open_window, qtbot)

    assert _double_click_studies(editor, monkeypatch) == [f"Editar meta: {STUDIES}"]


def test_an_approved_programme_opens_no_meta_on_a_double_click(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Approved, «Editar meta…» is greyed: the double click must not open what it refuses.
    editor, store = _studies_2025(open_window, qtbot)
    report = store.reports.load(year=2025)
    assert report is not None
    filled = MetaDraftDialog(report.entity.code, report.catalogue, editor.metas[0])
    qtbot.addWidget(filled)
    filled.num[0].setText("1")  # a programmed original: the year can be approved
    editor.save(filled.draft(), editor.metas[0].stable_id)
    approve_year(store, 2025, "Unidad coordinadora")
    editor.reload()
    assert not editor.edit_button.isEnabled()

    assert _double_click_studies(editor, monkeypatch) == []
