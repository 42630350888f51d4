"""The window's menu bar: every action reachable from the keyboard, in Spanish."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from ism_desktop import APP_NAME
from ism_desktop.gui.actions import make_action
from ism_desktop.gui.window_dialogs import show_about, show_help, show_history

if TYPE_CHECKING:
    from ism_desktop.gui.main_window import MainWindow


def build_menus(window: MainWindow) -> QMenu:
    """Archivo, Editar, Meta, Coordinación and Ayuda; returns Coordinación (coordinator only)."""
    bar = window.menuBar()
    reports, coordination = window.reports, window.coordination
    file_menu = bar.addMenu("&Archivo")
    file_menu.addAction(window.import_action)
    file_menu.addAction(coordination.receive_action)
    file_menu.addSeparator()
    file_menu.addAction(reports.export_package_action)
    file_menu.addAction(reports.export_report_action)
    file_menu.addSeparator()
    file_menu.addAction(reports.preview_action)
    file_menu.addAction(reports.print_action)
    file_menu.addSeparator()
    file_menu.addAction(make_action(window, "Restaurar c&opia…", window.restore_backup))
    file_menu.addAction(
        make_action(window, "&Configuración de esta computadora…", window.edit_profile)
    )
    file_menu.addSeparator()
    file_menu.addAction(make_action(window, "&Salir", window.close, QKeySequence.StandardKey.Quit))

    edit_menu = bar.addMenu("&Editar")
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    edit_menu.addAction(
        make_action(window, "&Buscar meta", window.focus_search, QKeySequence.StandardKey.Find)
    )

    meta_menu = bar.addMenu("&Meta")
    for text, slot, keys in (
        ("Ir a la &lista de metas", window.tree.setFocus, "Alt+1"),
        ("Ir a lo &realizado", window.focus_achieved, "Alt+2"),
        ("Ir a la &evaluación", window.form.narrative.setFocus, "Alt+3"),
        ("Ir a errores y a&visos", window.findings.list.setFocus, "Alt+4"),
    ):
        meta_menu.addAction(make_action(window, text, slot, QKeySequence(keys)))
    meta_menu.addSeparator()
    meta_menu.addAction(
        make_action(window, "Cambio de meta &modificada…", window.form.modify_button.click)
    )
    meta_menu.addAction(
        make_action(
            window, "&Historial de cambios…", partial(show_history, window), QKeySequence("Ctrl+H")
        )
    )

    coordination_menu = bar.addMenu("&Coordinación")
    for action in (
        coordination.board_action,
        coordination.send_bases_action,
        coordination.observe_action,
        coordination.send_observations_action,
    ):
        coordination_menu.addAction(action)

    paimef_menu = bar.addMenu("&PAIMEF")
    paimef_menu.addAction(
        make_action(window, "&Programa Anual, plazos e indicadores…", window.show_paimef)
    )

    help_menu = bar.addMenu("A&yuda")
    help_menu.addAction(
        make_action(window, "&Ayuda de ISM Avance", partial(show_help, window), QKeySequence("F1"))
    )
    help_menu.addAction(make_action(window, f"&Acerca de {APP_NAME}", partial(show_about, window)))
    return coordination_menu
