"""The window's own work on a connection of its own is not «another program» saving.

Walking the coordinator's quarter at 1366×768: right after *Enviar observaciones a una unidad…*
(nothing else running) the status bar said «Otro programa guardó cambios en la base de datos»:
the package marks its observations sent over the worker's own connection, and the window's
watch took that commit for another program's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui import coordination_actions, next_quarter_offer, observation_dialog
from ism_desktop.gui.written_elsewhere import RELOADED, reload_main_window
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_bases_open_quarter_warning import close_reported_quarter
from tests.gui.test_observations_sent_box import Send, boxes, send
from tests.gui.test_report_written_box import Boxes
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui
__all__ = ["boxes", "send"]  # the fixtures of sending observations, used here
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


def test_sending_observations_is_not_another_programs_save(
    open_window: WindowFactory, send: Send, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    select(window, "ESTUDIOS SOCIOECONÓMICOS")  # a meta of unit 004
    text = "Falta la evidencia de marzo."
    monkeypatch.setattr(
        observation_dialog, "ask_observation", lambda _p, _h, save: (text, save(text) is None)
    )
    window.coordination.add_observation()
    _offered, said = send(window, "004")
    assert "con 1 observación" in said  # it wrote to the database: sent, it is marked so

    reload_main_window(window)  # as the watch does every few seconds

    assert window.statusBar().currentMessage() != RELOADED
    assert not window.session.workspace.written_elsewhere()


def test_sending_the_programme_bases_is_not_another_programs_save(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    # The official report's quarter closed: the bases lack nothing, and nothing is asked first.
    close_reported_quarter(window.session.store)
    boxes = Boxes(monkeypatch, "Cerrar")
    monkeypatch.setattr(coordination_actions, "choose_folder", lambda *_a: str(tmp_path))

    window.coordination.choose_bases_folder()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=30_000)
    assert sorted(tmp_path.glob("*.ismpaq"))

    reload_main_window(window)

    assert window.statusBar().currentMessage() != RELOADED
    assert not window.session.workspace.written_elsewhere()


def test_exporting_the_units_package_is_not_another_programs_save(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The export closes the quarter and records the package sent over the worker's connection.
    window = open_window(unit_profile("004"))
    monkeypatch.setattr(next_quarter_offer, "ask_to_move_on", lambda *_a: False)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)  # «Paquete exportado», closed
    with qtbot.waitSignal(window.reports.exported_told, timeout=30_000):
        window.reports.export_package(tmp_path)
    assert sorted(tmp_path.glob("*.ismpaq"))

    reload_main_window(window)

    assert window.statusBar().currentMessage() != RELOADED
    assert not window.session.workspace.written_elsewhere()
