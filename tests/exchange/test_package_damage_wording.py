"""A package damaged or altered after its export is refused in words office staff understand.

Each refusal says plainly what happened and what to do, and keeps the technical detail (which
member, which check) for whoever must look into it; refusals that are not damage keep their own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.exchange.package.reader import read_package
from tests.exchange.package_builders import (
    edit_data,
    members,
    repack,
    with_workbook,
    workbook_with,
    write_zip,
    zip_bytes,
)

PLAIN = "el paquete está dañado o se modificó después de exportarlo"
WHAT_TO_DO = "pida a quien se lo envió que lo exporte de nuevo"

Damage = Callable[[Path, Path], Path]


def _changed_content(source: Path, target: Path) -> Path:
    data = members(source)["datos.json"].replace(b'"ASESOR', b'"ASESER', 1)
    return repack(source, target, replace={"datos.json": data}, rehash=False)


def _other_size(source: Path, target: Path) -> Path:
    data = members(source)["datos.json"] + b" "
    return repack(source, target, replace={"datos.json": data}, rehash=False)


def _extra_member(source: Path, target: Path) -> Path:
    return repack(source, target, extra=[("leeme.txt", b"hola")])


def _missing_member(source: Path, target: Path) -> Path:
    return repack(source, target, drop=["informe.pdf"])


def _missing_manifest(source: Path, target: Path) -> Path:
    content = members(source)
    del content["manifest.json"]
    return write_zip(target, content.items())


def _manifest_not_json(source: Path, target: Path) -> Path:
    content = members(source)
    content["manifest.json"] = b"{no"
    target.write_bytes(zip_bytes(content.items()))
    return target


def _manifest_bad_value(source: Path, target: Path) -> Path:
    def spoil(manifest: dict[str, Any]) -> None:
        manifest["trimestre"] = 5

    return repack(source, target, manifest=spoil)


def _manifest_lists_less(source: Path, target: Path) -> Path:
    def forget_pdf(manifest: dict[str, Any]) -> None:
        manifest["archivos"] = [f for f in manifest["archivos"] if f["nombre"] != "informe.pdf"]

    return repack(source, target, manifest=forget_pdf)


def _cut_in_half(source: Path, target: Path) -> Path:
    whole = source.read_bytes()
    target.write_bytes(whole[: len(whole) // 2])
    return target


def _data_not_json(source: Path, target: Path) -> Path:
    return repack(source, target, replace={"datos.json": b'{"ejercicio": '})


def _data_of_another_year(source: Path, target: Path) -> Path:
    def other_year(data: dict[str, Any]) -> None:
        data["ejercicio"] = 2023

    return edit_data(source, target, other_year)


def _workbook_with_entities(source: Path, target: Path) -> Path:
    part = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "a">]><x>&a;</x>'
    return with_workbook(source, target, workbook_with(source, "xl/styles.xml", part))


@pytest.mark.parametrize(
    ("damage", "detail"),
    [
        (
            _changed_content,
            "el contenido de datos.json no coincide con su huella SHA-256 del manifiesto",
        ),
        (_other_size, "el tamaño de datos.json no coincide con el que declara el manifiesto"),
        (_extra_member, "contiene «leeme.txt», que no corresponde a un paquete de informe"),
        (_missing_member, "al paquete le falta «informe.pdf»"),
        (_missing_manifest, "al paquete le falta «manifest.json»"),
        (
            _manifest_not_json,
            "«manifest.json» no es un JSON válido: en la línea 1, columna 2 hay un error de "
            "sintaxis",
        ),
        (_manifest_bad_value, "el manifiesto del paquete tiene un valor no válido"),
        (
            _manifest_lists_less,
            "la lista de archivos del manifiesto no coincide con el contenido del paquete",
        ),
        (
            _cut_in_half,
            "está incompleto: le falta el final, quizá no terminó de copiarse o de descargarse",
        ),
        (
            _data_not_json,
            "«datos.json» no es un JSON válido: termina antes de tiempo, en la línea 1, "
            "columna 15 (¿está cortado?)",
        ),
        (
            _data_of_another_year,
            "«datos.json» no corresponde al manifiesto (formato, tipo, ejercicio, trimestre, "
            "dependencia o unidad distintos)",
        ),
        (
            _workbook_with_entities,
            "la parte «xl/styles.xml» del libro declara un DOCTYPE o entidades XML "
            "(posible bomba XML)",
        ),
    ],
    ids=lambda value: getattr(value, "__name__", "detail"),
)
def test_damage_is_said_plainly_with_its_detail(
    unit_package: Path, tmp_path: Path, damage: Damage, detail: str
) -> None:
    path = damage(unit_package, tmp_path / "p.ismpaq")

    with pytest.raises(PackageRefusedError) as caught:
        read_package(path)

    assert caught.value.reason == f"{PLAIN} ({detail}); {WHAT_TO_DO}"
    assert str(caught.value).startswith("«p.ismpaq")


def test_a_newer_format_is_not_called_damage(unit_package: Path, tmp_path: Path) -> None:
    def newer(manifest: dict[str, Any]) -> None:
        manifest["version_formato"] = 2

    path = repack(unit_package, tmp_path / "p.ismpaq", manifest=newer)

    with pytest.raises(PackageRefusedError) as caught:
        read_package(path)

    assert caught.value.reason == (
        "el paquete tiene el formato 2; este programa lee hasta el 1. Actualice ISM Avance"
    )


def test_a_workbook_sent_as_a_package_is_not_called_damage(
    unit_package: Path, tmp_path: Path
) -> None:
    path = tmp_path / "libro.ismpaq"
    path.write_bytes(members(unit_package)["informe.xlsx"])

    with pytest.raises(PackageRefusedError) as caught:
        read_package(path)

    assert caught.value.reason.startswith("es un libro de Excel, no un paquete")
    assert "dañado" not in caught.value.reason


def test_a_missing_file_is_not_called_damage(tmp_path: Path) -> None:
    with pytest.raises(PackageRefusedError) as caught:
        read_package(tmp_path / "no.ismpaq")

    assert caught.value.reason == "el archivo no existe"


def test_the_detail_alone_stays_reachable(unit_package: Path, tmp_path: Path) -> None:
    """For a log, or a person who investigates, without the plain sentence around it."""
    path = _other_size(unit_package, tmp_path / "p.ismpaq")

    with pytest.raises(PackageRefusedError) as caught:
        read_package(path)

    assert getattr(caught.value, "detail", None) == (
        "el tamaño de datos.json no coincide con el que declara el manifiesto"
    )
