"""The status bar says a quarter closed once, and where the next one is reported.

A unit's package went out (closing its quarter), the offer of the second quarter declined:
the bar read «Trimestre 1 cerrado el …: su paquete ya se exportó | T1 cerrado; el T2: Archivo →
Configuración…», the closing twice. The coordinator's delivery date says no closing: there its
note keeps saying it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui import next_quarter_offer
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.year_dialogs import DeliveryDatesDialog
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import close_quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.year_window_setup import COORDINATOR

pytestmark = pytest.mark.gui
UNITS = ["001", "002", "003", "004", "005", "006", "008", "009"]  # the seed's
MOVE_ON = "Informar el T2: Archivo → Configuración de esta computadora"
TIP = (
    "Trimestre 1 cerrado: el segundo trimestre se informa en Archivo → Configuración de esta "
    "computadora…"
)


def _bar(window: MainWindow) -> list[str]:
    """The texts the status bar shows, left to right as laid out."""
    labels = [
        label
        for label in window.statusBar().findChildren(QLabel)
        if label.isVisible() and label.text()
    ]
    labels.sort(key=lambda label: label.mapTo(window, label.rect().topLeft()).x())
    return [label.text() for label in labels]


def _closed_everywhere(db_path: Path, due: str | None) -> None:
    with Store.open(db_path) as store:
        if due is not None:
            store.years.set_delivery_dates(2024, {Quarter.FIRST: due})
        for code in UNITS:
            close_quarter(store, 2024, UnitCode(code), Quarter.FIRST, Author("ISM", "ana"))


def test_a_units_package_sent_and_the_offer_declined_says_the_closing_once(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    monkeypatch.setattr(next_quarter_offer, "ask_to_move_on", lambda *_a: False)  # «Seguir…»
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)  # «Paquete exportado», closed
    with qtbot.waitSignal(window.reports.exported_told, timeout=30000):
        window.reports.export_package(tmp_path)
    window.statusBar().clearMessage()  # the routine notes are back, as a while later

    deadline, note = window.year_actions.deadline, window.next_quarter.label
    assert re.fullmatch(
        r"Trimestre 1 cerrado el \d\d/\d\d/\d{4}: su paquete ya se exportó", deadline.text()
    )
    assert note.isVisible()
    assert note.text() == MOVE_ON
    assert note.toolTip() == TIP  # the whole sentence, in words
    assert " ".join(_bar(window)).count("cerrado") == 1, _bar(window)


@pytest.mark.parametrize(
    ("quarter", "note", "tip"),
    [
        (Quarter.FIRST, MOVE_ON, TIP),
        # After the fourth, how the next year comes.
        (Quarter.FOURTH, "El ejercicio 2025 llega con su programa base", "El cuarto trimestre"),
    ],
)
def test_a_quarter_closed_by_hand_says_it_once_at_the_next_start(
    open_window: WindowFactory, db_path: Path, quarter: Quarter, note: str, tip: str
) -> None:
    with Store.open(db_path) as store:
        close_quarter(store, 2024, UnitCode("004"), quarter, Author("Unidad 004", "ana"))

    window = open_window(PcProfile(Role.UNIT, UnitCode("004"), 2024, quarter))

    closed = rf"Trimestre {int(quarter)} cerrado el \d\d/\d\d/\d{{4}}"
    assert re.fullmatch(closed, window.year_actions.deadline.text())
    assert window.next_quarter.label.text() == note
    assert window.next_quarter.label.toolTip().startswith(tip)
    assert " ".join(_bar(window)).count("cerrado") == 1, _bar(window)


def test_the_coordinators_delivery_date_says_no_closing_its_note_does(
    open_window: WindowFactory, db_path: Path
) -> None:
    _closed_everywhere(db_path, "2024-04-15")

    window = open_window(COORDINATOR)

    assert window.year_actions.deadline.text().startswith("Entrega del trimestre 1: 15/04/2024")
    assert window.next_quarter.label.text() == (
        "T1 cerrado; el T2: Archivo → Configuración de esta computadora"
    )
    assert " ".join(_bar(window)).count("cerrado") == 1, _bar(window)


def test_the_coordinator_without_a_date_is_told_the_closing_by_its_deadline_alone(
    open_window: WindowFactory, db_path: Path
) -> None:
    _closed_everywhere(db_path, None)

    window = open_window(COORDINATOR)

    assert window.year_actions.deadline.text() == (
        "Trimestre 1 cerrado en todas las unidades: no falta ninguna entrega"
    )
    assert window.next_quarter.label.text() == MOVE_ON
    assert window.next_quarter.label.toolTip() == TIP
    assert " ".join(_bar(window)).count("cerrado") == 1, _bar(window)


def test_a_date_set_in_the_window_puts_the_closing_back_in_the_note(
    open_window: WindowFactory, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The deadline label then says the date, not the closing: the note says it again.
    _closed_everywhere(db_path, None)
    window = open_window(COORDINATOR)
    typed = {Quarter.FIRST: "15/04/2024"}

    def fill(dialog: DeliveryDatesDialog) -> int:
        for quarter, text in typed.items():
            dialog.fields[quarter].setText(text)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(DeliveryDatesDialog, "exec", fill)
    window.year_actions.delivery_dates()

    assert window.year_actions.deadline.text().startswith("Entrega del trimestre 1: 15/04/2024")
    assert window.next_quarter.label.text().startswith("T1 cerrado; el T2: ")
    typed[Quarter.FIRST] = ""  # taken away: the deadline says the closing again
    window.year_actions.delivery_dates()
    assert window.next_quarter.label.text() == MOVE_ON
