"""«Restaurar copia…»: the list of backups, the choice, and the confirmation before restoring."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ism_desktop.gui.backup_table_model import BackupColumn, BackupTableModel
from ism_desktop.gui.restore_dialog import RestoreDialog, confirmation_text
from ism_desktop.store.backup_catalogue import BackupInfo

FOLDER = Path("/datos/copias")


def backup(day: int, reason: str, metas: int | None = 56, size: int = 188_416) -> BackupInfo:
    return BackupInfo(
        path=FOLDER / f"avance__202405{day:02d}-103000-000000__x.sqlite3",
        created_at=datetime(2024, 5, day, 10, 30).astimezone(),
        reason=reason,
        source_name="avance.sqlite3",
        source_path="/datos/avance.sqlite3",
        migrations=("0001_catalogue_and_metas",),
        meta_count=metas,
        size_bytes=size,
        sha256="0" * 64,
    )


BACKUPS = [
    backup(3, "antes de importar un paquete"),
    backup(2, "al abrir", metas=None, size=3 * 1024 * 1024),
]


class FakeConfirm:
    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent: QWidget, text: str) -> bool:
        self.asked.append(text)
        return self.answer


def select_row(dialog: RestoreDialog, row: int) -> None:
    dialog.table.selectionModel().select(
        dialog.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(BackupTableModel(BACKUPS))


def test_the_model_shows_date_reason_metas_and_size() -> None:
    model = BackupTableModel(BACKUPS)

    def cell(row: int, column: BackupColumn) -> object:
        return model.data(model.index(row, column))

    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in BackupColumn] == [
        "Fecha",
        "Motivo",
        "Metas",
        "Tamaño",
    ]
    assert cell(0, BackupColumn.DATE) == "03/05/2024 10:30"
    assert cell(0, BackupColumn.REASON) == "antes de importar un paquete"
    assert cell(0, BackupColumn.METAS) == "56"
    assert cell(0, BackupColumn.SIZE) == "184 KB"
    assert cell(1, BackupColumn.METAS) == ""
    assert cell(1, BackupColumn.SIZE) == "3.0 MB"
    assert "avance__20240503" in str(model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole))


def test_restore_is_offered_only_while_a_copy_is_selected(qtbot: QtBot) -> None:
    dialog = RestoreDialog(BACKUPS, FOLDER, confirm=FakeConfirm(True))
    qtbot.addWidget(dialog)

    assert dialog.restore_button.isEnabled()  # the newest, chosen on opening
    dialog.table.selectionModel().clearSelection()
    assert not dialog.restore_button.isEnabled()
    select_row(dialog, 1)
    assert dialog.restore_button.isEnabled()
    assert str(FOLDER) in dialog.folder_label.text()


def test_a_confirmed_copy_is_chosen(qtbot: QtBot) -> None:
    confirm = FakeConfirm(True)
    dialog = RestoreDialog(BACKUPS, FOLDER, confirm=confirm)
    qtbot.addWidget(dialog)
    select_row(dialog, 1)

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert dialog.chosen() == BACKUPS[1]
    assert confirm.asked == [
        "Se reemplazarán los datos actuales por la copia del 02/05/2024 10:30 (al abrir). "
        "Antes se guardará una copia de los datos actuales. Es una copia de "
        "«/datos/avance.sqlite3»."
    ]


def test_a_declined_confirmation_chooses_nothing(qtbot: QtBot) -> None:
    dialog = RestoreDialog(BACKUPS, FOLDER, confirm=FakeConfirm(False))
    qtbot.addWidget(dialog)
    dialog.show()
    select_row(dialog, 0)

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert dialog.chosen() is None
    assert dialog.isVisible()


def test_the_newest_copy_is_chosen_on_opening_and_restored_from_the_keyboard(
    qtbot: QtBot,
) -> None:
    # With one copy, arrows could not select it: the list opened with nothing chosen.
    confirm = FakeConfirm(False)
    older, newer = backup(2, "al abrir"), backup(4, "antes de importar un paquete")
    dialog = RestoreDialog([newer, older], FOLDER, confirm=confirm)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()

    assert [
        dialog.model.backup_at(i.row()) for i in dialog.table.selectionModel().selectedRows()
    ] == [newer]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.restore_button.setFocus()
    qtbot.keyClick(dialog.restore_button, Qt.Key.Key_Space)  # «Restaurar…» pressed on purpose
    dialog.table.setFocus()
    assert len(confirm.asked) == 1  # declined: the dialog stays
    assert "04/05/2024" in confirm.asked[0]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # «Cancelar» stays the default
    assert len(confirm.asked) == 1
    assert not dialog.isVisible()
    assert dialog.chosen() is None


def test_a_single_copy_is_chosen_on_opening(qtbot: QtBot) -> None:
    only = backup(3, "al abrir")
    dialog = RestoreDialog([only], FOLDER, confirm=FakeConfirm(True))
    qtbot.addWidget(dialog)

    rows = dialog.table.selectionModel().selectedRows()
    assert [dialog.model.backup_at(i.row()) for i in rows] == [only]
    assert dialog.table.currentIndex().row() == 0
    assert dialog.restore_button.isEnabled()
    assert not dialog.restore_button.isDefault()


def test_the_dialog_says_when_every_listed_kind_of_copy_is_made(qtbot: QtBot) -> None:
    # «antes de restaurar» and «manual» copies were listed, the sentence above them naming
    # neither: the person could not tell where they came from.
    dialog = RestoreDialog(BACKUPS, FOLDER, confirm=FakeConfirm(True))
    qtbot.addWidget(dialog)

    assert dialog.intro.text() == (
        "Elija la copia con los datos que quiere recuperar. El programa hace una al abrir la "
        "base de datos (si cambió), antes de importar, antes de actualizarse y antes de "
        "restaurar otra; las «manual» las hace a propósito quien administra el programa."
    )
    # Office staff have no command line: the command that makes one is not theirs to type.
    assert "ism-desktop" not in dialog.intro.text()


def test_without_copies_the_dialog_says_so(qtbot: QtBot) -> None:
    dialog = RestoreDialog([], FOLDER, confirm=FakeConfirm(True))
    qtbot.addWidget(dialog)

    assert dialog.intro.text() == "Todavía no hay copias de seguridad de esta base de datos."
    assert not dialog.restore_button.isEnabled()
    assert dialog.table.isHidden()


@pytest.mark.parametrize(
    ("info", "expected"),
    [
        (BACKUPS[0], "copia del 03/05/2024 10:30 (antes de importar un paquete, 56 metas)."),
        (BACKUPS[1], "copia del 02/05/2024 10:30 (al abrir)."),
        (
            replace(BACKUPS[0], meta_count=1),
            "copia del 03/05/2024 10:30 (antes de importar un paquete, 1 meta).",
        ),
    ],
)
def test_the_confirmation_names_the_copy(info: BackupInfo, expected: str) -> None:
    assert expected in confirmation_text(info)


def test_the_confirmation_warns_when_the_copys_record_was_lost() -> None:
    # Its JSON named the database it was made from; without it, the person is told so.
    lost = replace(
        BACKUPS[1],
        reason="motivo desconocido, su nombre dice «al abrir»",
        source_path="",
        has_record=False,
    )

    text = confirmation_text(lost)

    assert "(motivo desconocido, su nombre dice «al abrir»)" in text
    assert "No se sabe de qué base de datos es esta copia" in text
