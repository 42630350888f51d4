"""Tab leaves a read-only table for the next control instead of walking it cell by cell.

The delivery board was mended alone; the change history and the requests to decide still
held the keyboard for as many Tabs as they have cells before reaching their buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QTableWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.audit_dialog import AuditDialog
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.year_dialogs import RequestsDialog
from tests.gui.conftest import WindowFactory
from tests.gui.window_driver import achieved_cell, pending_request, select, type_into

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
UNIT = PcProfile(Role.UNIT, UnitCode("004"), 2024, Quarter.FIRST)
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"


def _history(window: MainWindow, qtbot: QtBot) -> tuple[QDialog, QTableWidget]:
    meta = select(window, STUDIES)
    for figure in ("800", "810", "820"):  # rows enough to walk
        type_into(qtbot, achieved_cell(window), figure)
    year, edits = 2024, window.session.store.edits
    dialog = AuditDialog(
        meta,
        edits.history(year, meta.stable_id),
        edits.target_change_history(year, meta.stable_id),
        window,
    )
    return dialog, dialog.table


def _requests(window: MainWindow, _qtbot: QtBot) -> tuple[QDialog, QTableWidget]:
    meta = select(window, STUDIES)
    first = pending_request(window.session.store, meta.stable_id)
    second = replace(first, request_id=first.request_id + 1)
    dialog = RequestsDialog([first, second], [], {meta.stable_id: STUDIES}, window)
    return dialog, dialog.table


@pytest.mark.parametrize(
    ("profile", "make"),
    [(UNIT, _history), (COORDINATOR, _requests)],
    ids=["historial", "solicitudes"],
)
def test_tab_leaves_the_read_only_table(
    open_window: WindowFactory,
    qtbot: QtBot,
    profile: PcProfile,
    make: Callable[[MainWindow, QtBot], tuple[QDialog, QTableWidget]],
) -> None:
    window = open_window(profile)
    dialog, table = make(window, qtbot)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    assert table.rowCount() > 1
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)

    qtbot.keyClick(table, Qt.Key.Key_Tab)

    assert QApplication.focusWidget() is not table
    assert (table.currentRow(), table.currentColumn()) == (0, 0)
