"""Receive packages in a window as «Recibir paquetes» does, the review accepted: the boxes said."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.receive_dialog import ReceiveDialog


def received_said(window: MainWindow, qtbot: QtBot, packages: Sequence[Path]) -> list[str]:
    """The texts of the boxes shown after receiving ``packages`` (their review accepted)."""
    said: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ReceiveDialog, "exec", lambda _self: int(ReceiveDialog.DialogCode.Accepted))
        for name in ("information", "warning"):
            patch.setattr(QMessageBox, name, lambda _p, _t, text, *_a: said.append(text))
        with qtbot.waitSignal(window.coordination.packages_received, timeout=30000):
            window.coordination.receive(list(packages))
    return said
