"""Reading a package before any database: manifest, members, checksums, data header, workbook."""

from __future__ import annotations

import io
import json
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

import pytest

from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.exchange.package.manifest import PackageDamagedError, PackageRefusedError
from ism_desktop.exchange.package.reader import read_package
from ism_desktop.exchange.package.zip_guard import CHUNK_BYTES, MIB
from tests.exchange.package_builders import (
    damaged,
    edit_data,
    members,
    repack,
    with_workbook,
    workbook_with,
    zip_bytes,
)

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<worksheet>&lol3;</worksheet>
"""


def _reason(path: Path) -> str:
    with pytest.raises(PackageRefusedError) as caught:
        read_package(path)
    return caught.value.reason


def _detail(path: Path) -> str:
    """The failed check of a package refused as damaged, after its plain sentence."""
    with pytest.raises(PackageDamagedError) as caught:
        read_package(path)
    assert caught.value.reason == damaged(caught.value.detail)
    return caught.value.detail


def test_a_real_package_reads_back(unit_package: Path) -> None:
    contents = read_package(unit_package)

    assert contents.manifest.kind is PackageKind.REPORT
    assert contents.manifest.sequence == 1
    assert contents.source == "ETCA-III-04_2024_T1_unidad_004.ismpaq"
    assert len(contents.data["metas"]) == 7


def test_a_manifest_without_kind_is_a_report(unit_package: Path, tmp_path: Path) -> None:
    def drop_kind(manifest: dict[str, Any]) -> None:
        del manifest["tipo"]

    path = repack(unit_package, tmp_path / "p.zip", manifest=drop_kind)

    assert read_package(path).manifest.kind is PackageKind.REPORT


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    assert _reason(tmp_path / "no.zip") == "el archivo no existe"


def test_a_changed_member_fails_its_checksum(unit_package: Path, tmp_path: Path) -> None:
    data = members(unit_package)["datos.json"].replace(b'"ASESOR', b'"ASESER', 1)
    path = repack(unit_package, tmp_path / "p.zip", replace={"datos.json": data}, rehash=False)

    assert _detail(path) == (
        "el contenido de datos.json no coincide con su huella SHA-256 del manifiesto"
    )


def test_a_member_of_another_size_is_refused(unit_package: Path, tmp_path: Path) -> None:
    data = members(unit_package)["datos.json"] + b" "
    path = repack(unit_package, tmp_path / "p.zip", replace={"datos.json": data}, rehash=False)

    assert _detail(path) == "el tamaño de datos.json no coincide con el que declara el manifiesto"


def test_a_newer_format_is_refused(unit_package: Path, tmp_path: Path) -> None:
    def newer(manifest: dict[str, Any]) -> None:
        manifest["version_formato"] = 2

    path = repack(unit_package, tmp_path / "p.zip", manifest=newer)

    assert _reason(path) == (
        "el paquete tiene el formato 2; este programa lee hasta el 1. Actualice ISM Avance"
    )


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        ("tipo", "otro", "el tipo de paquete «otro» no existe"),
        ("trimestre", 5, "el manifiesto del paquete tiene un valor no válido"),
        ("secuencia", "x", "el número de envío «x» no es un número entero"),
        ("entidad", "../30", "la dependencia «../30» del manifiesto no es válida"),
        ("creado", "x" * 100, "la fecha del manifiesto no es válida"),
    ],
)
def test_a_bad_manifest_is_refused(
    unit_package: Path, tmp_path: Path, key: str, value: object, reason: str
) -> None:
    def spoil(manifest: dict[str, Any]) -> None:
        manifest[key] = value

    assert _detail(repack(unit_package, tmp_path / "p.zip", manifest=spoil)) == reason


def test_a_manifest_that_is_not_json_is_refused(unit_package: Path, tmp_path: Path) -> None:
    content = members(unit_package)
    content["manifest.json"] = b"{no"
    (tmp_path / "p.zip").write_bytes(zip_bytes(content.items()))

    assert _detail(tmp_path / "p.zip") == (
        "«manifest.json» no es un JSON válido: en la línea 1, columna 2 hay un error de sintaxis"
    )


def test_an_unexpected_member_is_refused(unit_package: Path, tmp_path: Path) -> None:
    path = repack(unit_package, tmp_path / "p.zip", extra=[("leeme.txt", b"hola")])

    assert _detail(path) == "contiene «leeme.txt», que no corresponde a un paquete de informe"


def test_a_missing_member_is_refused(unit_package: Path, tmp_path: Path) -> None:
    path = repack(unit_package, tmp_path / "p.zip", drop=["informe.pdf"])

    assert _detail(path) == "al paquete le falta «informe.pdf»"


def test_a_pdf_that_is_not_a_pdf_is_refused(unit_package: Path, tmp_path: Path) -> None:
    path = repack(unit_package, tmp_path / "p.zip", replace={"informe.pdf": b"MZ\x90\x00"})

    assert _detail(path) == "«informe.pdf» no es un PDF"


def test_data_of_another_period_than_its_manifest_is_refused(
    unit_package: Path, tmp_path: Path
) -> None:
    def other_year(data: dict[str, Any]) -> None:
        data["ejercicio"] = 2023

    path = edit_data(unit_package, tmp_path / "p.zip", other_year)

    assert _detail(path).startswith("«datos.json» no corresponde al manifiesto")


def test_runaway_nesting_in_the_data_is_refused(unit_package: Path, tmp_path: Path) -> None:
    nested = b"[" * 100_000 + b"]" * 100_000
    path = repack(unit_package, tmp_path / "p.zip", replace={"datos.json": nested})

    assert _detail(path) == (
        "«datos.json» no es un JSON válido: anida demasiados niveles de listas u objetos"
    )


def test_nan_in_the_data_is_refused(unit_package: Path, tmp_path: Path) -> None:
    data = json.loads(members(unit_package)["datos.json"])
    text = json.dumps(data).replace('"ejercicio": 2024', '"ejercicio": NaN', 1).encode()
    path = repack(unit_package, tmp_path / "p.zip", replace={"datos.json": text})

    assert _detail(path).startswith("«datos.json» no es un JSON válido: en la línea 1, columna ")
    assert _detail(path).endswith(" trae «NaN», que no es una cifra")


def test_a_workbook_declaring_entities_is_refused(unit_package: Path, tmp_path: Path) -> None:
    workbook = workbook_with(unit_package, "xl/worksheets/sheet1.xml", BILLION_LAUGHS)
    path = with_workbook(unit_package, tmp_path / "p.zip", workbook)

    with pytest.raises(PackageDamagedError) as caught:
        read_package(path)

    assert caught.value.source == "p.zip › informe.xlsx"
    assert caught.value.detail == (
        "la parte «xl/worksheets/sheet1.xml» del libro declara un DOCTYPE o entidades XML "
        "(posible bomba XML)"
    )


def test_a_doctype_across_two_chunks_is_found(unit_package: Path, tmp_path: Path) -> None:
    part = b'<?xml version="1.0"?>' + b" " * (CHUNK_BYTES - 25) + b"<!DOCTYPE x []><x/>"
    workbook = workbook_with(unit_package, "xl/styles.xml", part)

    path = with_workbook(unit_package, tmp_path / "p.zip", workbook)

    assert "declara un DOCTYPE" in _detail(path)


def test_a_wide_encoded_part_is_refused(unit_package: Path, tmp_path: Path) -> None:
    part = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x><x/>'.encode("utf-16")
    workbook = workbook_with(unit_package, "xl/styles.xml", part)

    path = with_workbook(unit_package, tmp_path / "p.zip", workbook)

    assert _detail(path) == "la parte «xl/styles.xml» del libro no está codificada en UTF-8"


def test_a_workbook_that_is_not_a_zip_is_refused(unit_package: Path, tmp_path: Path) -> None:
    path = with_workbook(unit_package, tmp_path / "p.zip", b"PK no soy un libro")

    assert _detail(path) == "no es un libro de Excel (.xlsx)"


def test_a_workbook_escaping_its_folder_is_refused(unit_package: Path, tmp_path: Path) -> None:
    workbook = workbook_with(unit_package, "../../evil.xml", b"<x/>")
    path = with_workbook(unit_package, tmp_path / "p.zip", workbook)

    assert _detail(path) == "la entrada «../../evil.xml» saldría de la carpeta del paquete"


def test_a_bomb_inside_the_workbook_is_not_expanded(unit_package: Path, tmp_path: Path) -> None:
    workbook = workbook_with(unit_package, "xl/worksheets/sheet3.xml", bytes(30 * MIB))
    path = with_workbook(unit_package, tmp_path / "p.zip", workbook)

    tracemalloc.start()
    try:
        reason = _detail(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    # Never parsed, only streamed: zeros are not XML, and the first chunk says so.
    assert reason == "la parte «xl/worksheets/sheet3.xml» del libro no está codificada en UTF-8"
    assert peak < 2 * MIB


def test_a_workbook_part_declaring_too_much_is_refused_unread(
    unit_package: Path, tmp_path: Path
) -> None:
    workbook = workbook_with(unit_package, "xl/worksheets/sheet3.xml", bytes(65 * MIB))
    path = with_workbook(unit_package, tmp_path / "p.zip", workbook)

    tracemalloc.start()
    try:
        reason = _detail(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert reason == (
        "la entrada «xl/worksheets/sheet3.xml» ocuparía 65.0 MB al descomprimirse (se admiten "
        "64.0 MB)"
    )
    assert peak < 2 * MIB


def test_a_workbook_part_compressing_like_a_bomb_is_kept(
    unit_package: Path, tmp_path: Path
) -> None:
    """Long repeated narratives in the shared strings: the package's workbook is only kept."""
    text = b"<t>" + b"Se dio seguimiento en tiempo y en forma. " * 500 + b"</t>"
    strings = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<sst>' + b"<si>" + text * 60 + b"</si></sst>"
    )
    workbook = workbook_with(unit_package, "xl/extra.xml", strings)
    path = with_workbook(unit_package, tmp_path / "p.zip", workbook)
    info = zipfile.ZipFile(io.BytesIO(workbook)).getinfo("xl/extra.xml")
    assert info.file_size > MIB
    assert info.file_size > 200 * info.compress_size

    assert read_package(path).manifest.sequence == 1
