"""«Restaurar copia…»: pick one of the database's backups, then confirm replacing the data."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ism_desktop.domain.backup_text import backup_date_text
from ism_desktop.domain.wording import count
from ism_desktop.gui.backup_table_model import BackupColumn, BackupTableModel
from ism_desktop.gui.dialog_buttons import ask_between, letter_buttons
from ism_desktop.workspace.backups import LOST_RECORD_TEXT, BackupInfo

Confirm = Callable[[QWidget, str], bool]


def confirm_with_message_box(parent: QWidget, text: str) -> bool:
    """Ask with «Restaurar» / «Cancelar», «Cancelar» being the default."""
    return ask_between(
        parent, "Restaurar copia", text, "Restaurar", "Cancelar", warning=True, enter_rejects=True
    )


def confirmation_text(info: BackupInfo) -> str:
    """What the person confirms before a copy replaces the current data."""
    metas = "" if info.meta_count is None else f", {count(info.meta_count, 'meta', 'metas')}"
    # Which database file the copy was made from: copies of another file are never offered.
    source = f" Es una copia de «{info.source_path}»." if info.source_path else ""
    if not info.has_record:
        # Listed by its name alone: it may be another database's copy of the same name.
        source = f" {LOST_RECORD_TEXT}"
    return (
        f"Se reemplazarán los datos actuales por la copia del "
        f"{backup_date_text(info.created_at)} ({info.reason}{metas}). "
        f"Antes se guardará una copia de los datos actuales.{source}"
    )


class RestoreDialog(QDialog):
    """Lists the backups newest first; accepted once a copy is chosen and confirmed."""

    def __init__(
        self,
        backups: Sequence[BackupInfo],
        folder: Path,
        parent: QWidget | None = None,
        confirm: Confirm = confirm_with_message_box,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restaurar copia de seguridad")
        self._confirm = confirm
        self._chosen: BackupInfo | None = None
        self.model = BackupTableModel(backups, self)

        if backups:
            # Every kind the list shows: «antes de restaurar» and «manual» went unexplained.
            intro = (
                "Elija la copia con los datos que quiere recuperar. El programa hace una al abrir "
                "la base de datos (si cambió), antes de importar, antes de actualizarse y antes "
                "de restaurar otra; las «manual» las hace a propósito quien administra el programa."
            )
        else:
            intro = "Todavía no hay copias de seguridad de esta base de datos."
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.folder_label = QLabel(f"Las copias se guardan en «{folder}».")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupColumn.REASON, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(backups))
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton("&Restaurar…")
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText("Cancelar")
        # Enter never replaces the data: «Restaurar…» is pressed on purpose (Alt+R, a click).
        self.restore_button.setAutoDefault(False)
        cancel.setDefault(True)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.folder_label)
        layout.addWidget(buttons)
        letter_buttons(self)  # its buttons are its own once in the layout
        self.resize(640, 420)
        if backups:
            # Chosen on opening: with one copy, no arrow key could select it. Restoring still
            # asks first, and Enter still means «Cancelar».
            newest = max(range(len(backups)), key=lambda row: backups[row].created_at)
            self.table.setCurrentIndex(self.model.index(newest, 0))
            self.table.setFocus()

    def chosen(self) -> BackupInfo | None:
        """The confirmed copy once the dialog was accepted, else ``None``."""
        return self._chosen

    def _selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def _on_selection_changed(self) -> None:
        self.restore_button.setEnabled(self._selected() is not None)

    def _on_double_clicked(self, _index: QModelIndex) -> None:
        self._on_restore_clicked()

    def _on_restore_clicked(self) -> None:
        info = self._selected()
        if info is None:
            return
        if self._confirm(self, confirmation_text(info)):
            self._chosen = info
            self.accept()
