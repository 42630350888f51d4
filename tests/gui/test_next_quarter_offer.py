"""A unit's quarter closed (by its export or by hand): the window offers the next quarter.

Before, the closed quarter stayed on screen, read-only, and the second quarter was reached
only through «Archivo → Configuración de esta computadora…», which nobody said.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.next_quarter import NextQuarter
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui import next_quarter_offer
from ism_desktop.gui.profile_settings import load_profile
from ism_desktop.gui.receive_dialog import ReceiveDialog
from tests.exchange.package_builders import export_unit, seed_store
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_closing_box_title import READ_ONLY

pytestmark = pytest.mark.gui
UNIT = UnitCode("004")
ASKED = (
    "El primer trimestre de 2024 está cerrado. ¿Pasar a informar el segundo trimestre en esta "
    "computadora?\n\nLo capturado en el primer trimestre queda guardado; para volver a verlo: "
    "Archivo → Configuración de esta computadora…"
    "\n\nCerrado, no admite cifras: para escribir una que faltó, reábralo antes con un "
    "motivo (Año → Cerrar o reabrir un trimestre…).",
    "Informar el segundo trimestre",
    "Seguir en el primer trimestre",
)
# Beside the deadline label, which says the quarter closed: the note says where to go.
NOTE = "Informar el T2: Archivo → Configuración de esta computadora"


class Asked:
    """The offer's questions, each answered with ``move_on``; the boxes said, in ``told``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, move_on: bool) -> None:
        self.asked: list[tuple[str, str, str]] = []
        self.told: list[str] = []
        self._move_on = move_on
        monkeypatch.setattr(next_quarter_offer, "ask_to_move_on", self._ask)
        monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: self._tell(text))
        monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)

    def _tell(self, text: str) -> None:
        self.told.append(text)

    def _ask(self, _parent: object, found: NextQuarter) -> bool:
        self.asked.append((found.question(), found.switch_label, found.stay_label))
        return self._move_on


def test_the_export_closes_the_quarter_and_the_next_one_is_offered_and_taken(
    open_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(unit_profile("004"))
    answers = Asked(monkeypatch, move_on=True)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)  # «Paquete exportado», closed

    with qtbot.waitSignal(window.reports.exported_told, timeout=30000):
        window.reports.export_package(tmp_path)

    assert answers.asked == [ASKED]
    expected = PcProfile(Role.UNIT, UNIT, 2024, Quarter.SECOND)
    assert window.session.profile == expected
    assert load_profile(settings) == expected  # kept for the next start
    assert window.windowTitle().endswith("2024, segundo trimestre")
    assert not window.next_quarter.label.isVisible()


