"""The requests' table opens readable at 1366×768, whatever the length of a request's document."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.year_dialogs import RequestsDialog
from tests.gui.conftest import WindowFactory
from tests.gui.window_driver import pending_request, select

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"
# About 350 characters of the 400 a document may have: an official letter, cited whole.
DOCUMENT = (
    "Oficio ISM/DG/0347/2024 de la Dirección General del Instituto Sonorense de las Mujeres, "
    "del 28 de marzo de 2024, dirigido a la Dirección de Planeación, que autoriza ajustar la "
    "meta modificada del segundo trimestre por la ampliación de la cobertura a los municipios "
    "de Cajeme, Navojoa y Guaymas, con anexo técnico de tres páginas firmado por la titular."
)
REASON = 4  # the column of the reason and its document


def test_a_long_document_leaves_its_row_readable_when_the_dialog_opens(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    """The row was measured before the columns had their width: taller than the whole table."""
    assert 330 <= len(DOCUMENT) <= 400
    window = open_window(COORDINATOR)
    meta = select(window, STUDIES)
    pending = pending_request(window.session.store, meta.stable_id, document=DOCUMENT)
    dialog = RequestsDialog([pending], [], {meta.stable_id: STUDIES}, window)
    qtbot.addWidget(dialog)

    with qtbot.waitExposed(dialog):
        dialog.show()

    table = dialog.table
    item = table.item(0, REASON)
    assert item is not None
    assert DOCUMENT in item.toolTip()  # the whole text, wherever the row cuts it
    line = table.fontMetrics().lineSpacing()
    height, room = table.rowHeight(0), table.viewport().height()
    # Several lines of the reason show, in a row that leaves the table room to spare.
    assert 3 * line <= height <= room // 2, (height, room, line)
    # And its first line is in sight: the row starts at the top of the table's view.
    assert table.rowAt(0) == 0
    assert table.viewport().rect().contains(table.visualItemRect(item).topLeft() + QPoint(2, 2))
    assert table.columnWidth(REASON) >= 250
