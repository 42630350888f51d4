"""The file dialogs start in the folder chosen last (a USB stick, a shared folder), later too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from ism_desktop.gui import places
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui


def test_the_next_dialog_starts_where_the_last_one_ended(
    open_window: WindowFactory, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each dialog started in Documentos: a unit browsed to its USB stick again every quarter.
    window = open_window(unit_profile("004"))
    usb = tmp_path / "USB"
    usb.mkdir()
    starts: list[str] = []

    def pick_usb(_parent: object, _title: str, start: str) -> str:
        starts.append(start)
        return str(usb)

    def pick_nothing(dialog: QFileDialog) -> int:
        starts.append(dialog.directory().absolutePath())
        return QFileDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", pick_usb)
    monkeypatch.setattr(QFileDialog, "exec", pick_nothing)

    assert places.choose_folder(window, "Carpeta donde guardar el paquete") == str(usb)
    places.open_files(window, "Recibir paquetes", "Paquetes (*.ismpaq)")

    assert starts[0] != str(usb)
    assert starts[1] == str(usb)
    settings.sync()
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    places.use_settings(again)  # another day: the window reads the same settings
    assert places.documents_folder() == str(usb)


def test_a_folder_that_is_gone_starts_in_documents(settings: QSettings, tmp_path: Path) -> None:
    stick = tmp_path / "USB"
    stick.mkdir()
    places.use_settings(settings)
    places.remember_folder(stick / "paquete.ismpaq")
    assert places.documents_folder() == str(stick)

    stick.rmdir()  # the stick taken out

    assert places.documents_folder() != str(stick)
    assert Path(places.documents_folder()).is_dir()