def test_closed_by_hand_and_declined_the_closed_quarter_stays(
    open_window: WindowFactory, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    answers = Asked(monkeypatch, move_on=False)

    window.year_actions.apply_closing(UNIT, 1, reopen=False, reason="")

    assert answers.asked == [ASKED]
    # The question says the quarter is closed: no box «Trimestre 1 …: cerrado.» before it.
    assert answers.told == []
    assert window.session.profile == unit_profile("004")
    assert window.next_quarter.label.isVisible()
    assert window.next_quarter.label.text() == NOTE
    window.year_actions.apply_closing(UNIT, 1, reopen=True, reason="Corrección")
    assert len(answers.asked) == 1  # a reopening offers nothing
    assert not window.next_quarter.label.isVisible()


def test_a_window_opened_on_a_closed_quarter_notes_where_the_next_one_is(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    Asked(monkeypatch, move_on=False)
    window.year_actions.apply_closing(UNIT, 1, reopen=False, reason="")

    again = open_window(unit_profile("004"))  # the next start, on the same database

    assert again.next_quarter.label.isVisible()
    assert again.next_quarter.label.text() == NOTE


def test_another_quarter_closed_or_the_coordinators_work_offers_nothing(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    answers = Asked(monkeypatch, move_on=True)
    window.year_actions.apply_closing(UNIT, 2, reopen=False, reason="")  # not the one reported
    coordinator = open_window(PcProfile.coordinator(2024, Quarter.FIRST))
    coordinator.year_actions.apply_closing(UNIT, 1, reopen=False, reason="")

    assert answers.asked == []
    assert coordinator.session.profile.quarter is Quarter.FIRST


def test_the_coordinator_is_offered_the_next_quarter_once_every_unit_is_closed(
    open_window: WindowFactory, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It was never offered: its profile stayed on the closed quarter, read-only, unexplained.
    window = open_window(PcProfile.coordinator(2024, Quarter.FIRST))
    answers = Asked(monkeypatch, move_on=True)
    # The first quarter came in the official report imported: each unit's closes by hand.
    units = ["001", "002", "003", "004", "005", "006", "008"]
    for code in units:
        window.year_actions.apply_closing(UnitCode(code), 1, reopen=False, reason="")
    assert answers.asked == []  # 009 is still open

    window.year_actions.apply_closing(UnitCode("009"), 1, reopen=False, reason="")

    # Another unit's closing is said (the question names none), then the offer.
    assert answers.told[-1] == f"Trimestre 1 de la unidad 009: cerrado.\n\n{READ_ONLY}"
    assert [question for question, _switch, _stay in answers.asked] == [
        "El primer trimestre de 2024 está cerrado en todas las unidades. ¿Pasar a informar el "
        "segundo trimestre en esta computadora?\n\nLo capturado en el primer trimestre queda "
        "guardado; para volver a verlo: Archivo → Configuración de esta computadora…\n\n"
        "Cerrado, no admite cifras: para escribir una que faltó, reábralo antes con un motivo "
        "(Año → Cerrar o reabrir un trimestre…)."
    ]
    expected = PcProfile.coordinator(2024, Quarter.SECOND)
    assert window.session.profile == expected
    assert load_profile(settings) == expected


def test_the_coordinator_is_offered_it_once_the_last_package_closes_the_quarter(
    open_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    seed_text: str,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    # Its own quarter closed first, the last unit's package closed the quarter for every unit:
    # a closing by hand was the only way the offer came.
    window = open_window(PcProfile.coordinator(2024, Quarter.FIRST))
    answers = Asked(monkeypatch, move_on=False)
    for code in ["001", "002", "003", "005", "006", "008", "009"]:
        window.year_actions.apply_closing(UnitCode(code), 1, reopen=False, reason="")
    with seed_store(seed_text) as unit_store:
        package = export_unit(unit_store, tmp_path, "004")
    monkeypatch.setattr(ReceiveDialog, "exec", lambda _d: int(ReceiveDialog.DialogCode.Accepted))
    assert answers.asked == []

    with qtbot.waitSignal(window.coordination.received_shown, timeout=30000):
        window.coordination.receive([package])

    assert [question[:63] for question, _switch, _stay in answers.asked] == [
        "El primer trimestre de 2024 está cerrado en todas las unidades."
    ]
    assert window.next_quarter.label.text() == NOTE  # declined: the note says where it is


def test_the_coordinators_own_closing_says_which_units_keep_the_quarter_open(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Closed alone, its quarter offered nothing and nothing said why.
    window = open_window(PcProfile.coordinator(2024, Quarter.FIRST))
    answers = Asked(monkeypatch, move_on=False)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: said.append(text))

    window.year_actions.apply_closing(UnitCode("002"), 1, reopen=False, reason="")

    assert said == [
        f"Trimestre 1 de la unidad 002: cerrado.\n\n{READ_ONLY}\n\nEl primer trimestre sigue "
        "abierto en 7 "
        "unidades: 001, 003, 004, 005, 006, 008 y 009. Cuando esté cerrado en todas, se "
        "ofrecerá pasar al segundo trimestre."
    ]
    assert answers.asked == []
