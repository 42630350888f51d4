"""``import-package`` of a zip holding packages says to unzip it, and writes nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ism_desktop.domain.quarter import Quarter
from tests.e2e.cli_runner import run_cli
from tests.e2e.test_reopened_quarter import _unit_with_base
from tests.e2e.test_year_cycle_cli import TYPED_004
from tests.e2e.year_helpers import ok, type_quarter

pytestmark = pytest.mark.e2e


def test_a_folder_of_packages_compressed_on_a_mac_is_said_to_be_unzipped(
    tmp_path: Path, seed_path: Path
) -> None:
    coordinator, unit = _unit_with_base(tmp_path, seed_path)
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.FIRST, 2024)
    package = Path(
        ok(
            "export", "--db", unit, "--unidad", "004", "--trimestre", "1", "--out", tmp_path / "p"
        ).strip()
    )
    other = "ETCA-III-04_2024_T1_unidad_005.ismpaq"
    mac_zip = tmp_path / "Paquetes.zip"
    with zipfile.ZipFile(mac_zip, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("Paquetes/"), b"")
        archive.writestr(f"Paquetes/{package.name}", package.read_bytes())
        archive.writestr(f"Paquetes/{other}", package.read_bytes())
        archive.writestr(zipfile.ZipInfo("__MACOSX/"), b"")
        archive.writestr(f"__MACOSX/Paquetes/._{package.name}", b"\x00\x05\x16\x07")
    before = coordinator.read_bytes()

    result = run_cli("import-package", "--db", coordinator, mac_zip)

    assert result.returncode == 2, result.stdout
    assert "Traceback" not in result.stderr
    assert (
        f"Rechazado «Paquetes.zip»: contiene 2 paquetes («Paquetes/{package.name}», "
        f"«Paquetes/{other}»): descomprímalo y reciba cada uno."
    ) in result.stderr, result.stderr
    assert "dañado" not in result.stderr
    assert coordinator.read_bytes() == before
