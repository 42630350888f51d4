"""Enter in the requests' list decides nothing: approving takes a click or Alt+A."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import TargetChangeRequest
from ism_desktop.gui.year_dialogs import RequestsDialog

pytestmark = pytest.mark.gui


def _request() -> TargetChangeRequest:
    return TargetChangeRequest(
        2024, "30", UnitCode("004"), "m1", "modificado.t2.num", "Modificado T2 (NUM)",
        "900", "950", "Recorte", "OF 7", "2024-04-02", 1, request_id=7,
    )  # fmt: skip


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_closes_the_list_without_approving(qtbot: QtBot, key: Qt.Key) -> None:
    dialog = RequestsDialog([_request()], [], {"m1": "Estudios"})
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.setFocus()

    qtbot.keyClick(dialog.table, key)

    # It approved the first request when Enter was pressed in the list.
    assert dialog.choice is None
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.approve_button.isDefault()
    assert not dialog.reject_button.isDefault()


def test_with_nothing_pending_the_list_says_so_and_where_requests_come_from(
    qtbot: QtBot,
) -> None:
    # Seen at 1366×768: «Pendientes: 0» over an empty table and two disabled buttons.
    dialog = RequestsDialog([], [], {})
    qtbot.addWidget(dialog)

    said = [label.text() for label in dialog.findChildren(QLabel)]

    assert (
        "Pendientes: ninguna. Las solicitudes llegan en los paquetes de las unidades, cuando una "
        "pide cambiar su meta modificada; se ven aquí para aprobarlas o rechazarlas."
    ) in said
