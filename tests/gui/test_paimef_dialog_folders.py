"""The PAIMEF window's file dialogs start where the last one ended, as the ETCA side's do."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.gui import places
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store

pytestmark = pytest.mark.gui
EXAMPLE = Path(__file__).resolve().parents[2] / "resources/paimef/ejemplo_programa_anual_2026.json"


def test_export_and_informe_start_in_the_folder_of_the_imported_programme(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    places.use_settings(settings)
    usb = tmp_path / "USB"
    usb.mkdir()
    shutil.copy(EXAMPLE, usb / EXAMPLE.name)
    starts: list[str] = []

    def pick_programme(_parent: object, _title: str, start: str, _kinds: str) -> tuple[str, str]:
        starts.append(start)
        return str(usb / EXAMPLE.name), ""

    def cancel_saving(_parent: object, _title: str, start: str, *_rest: object) -> tuple[str, str]:
        starts.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick_programme)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel_saving)
    try:
        with Store.open(tmp_path / "datos.sqlite3") as store:
            window = PaimefWindow(store, Author("Unidad 001", "ana"), date(2026, 3, 20))
            qtbot.addWidget(window)

            window.import_file()
            window.export_file()
            window.write_informe()
    finally:
        places.use_settings(None)

    assert Path(starts[0]) != usb
    assert [Path(start).parent for start in starts[1:]] == [usb, usb]
    assert [Path(start).name for start in starts[1:]] == [
        "programa_anual_paimef_2026.xlsx",
        "informe_paimef_2026.pdf",
    ]
