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
