"""The window's dialogs beside the editing: a meta's history, restore, help (F1), «Acerca de»."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ism_desktop import APP_NAME, __version__

if TYPE_CHECKING:
    from ism_desktop.gui.main_window import MainWindow


def show_history(window: MainWindow) -> None:
    """Open the audit trail of the selected meta."""
    from ism_desktop.gui.audit_dialog import AuditDialog

    meta = window.form.meta
    if meta is None:
        return
    edits = window.session.store.edits
    year = window.session.profile.year
    AuditDialog(
        meta,
        edits.history(year, meta.stable_id),
        edits.target_changes(year, meta.stable_id),
        window,
    ).exec()


def show_help(window: MainWindow) -> None:
    """The Spanish help, in a window that can stay open beside the main one."""
    from ism_desktop.gui.help_dialog import HelpDialog

    dialog = HelpDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.help_dialog = dialog
    dialog.destroyed.connect(lambda: setattr(window, "help_dialog", None))
    dialog.show()


def show_about(window: MainWindow) -> None:
    """Name, version, the database in use and where the backups are."""
    from ism_desktop.platform import backups_dir

    QMessageBox.about(
        window,
        f"Acerca de {APP_NAME}",
        f"<b>{APP_NAME} {__version__}</b><br>Informe de Avance Programático (ETCA-III-04) "
        "del Instituto Sonorense de las Mujeres.<br><br>Base de datos: "
        f"{window.session.store.path or 'en memoria'}<br>Copias de seguridad: {backups_dir()}",
    )


def restore_backup(window: MainWindow) -> None:
    """Choose a backup, confirm, and put it in place of the current data."""
    from ism_desktop.gui.restore_dialog import RestoreDialog
    from ism_desktop.platform import backups_dir
    from ism_desktop.workspace.backups import copies_of

    path = window.session.store.path
    if path is None:
        return
    folder = backups_dir()
    dialog = RestoreDialog(copies_of(path, folder), folder, window)
    if dialog.exec() != RestoreDialog.DialogCode.Accepted or (info := dialog.chosen()) is None:
        return
    window.form.flush()
    window.tasks.wait()
    message = window.session.restore_backup(info, folder)
    QMessageBox.information(window, "Restaurar copia", message)
