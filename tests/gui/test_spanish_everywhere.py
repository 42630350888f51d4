"""Walk every widget, menu and dialog of the window: Spanish only, no codes, local times."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.application import install_spanish
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.modified_target_dialog import ModifiedTargetDialog
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.visible_text import dialogs_opened_by, problems, widget_texts
from tests.gui.window_driver import achieved_cell, select, type_into

pytestmark = pytest.mark.gui

COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"
# Printing opens the system's print dialog; the preview has its own test below.
SKIPPED = {"Salir", "Imprimir…", "Vista previa de impresión…"}


def test_the_word_lists_catch_what_they_must() -> None:
    assert problems(["Look in:", "Regla META_MODIFICADA", "modificado.t1.num → 5"]) != []
    assert len(problems(["2026-12-02T06:12:15+00:00", "Files of type:"])) == 2
    assert problems(["Avance oficial T1: 84.55 %", "Guardar", "02/12/2026 00:12"]) == []


def _menu_actions(window: MainWindow) -> list[QAction]:
    actions = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu_action.isVisible() and isinstance(menu, QMenu):
            actions += [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    return actions


def _walk(window: MainWindow, qtbot: QtBot) -> tuple[list[str], list[str]]:
    seen = list(widget_texts(window))
    opened = []
    for action in _menu_actions(window):
        if action.text().replace("&", "") in SKIPPED:
            continue
        seen.append(action.text())
        opened += dialogs_opened_by(action.trigger, seen)
        qtbot.wait(1)
    window.findings.list.setCurrentIndex(
        window.findings.shown.mapFromSource(window.findings.model.index(0, 0))
    )
    opened += dialogs_opened_by(window.findings.justify_button.click, seen)
    return seen, opened


def _change_target(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: ModifiedTargetDialog) -> int:
        dialog.num_edit.setText("950")
        dialog.reason_edit.setPlainText("Ajuste autorizado por la junta.")
        dialog.accept()
        return int(ModifiedTargetDialog.DialogCode.Accepted)

    with monkeypatch.context() as patch:
        patch.setattr(ModifiedTargetDialog, "exec", fill)
        window.form.modify_button.click()


def test_unit_window_and_its_dialogs_speak_spanish(
    open_window: WindowFactory,
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    install_spanish(qapp)
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "800")
    _change_target(window, qtbot, monkeypatch)
    select(window, STUDIES)

    seen, opened = _walk(window, qtbot)

    for title in ("Historial de cambios", "Acerca de ISM Avance", "Justificar aviso"):
        assert any(title in t for t in opened), opened
    found = problems(seen)
    assert not found, "\n".join(found)


def test_coordinator_window_and_its_dialogs_speak_spanish(
    open_window: WindowFactory, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    install_spanish(qapp)
    window = open_window(COORDINATOR)

    seen, opened = _walk(window, qtbot)

    assert any(t.startswith("Tablero de entregas") for t in opened), opened
    found = problems(seen)
    assert not found, "\n".join(found)


def test_print_preview_speaks_spanish(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window(unit_profile("004"))
    window.reports.preview_action.trigger()
    qtbot.waitUntil(lambda: window.reports.preview_dialog is not None, timeout=30000)
    dialog = window.reports.preview_dialog
    assert dialog is not None

    found = problems(list(widget_texts(dialog)))
    assert not found, "\n".join(found)
    dialog.close()
