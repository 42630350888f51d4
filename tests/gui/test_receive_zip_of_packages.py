"""«Recibir paquetes» of a zip holding packages says to unzip it, not that it is damaged."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from tests.exchange.package_builders import export_unit, seed_store
from tests.gui.conftest import WindowFactory
from tests.gui.received_boxes import received_said

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


def test_a_package_compressed_on_a_mac_is_said_to_be_unzipped(
    open_window: WindowFactory, qtbot: QtBot, seed_text: str, tmp_path: Path
) -> None:
    with seed_store(seed_text) as store:
        package = export_unit(store, tmp_path)
    mac_zip = tmp_path / "Archivo.zip"
    with zipfile.ZipFile(mac_zip, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(package.name, package.read_bytes())
        archive.writestr(zipfile.ZipInfo("__MACOSX/"), b"")
        archive.writestr(f"__MACOSX/._{package.name}", b"\x00\x05\x16\x07")
    window = open_window(COORDINATOR)

    (text,) = received_said(window, qtbot, [package, mac_zip])
    # Too long for one line of the box: cut after the file's name, each name kept whole.
    assert (
        f"Rechazado «Archivo.zip»:\ncontiene el paquete «{package.name}»: descomprímalo y "
        "reciba ese archivo"
    ) in text, text
    assert "dañado" not in text
