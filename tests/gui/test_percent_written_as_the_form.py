"""Every % the window writes is written as the printed form and the grid write it: «84.55%».

The grid's % cell wrote «84.55%» as the ETCA-III-04 form prints it, while the labels under it,
the list of metas and the findings wrote «84.55 %»: one figure, two spellings on one screen.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_meta_form_paper import STUDIES
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui
EVENTS = "EVENTOS DE PROMOCIÓN"  # unit 004: 78.00% official in Q1, outside the 90–110 band


def test_the_labels_and_the_list_write_the_percent_as_the_grid(
    open_window: WindowFactory,
) -> None:
    window = open_window(unit_profile("004"))
    meta = select(window, STUDIES)  # original Q1 900, achieved 761

    assert window.form.grid.progress.text() == "84.55%"
    assert window.form.official_label.text() == "Avance oficial T1: 84.55%"
    assert window.form.modified_label.text() == "Contra lo modificado: 84.55%"
    assert window.model.index_of(meta.stable_id, 1).data() == "84.55%"


def test_the_findings_write_the_percent_as_the_grid(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    select(window, EVENTS)
    qtbot.waitUntil(lambda: window.session.checked, timeout=30_000)

    messages = [row.finding.message for row in window.findings.model.rows()]

    assert any("es 78.00%, fuera del rango de 90% a 110%" in m for m in messages), messages
    assert not any(" %" in m for m in messages), messages


def test_the_boards_legend_writes_the_percent_as_its_table(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # The table's «% unidad» read «93.33%» above a legend «verde 90–110 % · …».
    from PySide6.QtWidgets import QLabel

    from ism_desktop.domain.codes import UnitCode
    from ism_desktop.domain.profile import PcProfile, Role
    from ism_desktop.domain.quarter import Quarter
    from ism_desktop.exchange.status_board import status_board
    from ism_desktop.gui.status_board_dialog import StatusBoardDialog

    window = open_window(PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST))
    board = status_board(window.session.store, Quarter.FIRST, 2024)
    assert board is not None
    dialog = StatusBoardDialog(board, window)
    qtbot.addWidget(dialog)

    (legend,) = [
        label.text() for label in dialog.findChildren(QLabel) if label.text().startswith("verde")
    ]
    assert legend == "verde 90–110% · ámbar 70–90% o 110–130% · rojo fuera de eso · gris sin dato"
