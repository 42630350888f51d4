"""A unit's fourth quarter closed: the window says how the next year comes.

Before, the box said «Trimestre 4 de la unidad 004: cerrado.» and nothing more; the next
quarter's offer has no quarter to offer after the fourth. Then that box came first and the
year's end second, two boxes in a row saying the quarter closed: now the year's end alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui import newer_year_offer
from ism_desktop.gui.receive_dialog import ReceiveDialog
from tests.gui.conftest import WindowFactory
from tests.next_year import next_year_base

pytestmark = pytest.mark.gui
UNIT = UnitCode("004")
FOURTH = PcProfile(Role.UNIT, UNIT, 2024, Quarter.FOURTH)
ENDED = (
    "El cuarto trimestre de 2024, el último del ejercicio, está cerrado.\n\nEl ejercicio 2025 "
    "empieza con su programa base, que envía la unidad coordinadora: recíbalo con Archivo → "
    "Recibir paquetes… y la ventana preguntará si trabajar en 2025."
)
NOTE = "El ejercicio 2025 llega con su programa base"  # «Trimestre 4 cerrado el …» beside it


def test_the_fourth_quarter_closed_by_hand_says_how_the_next_year_comes(
    open_window: WindowFactory, information_boxes: list[str]
) -> None:
    window = open_window(FOURTH)
    assert not window.next_quarter.label.isVisible()

    window.year_actions.apply_closing(UNIT, 4, reopen=False, reason="")

    assert information_boxes == [ENDED]  # it says the quarter closed: one box, not two
    assert window.session.profile == FOURTH
    assert window.next_quarter.label.isVisible()
    assert window.next_quarter.label.text() == NOTE
    assert window.next_quarter.label.toolTip() == ENDED  # the whole message


def test_at_the_next_start_the_note_stays_and_a_reopening_takes_it_away(
    open_window: WindowFactory, information_boxes: list[str]
) -> None:
    window = open_window(FOURTH)
    window.year_actions.apply_closing(UNIT, 4, reopen=False, reason="")

    again = open_window(FOURTH)
    assert again.next_quarter.label.text() == NOTE
    assert len(information_boxes) == 1  # the start says it in the note only

    again.year_actions.apply_closing(UNIT, 4, reopen=True, reason="Corrección")
    assert not again.next_quarter.label.isVisible()


def test_with_the_next_programme_already_received_the_box_names_it_and_its_note_stays(
    open_window: WindowFactory,
    information_boxes: list[str],
    qtbot: QtBot,
    seed_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(FOURTH)
    monkeypatch.setattr(newer_year_offer, "ask_to_switch", lambda *_a: False)  # «Seguir en 2024»
    monkeypatch.setattr(ReceiveDialog, "exec", lambda _d: int(ReceiveDialog.DialogCode.Accepted))
    with qtbot.waitSignal(window.coordination.packages_received, timeout=30000):
        window.coordination.receive([next_year_base(seed_path, tmp_path)])
    information_boxes.clear()

    window.year_actions.apply_closing(UNIT, 4, reopen=False, reason="")

    assert information_boxes[-1] == (
        "El cuarto trimestre de 2024, el último del ejercicio, está cerrado.\n\nEl programa 2025 "
        "ya está en esta computadora: para trabajar en él, Archivo → Configuración de esta "
        "computadora…"
    )
    # One note, not two: the newer year's own says where to work on it.
    assert not window.next_quarter.label.isVisible()
    assert window.newer_year.note.isVisible()


def test_the_note_reads_the_closures_once_and_the_newer_year_only_at_the_years_end(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The note is said again at every reload: its reading is kept to what it needs."""
    window = open_window(FOURTH)
    store = window.session.store
    read: list[str] = []
    states, current = store.closures.states, store.reports.current_period

    def closures(year: int) -> object:
        read.append("cierres")
        return states(year)

    def period() -> object:
        read.append("ejercicio")
        return current()

    monkeypatch.setattr(store.closures, "states", closures)
    monkeypatch.setattr(store.reports, "current_period", period)

    window.next_quarter.show_note()  # the fourth quarter open: no year's end to look for

    assert read == ["cierres"]
