"""A newer year's programme in the database: the window offers it once, then keeps a note.

Before, the window stayed on the profile's year and said nothing, while the commands already
worked on the new one (``validate`` of 2026, ``export`` refused).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.newer_year import NewerYear
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.packages import receive_packages
from ism_desktop.gui import newer_year_offer, window_opening
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.profile_settings import load_profile, save_profile
from ism_desktop.gui.receive_dialog import ReceiveDialog
from ism_desktop.store.store import Store
from tests.gui.conftest import (
    WindowFactory,
    shown_frame,
    unit_profile,
    wait_for_rules_and_dictionary,
)
from tests.next_year import NEXT_YEAR, next_year_base, prepare_next_year

pytestmark = pytest.mark.gui
ARRIVED = (
    "Llegó el programa 2025 de la unidad 004. ¿Trabajar ahora en el ejercicio 2025 "
    "(primer trimestre)?"
)
NOTE = "Hay un programa 2025: para trabajar en él, Archivo → Configuración…"
TIP = (
    "El programa 2025 está en esta computadora; para trabajar en él: Archivo → Configuración "
    "de esta computadora…"
)


class Asked:
    """The offer's question, answered with ``switch``; what it asked, with its two buttons."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, switch: bool) -> None:
        self.asked: list[tuple[str, str, str]] = []
        self._switch = switch
        monkeypatch.setattr(newer_year_offer, "ask_to_switch", self._ask)

    def _ask(self, _parent: object, found: NewerYear) -> bool:
        self.asked.append((found.question(), found.switch_label, found.stay_label))
        return self._switch


@pytest.fixture(autouse=True)
def _quiet_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: None)


def _receive(
    qtbot: QtBot, window: MainWindow, package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ReceiveDialog, "exec", lambda _d: int(ReceiveDialog.DialogCode.Accepted))
    with qtbot.waitSignal(window.coordination.packages_received, timeout=30000):
        window.coordination.receive([package])


def test_a_base_of_a_newer_year_received_in_the_window_is_offered_once(
    open_window: WindowFactory,
    qtbot: QtBot,
    seed_path: Path,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = next_year_base(seed_path, tmp_path)
    answers = Asked(monkeypatch, switch=False)
    window = open_window(unit_profile("004"))

    _receive(qtbot, window, base, monkeypatch)

    assert answers.asked == [(ARRIVED, "Trabajar en 2025", "Seguir en 2024")]
    assert window.session.profile.year == 2024  # «Seguir en 2024»
    assert window.newer_year.note.isVisible()
    assert window.newer_year.note.text() == NOTE
    # Whole at 1366 px beside the delivery date (its last words were cut), and whole in its tip.
    window.resize(1366, 740)
    QApplication.processEvents()
    note = window.newer_year.note
    assert note.fontMetrics().horizontalAdvance(note.text()) <= note.width()
    assert note.toolTip() == TIP
    window.newer_year.offer()  # another package, or the next start: not asked again
    assert len(answers.asked) == 1
    assert window.newer_year.note.isVisible()


def test_choosing_the_newer_year_changes_the_profile_as_the_configuration_does(
    open_window: WindowFactory,
    qtbot: QtBot,
    seed_path: Path,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = next_year_base(seed_path, tmp_path)
    answers = Asked(monkeypatch, switch=True)
    window = open_window(unit_profile("004"))
    save_profile(settings, unit_profile("004"))

    _receive(qtbot, window, base, monkeypatch)

    assert len(answers.asked) == 1
    working = PcProfile(Role.UNIT, UnitCode("004"), NEXT_YEAR, Quarter.FIRST)
    assert window.session.profile == working
    assert load_profile(settings) == working  # remembered for the next start
    assert "2025" in window.windowTitle()
    assert window.model.meta_count() == 7  # the base's metas, shown
    assert not window.newer_year.note.isVisible()


def test_a_base_received_by_the_command_line_is_offered_at_the_next_start_only(
    qtbot: QtBot,
    db_path: Path,
    seed_path: Path,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = next_year_base(seed_path, tmp_path)
    with Store.open(db_path) as store:  # «import-package» of the base
        [outcome] = receive_packages(store, [base])
        assert outcome.applied
    answers = Asked(monkeypatch, switch=False)

    for _start in range(2):
        window = shown_frame(qtbot, settings, unit_profile("004"))
        store = window_opening.open_data(db_path)
        session = window_opening.fill_window(window, store, unit_profile("004"), None, print)
        try:
            wait_for_rules_and_dictionary(qtbot, window, session)
            assert window.newer_year.note.text() == NOTE
        finally:
            session.stop_validation()
            window.close()
            store.close()

    assert [question for question, _yes, _no in answers.asked] == [ARRIVED]


def test_the_coordinator_is_offered_the_year_it_has_just_approved(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(PcProfile.coordinator(2024, Quarter.FIRST))
    prepare_next_year(window.session.store)
    answers = Asked(monkeypatch, switch=False)
    monkeypatch.setattr(window.year_actions.programme, "ask_year", lambda _title: NEXT_YEAR)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)

    window.year_actions.programme.approve()

    assert answers.asked == [
        (
            "El programa 2025 está aprobado. ¿Trabajar ahora en el ejercicio 2025 "
            "(primer trimestre)?",
            "Trabajar en 2025",
            "Seguir en 2024",
        )
    ]
