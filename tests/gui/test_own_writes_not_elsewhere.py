"""The window's own work on a connection of its own is not «another program» saving.

Walking the coordinator's quarter at 1366×768: right after *Enviar observaciones a una unidad…*
(nothing else running) the status bar said «Otro programa guardó cambios en la base de datos»:
the package marks its observations sent over the worker's own connection, and the window's
watch took that commit for another program's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.export import report_package
from ism_desktop.exchange.package import writer
from ism_desktop.gui import coordination_actions, next_quarter_offer, observation_dialog
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.written_elsewhere import RELOADED, reload_main_window
from tests.disk_filling import disk_full_after
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.received_boxes import plain_words
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

    _assert_not_said_another_programs(window)


def test_sending_the_programme_bases_is_not_another_programs_save(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _sending_bases(open_window(COORDINATOR), tmp_path, monkeypatch)
    boxes = Boxes(monkeypatch, "Cerrar")

    window.coordination.choose_bases_folder()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=30_000)
    assert sorted(tmp_path.glob("*.ismpaq"))

    _assert_not_said_another_programs(window)


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

    _assert_not_said_another_programs(window)


def test_bases_stopped_half_way_are_not_another_programs_save(
    open_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A USB stick filled up after two bases: those two were recorded sent, over the worker's
    # connection, and only the failure was said; the watch then took that for another program.
    window = _sending_bases(open_window(COORDINATOR), tmp_path, monkeypatch)
    written = disk_full_after(monkeypatch, writer, 2)

    said = _failure_said(qtbot, monkeypatch, window.coordination.choose_bases_folder)

    assert "Sí se escribieron antes las bases de 2 de las" in plain_words(said)
    assert len(written) == 2
    _assert_not_said_another_programs(window)


def test_a_package_whose_documents_failed_is_not_another_programs_save(
    open_window: WindowFactory, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The package is written, recorded and the quarter closed; the PDF beside it fills the disk.
    window = open_window(unit_profile("004"))
    disk_full_after(monkeypatch, report_package, 1)  # the package, not its PDF

    _failure_said(qtbot, monkeypatch, lambda: window.reports.export_package(tmp_path))

    assert sorted(tmp_path.glob("*.ismpaq"))
    _assert_not_said_another_programs(window)
    assert window.session.own_quarter_closed()  # read again: the export closed it


def _sending_bases(window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The coordinator's window about to send the bases into ``folder``, nothing asked first."""
    # The official report's quarter closed: the bases lack nothing, and nothing is asked first.
    close_reported_quarter(window.session.store)
    monkeypatch.setattr(coordination_actions, "choose_folder", lambda *_a: str(folder))
    return window


def _failure_said(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, act: Callable[[], None]) -> str:
    """What the failure box says once ``act``'s work in the background failed."""
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    act()
    qtbot.waitUntil(lambda: bool(warned), timeout=30_000)
    [said] = warned
    return said


def _assert_not_said_another_programs(window: MainWindow) -> None:
    """As the watch does every few seconds: nothing to read again, nothing said."""
    reload_main_window(window)

    assert window.statusBar().currentMessage() != RELOADED
    assert not window.session.workspace.written_elsewhere()
