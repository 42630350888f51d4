"""A zip of several packages, or one made on a Mac, is said as such: unzip it, never «damaged».

A mail program zips a folder of packages; a Mac's «Comprimir» adds a ``__MACOSX/`` folder of
``._name`` files. The refusal names the packages inside, or says the package was opened and
zipped again. Only the names of the zip's directory are read: no inner package is inflated.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path

import pytest

from ism_desktop.exchange.package.manifest import PackageDamagedError, PackageRefusedError
from ism_desktop.exchange.package.reader import read_package
from tests.exchange.package_builders import members

A = "ETCA-III-04_2024_T1_unidad_004.ismpaq"
B = "ETCA-III-04_2024_T1_unidad_005.ismpaq"
APPLE_DOUBLE = b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        "
REPACKED = (
    "el paquete se abrió y se volvió a comprimir, y ya no es el archivo que exportó la "
    "unidad: pida que le envíen de nuevo el archivo .ismpaq tal como lo escribió el "
    "programa, sin abrirlo ni comprimirlo"
)


def _zip(path: Path, entries: Sequence[tuple[str, bytes | None]]) -> Path:
    """A zip with these entries in this order; None makes a folder entry, as Windows and Mac do."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries:
            if content is None:
                archive.writestr(zipfile.ZipInfo(name), b"")
            else:
                archive.writestr(name, content)
    return path


def _refusal(path: Path) -> PackageRefusedError:
    with pytest.raises(PackageRefusedError) as caught:
        read_package(path)
    assert str(caught.value).startswith(f"«{path.name}»: ")
    return caught.value


def test_a_zip_of_two_packages_names_both(unit_package: Path, tmp_path: Path) -> None:
    package = unit_package.read_bytes()
    path = _zip(tmp_path / "adjuntos.zip", [(A, package), (B, package)])

    refused = _refusal(path)

    assert not isinstance(refused, PackageDamagedError)
    assert refused.reason == f"contiene 2 paquetes («{A}», «{B}»): descomprímalo y reciba cada uno"


def test_a_zipped_folder_of_packages_names_them_with_their_folder(
    unit_package: Path, tmp_path: Path
) -> None:
    # Windows' «Enviar a carpeta comprimida» of a folder: the folder is an entry of its own.
    package = unit_package.read_bytes()
    path = _zip(
        tmp_path / "paquetes.zip",
        [("paquetes/", None), (f"paquetes/{A}", package), (f"paquetes/{B}", package)],
    )

    assert _refusal(path).reason == (
        f"contiene 2 paquetes («paquetes/{A}», «paquetes/{B}»): descomprímalo y reciba cada uno"
    )


def test_a_package_compressed_on_a_mac_is_one_package_not_two(
    unit_package: Path, tmp_path: Path
) -> None:
    path = _zip(
        tmp_path / "Archivo.zip",
        [(A, unit_package.read_bytes()), ("__MACOSX/", None), (f"__MACOSX/._{A}", APPLE_DOUBLE)],
    )

    refused = _refusal(path)

    assert not isinstance(refused, PackageDamagedError)
    assert refused.reason == f"contiene el paquete «{A}»: descomprímalo y reciba ese archivo"


def test_many_packages_from_a_mac_are_counted_and_a_few_named(
    unit_package: Path, tmp_path: Path
) -> None:
    # More entries than a package may hold: refused on the count, told from the names alone.
    names = [f"ETCA-III-04_2024_T1_unidad_00{n}.ismpaq" for n in (1, 3, 4, 5, 6)]
    package = unit_package.read_bytes()
    entries: list[tuple[str, bytes | None]] = [("Paquetes/", None)]
    entries += [(f"Paquetes/{name}", package) for name in names]
    entries += [("__MACOSX/", None), ("__MACOSX/Paquetes/", None)]
    entries += [(f"__MACOSX/Paquetes/._{name}", APPLE_DOUBLE) for name in names]
    path = _zip(tmp_path / "Paquetes.zip", entries)

    assert _refusal(path).reason == (
        f"contiene 5 paquetes («Paquetes/{names[0]}», «Paquetes/{names[1]}», "
        f"«Paquetes/{names[2]}» y 2 más): descomprímalo y reciba cada uno"
    )


def test_a_package_opened_and_compressed_again_as_a_folder_is_said_so(
    unit_package: Path, tmp_path: Path
) -> None:
    folder = A.removesuffix(".ismpaq")
    entries: list[tuple[str, bytes | None]] = [(f"{folder}/", None)]
    entries += [(f"{folder}/{name}", content) for name, content in members(unit_package).items()]
    entries += [("__MACOSX/", None), (f"__MACOSX/{folder}/._datos.json", APPLE_DOUBLE)]
    path = _zip(tmp_path / f"{folder}.zip", entries)

    refused = _refusal(path)

    assert not isinstance(refused, PackageDamagedError)
    assert refused.reason == (
        f"contiene los archivos de un paquete en la carpeta «{folder}»: {REPACKED}"
    )


def test_a_package_whose_files_were_compressed_again_on_a_mac_is_said_so(
    unit_package: Path, tmp_path: Path
) -> None:
    # The package's own files at the top, and the Mac's «._» copies beside them.
    entries: list[tuple[str, bytes | None]] = list(members(unit_package).items())
    entries += [("__MACOSX/._datos.json", APPLE_DOUBLE), ("__MACOSX/._manifest.json", APPLE_DOUBLE)]
    path = _zip(tmp_path / "Archivo.ismpaq", entries)

    refused = _refusal(path)

    assert not isinstance(refused, PackageDamagedError)
    assert refused.reason == (
        f"tiene los archivos de un paquete y los que agrega una Mac al comprimir («__MACOSX»): "
        f"{REPACKED}"
    )


def test_a_zip_with_a_name_leaving_its_folder_is_never_told_to_be_unzipped(
    unit_package: Path, tmp_path: Path
) -> None:
    package = unit_package.read_bytes()
    path = _zip(tmp_path / "adjuntos.zip", [("a/", None), (A, package), (f"../{B}", package)])

    refused = _refusal(path)

    assert isinstance(refused, PackageDamagedError)
    assert "descomprím" not in refused.reason
