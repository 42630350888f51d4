"""The keys the menus show next to their entries: each does what its entry does, and only that."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from ism_desktop.domain.profile import PcProfile
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.dialog_walker import Walk, look_at_shown, menu_entries, patch_dialogs
from tests.gui.test_menu_mnemonics import COORDINATOR

pytestmark = pytest.mark.gui


def _keys_of(window: QMainWindow) -> dict[str, list[str]]:
    """Every key of the window's actions and shortcuts, with what answers to it."""
    keys: dict[str, list[str]] = {}
    actions = set(window.findChildren(QAction)) | set(window.actions())
    for action in actions:
        if action.isVisible():
            for key in action.shortcuts():
                keys.setdefault(key.toString(), []).append(action.text())
    # One turned off answers to nothing, as a hidden action (the coordinator's Ctrl+E note).
    for shortcut in filter(QShortcut.isEnabled, window.findChildren(QShortcut)):
        keys.setdefault(shortcut.key().toString(), []).append(f"QShortcut {shortcut.objectName()}")
    return keys


@pytest.mark.parametrize("profile", [unit_profile("004"), COORDINATOR], ids=["004", "002"])
def test_no_key_is_given_to_two_entries(open_window: WindowFactory, profile: PcProfile) -> None:
    window = open_window(profile)

    keys = _keys_of(window)

    assert {"Ctrl+F", "Ctrl+H", "Ctrl+I", "Ctrl+P", "Ctrl+R", "Ctrl+Z", "F1"} <= set(keys)
    assert {key: said for key, said in keys.items() if len(said) > 1} == {}


def test_each_key_a_menu_shows_does_what_its_entry_does(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    walk = Walk()
    patch_dialogs(monkeypatch, qtbot, walk)
    with_keys = [entry for entry in menu_entries(window) if not entry.shortcut().isEmpty()]
    chosen: list[str] = []
    for action in window.actions():
        action.triggered.connect(lambda _c=False, a=action: chosen.append(a.text()))

    pressed = []
    for entry in with_keys:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        pressed.append(entry.text())
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keySequence(focus, entry.shortcut())  # where the cursor is, as a person presses it
        look_at_shown(qtbot, walk, window)

    assert pressed == [
        "&Importar informe oficial…",
        "&Recibir paquetes…",
        "Exportar &paquete…",
        "Impri&mir…",
        "&Buscar meta",
        "Ir a la &lista de metas",
        "Ir a lo &realizado",
        "Ir a la &evaluación",
        "Ir a errores y a&visos",
        "&Historial de cambios…",
        "&Ayuda de ISM Avance",
    ]
    assert chosen == pressed
    assert walk.faults == []
