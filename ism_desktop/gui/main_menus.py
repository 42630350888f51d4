"""The window's menu bar: every action reachable from the keyboard, in Spanish."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QTreeView

from ism_desktop import APP_NAME
from ism_desktop.gui.actions import make_action
from ism_desktop.gui.coordination_actions import CoordinationActions
from ism_desktop.gui.findings_panel import FindingsPanel
from ism_desktop.gui.meta_form import MetaForm
from ism_desktop.gui.report_actions import ReportActions


class MenuOwner(Protocol):
    """What the menus reach in the main window (described here, so neither imports the other)."""

    reports: ReportActions
    coordination: CoordinationActions
    import_action: QAction
    undo_action: QAction
    redo_action: QAction
    tree: QTreeView
    form: MetaForm
    findings: FindingsPanel

    def restore_backup(self) -> None:
        """Archivo › Restaurar copia."""

    def edit_profile(self) -> None:
        """Archivo › Configuración de esta computadora."""

    def focus_search(self) -> None:
        """Editar › Buscar meta."""

    def focus_achieved(self) -> None:
        """Meta › Ir a lo realizado."""

    def show_history(self) -> None:
        """Meta › Historial de cambios."""

    def show_help(self) -> None:
        """Ayuda › Ayuda de ISM Avance (F1)."""

    def show_about(self) -> None:
        """Ayuda › Acerca de."""

    def show_paimef(self) -> None:
        """PAIMEF › Programa Anual, plazos e indicadores."""


def build_menus(window: QMainWindow, owner: MenuOwner) -> QMenu:
    """Archivo, Editar, Meta, Coordinación and Ayuda; returns Coordinación (coordinator only)."""
    bar = window.menuBar()
    reports, coordination = owner.reports, owner.coordination
    file_menu = bar.addMenu("&Archivo")
    file_menu.addAction(owner.import_action)
    file_menu.addAction(coordination.receive_action)
    file_menu.addSeparator()
    file_menu.addAction(reports.export_package_action)
    file_menu.addAction(reports.export_report_action)
    file_menu.addSeparator()
    file_menu.addAction(reports.preview_action)
    file_menu.addAction(reports.print_action)
    file_menu.addSeparator()
    file_menu.addAction(make_action(window, "Restaurar c&opia…", owner.restore_backup))
    file_menu.addAction(
        make_action(window, "&Configuración de esta computadora…", owner.edit_profile)
    )
    file_menu.addSeparator()
    # Ctrl+Q as «Teclas» says: the platform's Quit key is none on Windows.
    file_menu.addAction(make_action(window, "&Salir", window.close, QKeySequence("Ctrl+Q")))

    edit_menu = bar.addMenu("&Editar")
    edit_menu.setToolTipsVisible(True)  # why Deshacer or Rehacer is greyed out (no other tip)
    edit_menu.addAction(owner.undo_action)
    edit_menu.addAction(owner.redo_action)
    edit_menu.addSeparator()
    edit_menu.addAction(
        make_action(window, "&Buscar meta", owner.focus_search, QKeySequence.StandardKey.Find)
    )

    meta_menu = bar.addMenu("&Meta")
    for text, slot, keys in (
        ("Ir a la &lista de metas", owner.tree.setFocus, "Alt+1"),
        ("Ir a lo &realizado", owner.focus_achieved, "Alt+2"),
        ("Ir a la &evaluación", owner.form.narrative.setFocus, "Alt+3"),
        ("Ir a errores y a&visos", owner.findings.list.setFocus, "Alt+4"),
    ):
        meta_menu.addAction(make_action(window, text, slot, QKeySequence(keys)))
    meta_menu.addSeparator()
    form = owner.form
    target_action = make_action(window, form.modify_text(), lambda: _change_target(window, form))
    # The button's own name: two names for one action left people looking for two of them.
    meta_menu.aboutToShow.connect(lambda: target_action.setText(form.modify_text()))
    meta_menu.addAction(target_action)
    meta_menu.addAction(
        make_action(window, "&Historial de cambios…", owner.show_history, QKeySequence("Ctrl+H"))
    )

    coordination_menu = bar.addMenu("&Coordinación")
    # Receiving is the coordinator's work with the packages, as all below it: also here (the
    # same action, in Archivo too, where a unit receives its base).
    coordination_menu.addAction(coordination.receive_action)
    coordination_menu.addSeparator()
    for action in (
        coordination.board_action,
        coordination.send_bases_action,
        coordination.observe_action,
        coordination.send_observations_action,
    ):
        coordination_menu.addAction(action)

    paimef_menu = bar.addMenu("&PAIMEF")
    paimef_menu.addAction(
        make_action(window, "&Programa Anual, plazos e indicadores…", owner.show_paimef)
    )

    help_menu = bar.addMenu("A&yuda")
    help_menu.addAction(
        make_action(window, "&Ayuda de ISM Avance", owner.show_help, QKeySequence("F1"))
    )
    help_menu.addAction(make_action(window, f"Acerca &de {APP_NAME}", owner.show_about))
    return coordination_menu


def _change_target(window: QMainWindow, form: MetaForm) -> None:
    """The menu's «Solicitar cambio de meta modificada…»: the form's button, or why it is off."""
    button = form.modify_button
    if button.isEnabled():
        button.click()
        return
    # Clicking a disabled button does nothing: the menu said nothing either.
    why = button.toolTip() if form.meta is not None else ""
    window.statusBar().showMessage(why or _NO_TARGET_CHANGE, 10000)


_NO_TARGET_CHANGE = "Elija en la lista una meta de su unidad para cambiar su meta modificada."
