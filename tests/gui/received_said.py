"""Receiving packages in the coordinator's window as a person does: reviewed, then said."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.receive_dialog import ReceiveDialog
from tests.gui.conftest import WindowFactory

COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


def received_text(window_factory: WindowFactory, qtbot: QtBot, paths: list[Path]) -> str:
    """The one box said once ``paths`` are received in the coordinator's window, reviewed."""
    window = window_factory(COORDINATOR)
    said: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ReceiveDialog, "exec", lambda _self: int(ReceiveDialog.DialogCode.Accepted))
        for name in ("information", "warning"):
            patch.setattr(QMessageBox, name, lambda _p, _t, text, *_a: said.append(text))
        with qtbot.waitSignal(window.coordination.packages_received, timeout=30000):
            window.coordination.receive(paths)
    (text,) = said
    return text
