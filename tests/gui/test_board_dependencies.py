"""A board of several dependencies names each unit's dependency, or says it has none.

Seen at 1366×768 with a report of three dependencies: «001 DIRECCIÓN GENERAL» twice in the
table and the chart, and «Faltan 3 unidades: 001, 001, 004.», with nothing to tell them apart.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.unit_summary import summarize_metas
from ism_desktop.exchange.status_board import StatusBoard, UnitState, UnitStatus
from ism_desktop.gui.status_board_dialog import StatusBoardDialog

pytestmark = pytest.mark.gui
NONE = summarize_metas([], Quarter.FIRST)


def _row(entity: str, entity_name: str, unit: str) -> UnitStatus:
    return UnitStatus(
        entity, UnitCode(unit), "DIRECCIÓN GENERAL", UnitState.MISSING, NONE,
        entity_name=entity_name,
    )  # fmt: skip


def _dialog(qtbot: QtBot, rows: tuple[UnitStatus, ...]) -> StatusBoardDialog:
    dialog = StatusBoardDialog(StatusBoard(2024, Quarter.FIRST, rows))
    qtbot.addWidget(dialog)
    return dialog


def _column(dialog: StatusBoardDialog, title: str) -> list[str]:
    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
    column = headers.index(title)
    return [table.item(row, column).text() for row in range(table.rowCount())]  # type: ignore[union-attr]


def test_each_unit_names_its_dependency_or_says_it_has_none(qtbot: QtBot) -> None:
    dialog = _dialog(
        qtbot,
        (
            _row("26", "PROCURADURÍA DE SEGURIDAD PÚBLICA", "001"),
            _row("30", "INSTITUTO SONORENSE DE LAS MUJERES", "001"),
            _row("", "", "004"),
        ),
    )

    # The code, as the report prints it; the name in the tip (the units' names keep the room).
    assert _column(dialog, "Dependencia") == ["26", "30", "sin dependencia"]
    assert [dialog.table.item(row, 1).toolTip() for row in range(3)] == [  # type: ignore[union-attr]
        "26 PROCURADURÍA DE SEGURIDAD PÚBLICA",
        "30 INSTITUTO SONORENSE DE LAS MUJERES",
        "sin dependencia",
    ]
    assert _column(dialog, "Unidad") == ["001 DIRECCIÓN GENERAL"] * 2 + ["004 DIRECCIÓN GENERAL"]
    assert dialog.missing_label.text() == (
        "Faltan 3 unidades: 001 de la dependencia 26; 001 de la dependencia 30; 004 sin "
        "dependencia."
    )
    assert dialog.chart.shown_labels() == [
        "001 DIRECCIÓN GENERAL (dependencia 26)",
        "001 DIRECCIÓN GENERAL (dependencia 30)",
        "004 DIRECCIÓN GENERAL (sin dependencia)",
    ]


def test_the_missing_units_are_grouped_by_their_dependency(qtbot: QtBot) -> None:
    rows = (_row("26", "PSP", "001"), _row("26", "PSP", "003"), _row("30", "ISM", "001"))

    assert _dialog(qtbot, rows).missing_label.text() == (
        "Faltan 3 unidades: 001, 003 de la dependencia 26; 001 de la dependencia 30."
    )


def test_one_dependency_is_not_repeated_on_every_row(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, (_row("30", "ISM", "001"), _row("30", "ISM", "004")))

    with pytest.raises(ValueError, match="Dependencia"):
        _column(dialog, "Dependencia")
    assert dialog.missing_label.text() == "Faltan 2 unidades: 001, 004."
    assert dialog.chart.shown_labels() == [
        "001 DIRECCIÓN GENERAL",
        "004 DIRECCIÓN GENERAL",
    ]


def _requests_line(dialog: StatusBoardDialog) -> list[str]:
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.text().startswith("Solicitudes de cambio de meta")
    ]


def test_the_units_whose_requests_wait_say_their_dependency(qtbot: QtBot) -> None:
    rows = (
        replace(_row("26", "PSP", "001"), requested_metas=2),
        _row("30", "ISM", "001"),
        replace(_row("30", "ISM", "004"), requested_metas=1),
    )

    assert _requests_line(_dialog(qtbot, rows)) == [
        "Solicitudes de cambio de meta por decidir: 001 de la dependencia 26 (2 metas), 004 de "
        "la dependencia 30 (1 meta); se deciden en la ventana «Solicitudes de cambio de meta…» "
        "del menú Coordinación."
    ]


def test_one_dependency_names_the_units_whose_requests_wait_by_code(qtbot: QtBot) -> None:
    rows = (replace(_row("30", "ISM", "001"), requested_metas=1), _row("30", "ISM", "004"))

    assert _requests_line(_dialog(qtbot, rows)) == [
        "Solicitudes de cambio de meta por decidir: 001 (1 meta); se deciden en la ventana "
        "«Solicitudes de cambio de meta…» del menú Coordinación."
    ]
