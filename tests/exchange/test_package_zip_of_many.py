"""A zip of more packages than its directory's names are read for is counted as «at least».

Only a bounded part of a refused zip's central directory is read for its names. Before, the
names read were said as all the zip held: a zip of 5,000 packages «contiene 4538 paquetes», and
a zip whose end record claims 60,000 entries while its directory lists one «contiene el paquete».
"""

from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path

import pytest

from ism_desktop.exchange.package.manifest import PackageDamagedError, PackageRefusedError
from ism_desktop.exchange.package.reader import read_package
from ism_desktop.exchange.package.zip_directory import central_names
from tests.exchange.package_builders import damaged

END_SIGNATURE = b"PK\x05\x06"


def _refusal(path: Path) -> PackageRefusedError:
    with pytest.raises(PackageRefusedError) as caught:
        read_package(path)
    assert str(caught.value).startswith(f"«{path.name}»: ")
    return caught.value


def test_a_zip_of_thousands_of_packages_says_at_least_how_many(tmp_path: Path) -> None:
    path = tmp_path / "paquetes.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for n in range(5000):
            archive.writestr(f"paquete_{n:04d}.ismpaq", b"x")

    reason = _refusal(path).reason

    said = re.fullmatch(
        r"contiene al menos (\d+) paquetes \(«paquete_0000\.ismpaq», «paquete_0001\.ismpaq», "
        r"«paquete_0002\.ismpaq» y otros\): descomprímalo y reciba cada uno",
        reason,
    )
    assert said is not None, reason
    assert 3 < int(said.group(1)) <= 5000


def test_an_end_record_claiming_more_entries_than_listed_is_no_zip_of_one_package(
    tmp_path: Path,
) -> None:
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("x.ismpaq", b"x")
    data = bytearray(path.read_bytes())
    end = data.rindex(END_SIGNATURE)
    # The entries on this disk and in all: the directory itself still lists one.
    struct.pack_into("<2H", data, end + 8, 60000, 60000)
    path.write_bytes(bytes(data))

    refused = _refusal(path)

    assert "contiene el paquete" not in refused.reason
    assert isinstance(refused, PackageDamagedError)
    assert refused.reason == damaged("tiene 60000 entradas; se admiten 8")


def _zip_of_packages_in(path: Path, folder: str) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for n in range(5000):
            # zipfile sets the UTF-8 flag (0x800) for a name that is not ASCII.
            archive.writestr(f"{folder}/ETCA-III-04_2024_T2_unidad_{n:04d}.ismpaq", b"x")


def test_names_flagged_utf8_are_said_as_written_not_as_cp437(tmp_path: Path) -> None:
    path = tmp_path / "paquetes.zip"
    _zip_of_packages_in(path, "Dirección")

    reason = _refusal(path).reason

    assert "«Dirección/ETCA-III-04_2024_T2_unidad_0000.ismpaq»" in reason, reason
    assert "├" not in reason


def test_a_name_without_the_utf8_flag_is_read_as_cp437_as_zipfile_reads_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("DirecciXn/a.ismpaq", b"x")
    # 0xA2 is «ó» in cp437, written without the flag as old zip programs do.
    path.write_bytes(path.read_bytes().replace(b"DirecciXn", b"Direcci\xa2n"))
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist() == ["Dirección/a.ismpaq"]

    with path.open("rb") as stream:
        names = central_names(stream, path.stat().st_size).names

    assert names == ["Dirección/a.ismpaq"]


def test_a_long_name_is_cut_in_its_folder_keeping_the_file_name_whole(tmp_path: Path) -> None:
    path = tmp_path / "paquetes.zip"
    folder = "Dirección General de Planeación, Evaluación y Seguimiento del Programa Anual"
    _zip_of_packages_in(path, folder)

    reason = _refusal(path).reason

    named = re.findall(r"«([^»]*)»", reason)
    assert len(named) == 3, reason
    for n, name in enumerate(named):
        assert name.endswith(f"…/ETCA-III-04_2024_T2_unidad_{n:04d}.ismpaq"), reason
        assert name.startswith("Dirección General"), reason
        assert len(name) <= 80, reason
