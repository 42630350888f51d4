"""Delivery dates in the year window: set, counted down, and who is late."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.year_window_setup import COORDINATOR
from tests.gui.year_window_setup import _quiet_boxes as _quiet_boxes  # the fixture

pytestmark = pytest.mark.gui


def test_both_sides_see_the_countdown_and_the_board_shows_who_is_late(
    open_window: WindowFactory,
) -> None:
    # The second quarter: the first is in the official report imported, delivered there.
    window = open_window(replace(COORDINATOR, quarter=Quarter.SECOND))
    actions = window.year_actions
    assert actions.deadline.text() == "Entrega del trimestre 2: sin fecha límite fijada"
    window.session.store.years.set_delivery_dates(
        2024, {Quarter.FIRST: "2024-04-15", Quarter.SECOND: "2024-07-15"}
    )
    actions.today = lambda: date(2024, 7, 10)
    actions.refresh()
    assert actions.deadline.text() == "Entrega del trimestre 2: 15/07/2024 (faltan 5 días)"
    actions.today = lambda: date(2024, 7, 18)
    actions.refresh()
    # Seven units late: three named, so that the text fits the status bar at 1366×768.
    assert actions.deadline.text() == (
        "Entrega del trimestre 2: 15/07/2024 (3 días de atraso) · atrasadas: 001, 003, 004 y 4 más"
    )

    unit = open_window(unit_profile("004"))
    unit.year_actions.today = lambda: date(2024, 4, 13)
    unit.year_actions.refresh()
    assert (
        unit.year_actions.deadline.text() == "Entrega del trimestre 1: 15/04/2024 (faltan 2 días)"
    )


def test_delivery_dates_are_set_in_the_window_and_checked(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ism_desktop.gui.year_dialogs import DeliveryDatesDialog

    window = open_window(COORDINATOR)
    # Typed as the office writes dates (day first), or as AAAA-MM-DD; an impossible day is refused.
    typed = {Quarter.FIRST: "2024-04-15", Quarter.SECOND: "31/06/2024"}
    shown: list[str] = []
    hints: list[str] = []

    def fill(dialog: DeliveryDatesDialog) -> int:
        shown[:] = [dialog.fields[quarter].text() for quarter in Quarter]
        hints[:] = [dialog.fields[quarter].toolTip() for quarter in Quarter]
        for quarter, text in typed.items():
            dialog.fields[quarter].setText(text)
        return int(QDialog.DialogCode.Accepted)

    warnings: list[str] = []
    monkeypatch.setattr(DeliveryDatesDialog, "exec", fill)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    window.year_actions.delivery_dates()

    assert warnings == ["Trimestre 2: la fecha «31/06/2024» no existe en el calendario."]
    assert window.session.store.years.delivery_dates(2024) == {}

    typed[Quarter.SECOND] = "15/07/2024"
    window.year_actions.delivery_dates()
    assert window.session.store.years.delivery_dates(2024) == {
        Quarter.FIRST: "2024-04-15",
        Quarter.SECOND: "2024-07-15",
    }
    assert window.year_actions.deadline.text().startswith("Entrega del trimestre 1: 15/04/2024")
    typed.clear()
    window.year_actions.delivery_dates()
    assert shown == ["15/04/2024", "15/07/2024", "", ""]  # what is stored reads day first

    typed[Quarter.THIRD] = "el 15 de octubre"
    window.year_actions.delivery_dates()
    assert warnings[-1] == (
        "Trimestre 3: «el 15 de octubre» no es una fecha; escríbala como DD/MM/AAAA (por ejemplo "
        "15/04/2025) o AAAA-MM-DD."
    )
    typed.clear()
    typed[Quarter.SECOND] = ""  # a date set by mistake: emptied, it was kept all the same
    window.year_actions.delivery_dates()
    assert window.session.store.years.delivery_dates(2024) == {Quarter.FIRST: "2024-04-15"}

    # Two digits of year, as the office writes them: 20AA, as every field says; one digit,
    # which could be any year, is refused.
    typed[Quarter.THIRD] = "15/10/4"
    window.year_actions.delivery_dates()
    assert warnings[-1].startswith("Trimestre 3: «15/10/4» no es una fecha; escríbala como ")
    typed[Quarter.THIRD] = "15/10/24"
    window.year_actions.delivery_dates()
    assert window.session.store.years.delivery_dates(2024)[Quarter.THIRD] == "2024-10-15"
    assert all("DD/MM/AA (15/04/25, año 20AA)" in hint for hint in hints), hints


def test_the_status_bar_and_the_board_agree_on_who_is_late(
    open_window: WindowFactory, seed_text: str, tmp_path: Path
) -> None:
    """A unit whose package came, its quarter reopened since, has delivered: in both places."""
    from ism_desktop.domain.audit import Author
    from ism_desktop.exchange.intake.packages import apply_package, check_package
    from ism_desktop.exchange.status_board import status_board
    from ism_desktop.gui.status_board_dialog import StatusBoardDialog
    from ism_desktop.workspace.quarter_closing import reopen_quarter
    from tests.exchange.package_builders import export_unit, seed_store

    # The second quarter: the first is in the official report imported, delivered there.
    with seed_store(seed_text) as unit_store:
        package = export_unit(unit_store, tmp_path, quarter=Quarter.SECOND)
    window = open_window(replace(COORDINATOR, quarter=Quarter.SECOND))
    store = window.session.store
    apply_package(store, check_package(store, package))
    reopen_quarter(store, 2024, UnitCode("004"), Quarter.SECOND, "Corrección", Author("c", "c"))
    store.years.set_delivery_dates(2024, {Quarter.SECOND: "2024-07-15"})
    actions = window.year_actions
    actions.today = lambda: date(2024, 7, 18)
    actions.refresh()

    assert actions.deadline.text() == (
        "Entrega del trimestre 2: 15/07/2024 (3 días de atraso) · atrasadas: 001, 003, 005 y 3 más"
    )
    board = status_board(store, Quarter.SECOND, 2024, today=date(2024, 7, 18))
    assert board is not None
    assert [r.unit.value for r in board.rows if r.late] == [
        "001",
        "003",
        "005",
        "006",
        "008",
        "009",
    ]
    # Received today, years after the 15/07/2024 it was due: the board says it came late.
    dialog = StatusBoardDialog(board, window)
    states = {}
    for row in range(dialog.table.rowCount()):
        unit, state = dialog.table.item(row, 0), dialog.table.item(row, 1)
        assert unit is not None
        assert state is not None
        states[unit.text()[:3]] = state.text()
    assert (states["004"], states["005"]) == ("recibido (tarde)", "falta (atrasada)")
    dialog.close()


def test_the_coordinators_countdown_says_the_units_are_up_to_date_not_delivered(
    open_window: WindowFactory,
) -> None:
    # «Entrega del trimestre 1: 11/04/2024 (entregado)» on the coordinator's PC, whose own
    # quarter was open: a first reader took it for its own report, sent. The board says the
    # same moment «Todas las unidades están al día».
    window = open_window(COORDINATOR)
    actions = window.year_actions
    window.session.store.years.set_delivery_dates(2024, {Quarter.FIRST: "2024-04-11"})
    actions.today = lambda: date(2024, 4, 20)
    actions.refresh()

    assert actions.deadline.text() == (
        "Entrega del trimestre 1: 11/04/2024 (todas las unidades al día)"
    )
