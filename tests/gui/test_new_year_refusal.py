"""«Programa de un año nuevo…» refused: the dialog stays open with the metas as ticked.

A year that already had metas was refused in a message box after the dialog had closed, and
the metas unticked were ticked again when it was opened once more.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.gui.new_year_dialog import NewYearDialog
from ism_desktop.workspace.year_programme import new_year
from tests.gui.conftest import WindowFactory
from tests.gui.year_window_setup import COORDINATOR

pytestmark = pytest.mark.gui

Seen = tuple[int, bool, str, set[str], int, bool]


@pytest.mark.parametrize("taken", [2024, 2025])
def test_a_year_that_has_metas_is_refused_in_the_dialog_keeping_the_selection(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, taken: int
) -> None:
    window = open_window(COORDINATOR)
    store = window.session.store
    new_year(store, 2025, 2024, window.session.author)  # 2025 already has metas
    boxes: list[object] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args, **_kw: boxes.append(args))
    seen: list[Seen] = []

    def choose(dialog: NewYearDialog) -> int:
        with qtbot.waitExposed(dialog):
            dialog.show()
        for row in (3, 7):
            dialog.metas.item(row).setCheckState(Qt.CheckState.Unchecked)
        dialog.year.setValue(taken)
        dialog.ok_button.click()
        seen.append(
            (
                dialog.result(),
                dialog.isVisible(),
                " ".join(
                    label.text() for label in dialog.findChildren(QLabel) if label.isVisible()
                ),
                dialog.excluded(),
                dialog.year.value(),
                dialog.focusWidget() is dialog.year,
            )
        )
        dialog.done(0)  # the person reads it, then gives up
        return 0

    monkeypatch.setattr(NewYearDialog, "exec", choose)
    metas_2025 = len(store.reports.load_year_metas(2025))
    window.year_actions.programme.new_year()

    ((result, visible, message, excluded, year, year_focused),) = seen
    assert result != int(NewYearDialog.DialogCode.Accepted)
    assert visible
    assert f"El ejercicio {taken} ya tiene metas" in message
    assert len(excluded) == 2
    assert year == taken
    assert year_focused
    assert boxes == []
    assert len(store.reports.load_year_metas(2025)) == metas_2025


def test_a_free_year_is_still_made_with_the_metas_ticked(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: pytest.fail(str(args)))

    def choose(dialog: NewYearDialog) -> int:
        dialog.metas.item(0).setCheckState(Qt.CheckState.Unchecked)
        dialog.year.setValue(2026)
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(NewYearDialog, "exec", choose)
    window.year_actions.programme.new_year()

    assert len(window.session.store.reports.load_year_metas(2026)) == 55
    (text,) = said
    assert text.startswith("El programa 2026 tiene 55 metas")
