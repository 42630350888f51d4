"""The window a file dialog opens over, at 1366×768, starting in a given folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.gui import places


def office_parent(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, folder: Path) -> QWidget:
    """A 1366×768 parent; the program's file dialogs open in ``folder`` over it."""
    monkeypatch.setattr(places, "documents_folder", lambda: str(folder))
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(1366, 768)
    return parent
