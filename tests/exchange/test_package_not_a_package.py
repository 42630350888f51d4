"""A file that is no package at all is said as such, never as a damaged package.

Asking the sender to export again helps nothing when the file is a PDF, the official report's
text, or a package zipped once more by a mail program: the refusal says what the file is not,
and what to do with it instead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.exchange.package.reader import read_package
from tests.exchange.package_builders import members, write_zip

NOT_A_PACKAGE = "no es un paquete de ISM Avance (.ismpaq)"
OFFICIAL_REPORT = (
    f"{NOT_A_PACKAGE}; si es el informe oficial, impórtelo con import-etca o "
    "Archivo → Importar informe oficial…"
)
DAMAGED = "el paquete está dañado o se modificó después de exportarlo"

Make = Callable[[Path, Path, str], Path]


def _reason(path: Path) -> str:
    with pytest.raises(PackageRefusedError) as caught:
        read_package(path)
    assert str(caught.value).startswith(f"«{path.name}»: ")
    return caught.value.reason


def _pdf(package: Path, folder: Path, _seed: str) -> Path:
    path = folder / "informe.ismpaq"
    path.write_bytes(members(package)["informe.pdf"])
    return path


def _official_report_txt(_package: Path, folder: Path, seed: str) -> Path:
    path = folder / "ETCA-III-04_2024_T1.txt"
    path.write_text(seed, encoding="utf-8")
    return path


def _text_renamed(_package: Path, folder: Path, _seed: str) -> Path:
    path = folder / "notas.ismpaq"
    path.write_text("Avance del trimestre: pendiente\n", encoding="utf-8")
    return path


def _zip_of_other_files(_package: Path, folder: Path, _seed: str) -> Path:
    return write_zip(folder / "fotos.zip", [("foto.jpg", b"\xff\xd8\xff"), ("leeme.txt", b"x")])


def _empty_zip(_package: Path, folder: Path, _seed: str) -> Path:
    return write_zip(folder / "vacio.zip", [])


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_pdf, NOT_A_PACKAGE),
        (_official_report_txt, OFFICIAL_REPORT),
        (_text_renamed, NOT_A_PACKAGE),
        (_zip_of_other_files, NOT_A_PACKAGE),
        (_empty_zip, NOT_A_PACKAGE),
    ],
    ids=lambda value: getattr(value, "__name__", "reason"),
)
def test_a_file_that_is_no_package_is_not_called_damaged(
    unit_package: Path, tmp_path: Path, seed_text: str, make: Make, reason: str
) -> None:
    path = make(unit_package, tmp_path, seed_text)

    assert _reason(path) == reason


@pytest.mark.parametrize("name", ["ETCA-III-04_2024_T1_unidad_004.ismpaq", "adjunto.zip"])
def test_an_empty_file_is_said_empty_not_another_kind_of_file(tmp_path: Path, name: str) -> None:
    # A copy to a USB stick pulled out too soon, or a download that failed, leaves 0 bytes
    # under the package's own name: «no es un paquete» would contradict the name it bears.
    path = tmp_path / name
    path.write_bytes(b"")

    assert _reason(path) == (
        "el archivo está vacío (0 bytes): quizá no terminó de copiarse o de descargarse; "
        "pida que se lo envíen de nuevo"
    )


@pytest.mark.parametrize("inner", ["ETCA-III-04_2024_T1_unidad_004.ismpaq", "Paquete 004.ISMPAQ"])
def test_a_package_zipped_again_says_to_unzip_it(
    unit_package: Path, tmp_path: Path, inner: str
) -> None:
    path = write_zip(tmp_path / "adjunto.zip", [(inner, unit_package.read_bytes())])

    assert _reason(path) == f"contiene el paquete «{inner}»: descomprímalo y reciba ese archivo"


@pytest.mark.parametrize(
    "make",
    [
        lambda package, folder: folder.joinpath("p.ismpaq").write_bytes(b"PK\x03\x04" + bytes(200)),
        lambda package, folder: write_zip(
            folder / "p.ismpaq", [("datos.json", members(package)["datos.json"])]
        ),
    ],
    ids=["starts_as_a_zip", "some_members_without_manifest"],
)
def test_what_starts_as_a_package_is_still_damage(
    unit_package: Path, tmp_path: Path, make: Callable[[Path, Path], object]
) -> None:
    make(unit_package, tmp_path)

    assert _reason(tmp_path / "p.ismpaq").startswith(DAMAGED)
