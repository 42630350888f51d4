"""A tipo P meta's DEN is not called wrong while the cursor has just reached it to type it.

NUM typed and Tab to DEN: the NUM was saved and the panel, the summary and the list's mark
said at once «El realizado T1 (DEN) es 0 mientras el NUM es 5», before the DEN was typed.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.domain.figures import RowKind
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select

pytestmark = pytest.mark.gui
SERVICES = "SERVICIOS OTORGADOS EN LA ATENCIÓN DE LA VIOLENCIA"  # unit 004, tipo P: T1 0 of 0
DEN_FIELD = "realizado.t1.den"


def _den_said(window: MainWindow, meta_id: str) -> list[str]:
    """What the findings panel says of the meta's DEN."""
    return [
        row.finding.message
        for row in window.findings.model.rows()
        if row.finding.meta_id == meta_id and row.finding.field == DEN_FIELD
    ]


def _marked_error(window: MainWindow, meta_id: str) -> bool:
    mark = window.model.index_of(meta_id).data(Qt.ItemDataRole.DecorationRole)
    return bool(mark.name() == "#c62828")


def _num_typed_then_tab(window: MainWindow, qtbot: QtBot, key: Qt.Key = Qt.Key.Key_Tab) -> str:
    qtbot.waitUntil(lambda: window.session.checked, timeout=30_000)
    meta = select(window, SERVICES)
    num = achieved_cell(window, RowKind.NUM)
    window.activateWindow()
    num.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is num)
    num.selectAll()
    qtbot.keyClicks(num, "5")
    qtbot.keyClick(num, key)
    assert QApplication.focusWidget() is achieved_cell(window, RowKind.DEN)
    return meta.stable_id


@pytest.mark.parametrize("key", [Qt.Key.Key_Tab, Qt.Key.Key_Return], ids=["Tab", "Enter"])
def test_the_den_reached_to_type_it_is_not_called_wrong(
    open_window: WindowFactory, qtbot: QtBot, key: Qt.Key
) -> None:
    window = open_window(unit_profile("004"))

    meta_id = _num_typed_then_tab(window, qtbot, key)

    assert _den_said(window, meta_id) == []
    assert not _marked_error(window, meta_id)
    assert window.findings.summary.text().startswith("0 errores")


def test_the_den_left_at_0_is_called_wrong(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window(unit_profile("004"))
    meta_id = _num_typed_then_tab(window, qtbot)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # on, the DEN left at 0

    assert _den_said(window, meta_id) == [
        "El realizado T1 (DEN) es 0 mientras el NUM es 5: el porcentaje no se puede calcular."
    ]
    assert _marked_error(window, meta_id)
    assert window.findings.summary.text().startswith("1 error")


def test_the_den_typed_leaves_nothing_to_say(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window(unit_profile("004"))
    meta_id = _num_typed_then_tab(window, qtbot)

    qtbot.keyClicks(QApplication.focusWidget(), "10")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    assert _den_said(window, meta_id) == []
    assert not _marked_error(window, meta_id)


def test_what_was_said_before_the_cursor_came_back_stays(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # «Ir al campo» leads to the DEN the panel names: the row it was chosen on stays.
    window = open_window(unit_profile("004"))
    meta_id = _num_typed_then_tab(window, qtbot)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    den = achieved_cell(window, RowKind.DEN)

    den.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is den)

    assert len(_den_said(window, meta_id)) == 1
    assert _marked_error(window, meta_id)
