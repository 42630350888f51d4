"""Zip bombs made by code, received at a real coordinator database: refused, nothing expanded.

What stops them is the caps on the declared sizes (of each entry, of the data member, of the
whole) and reads bounded by what each entry declared; not the compression ratio, which honest
data compresses beyond as well (the last test).
"""

from __future__ import annotations

import hashlib
import json
import tracemalloc
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from ism_desktop.exchange.intake.packages import receive_packages
from ism_desktop.exchange.package.reader import read_package
from ism_desktop.exchange.package.zip_guard import MIB
from ism_desktop.store.store import Store
from tests.exchange.package_builders import coordinator_file, damaged, edit_data, members

# An entry of ``size`` zeros: ``(name, size)``; or real bytes: ``(name, content)``.
Member = tuple[str, int | bytes]
# Around the failed check, when only its start and end are known.
_DAMAGED = "«p.ismpaq»: el paquete está dañado o se modificó después de exportarlo ("
_REDO = "); pida a quien se lo envió que lo exporte de nuevo"
_SENTENCE = "Se dio seguimiento a las solicitudes de información pública, en tiempo y en forma. "


def _zeros_digest(size: int) -> str:
    digest = hashlib.sha256()
    block = bytes(MIB)
    for _ in range(size // MIB):
        digest.update(block)
    digest.update(bytes(size % MIB))
    return digest.hexdigest()


def _write(path: Path, entries: Iterable[Member]) -> Path:
    """A zip whose zeros are streamed in (never held whole), compressed fast."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, content in entries:
            with archive.open(name, "w") as stream:
                if isinstance(content, bytes):
                    stream.write(content)
                    continue
                block = bytes(MIB)
                for _ in range(content // MIB):
                    stream.write(block)
                stream.write(bytes(content % MIB))
    return path


def _bomb(source: Path, path: Path, data_bytes: int, extra: Iterable[Member] = ()) -> Path:
    """The real package with ``datos.json`` replaced by zeros, its manifest telling the truth."""
    content = members(source)
    manifest: dict[str, Any] = json.loads(content.pop("manifest.json"))
    for item in manifest["archivos"]:
        if item["nombre"] == "datos.json":
            item["bytes"], item["sha256"] = data_bytes, _zeros_digest(data_bytes)
    return _write(
        path,
        [
            ("manifest.json", json.dumps(manifest).encode()),
            ("datos.json", data_bytes),
            ("informe.pdf", content["informe.pdf"]),
            ("informe.xlsx", content["informe.xlsx"]),
            *extra,
        ],
    )


def _declare(path: Path, name: str, size: int) -> None:
    """Make entry ``name`` declare ``size`` bytes in both its headers (a header that lies)."""
    with zipfile.ZipFile(path) as archive:
        offset = archive.getinfo(name).header_offset
    data = bytearray(path.read_bytes())
    data[offset + 22 : offset + 26] = size.to_bytes(4, "little")
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        length = int.from_bytes(data[central + 28 : central + 30], "little")
        if data[central + 46 : central + 46 + length] == name.encode():
            data[central + 24 : central + 28] = size.to_bytes(4, "little")
        central = data.find(b"PK\x01\x02", central + 46)
    path.write_bytes(bytes(data))


def _refused_at_coordinator(seed_text: str, tmp_path: Path, package: Path) -> tuple[str, int]:
    """The refusal of receiving ``package`` at a real database, which must stay byte for byte."""
    database = coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
    before = database.read_bytes()
    with Store.open(database) as store:
        tracemalloc.start()
        try:
            (outcome,) = receive_packages(store, [package])
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert database.read_bytes() == before
    assert outcome.error is not None
    assert not outcome.applied
    return outcome.error, peak


def test_a_data_file_declaring_more_than_any_entry_may_is_refused_unread(
    unit_package: Path, seed_text: str, tmp_path: Path
) -> None:
    package = _bomb(unit_package, tmp_path / "p.ismpaq", 65 * MIB)
    assert package.stat().st_size < MIB  # 65 MB of zeros: a few hundred KB

    error, peak = _refused_at_coordinator(seed_text, tmp_path, package)

    assert error == "«p.ismpaq»: " + damaged(
        "la entrada «datos.json» ocuparía 65.0 MB al descomprimirse (se admiten 64.0 MB)"
    )
    assert peak < 2 * MIB


def test_a_data_file_over_its_own_cap_is_refused_unread(
    unit_package: Path, seed_text: str, tmp_path: Path
) -> None:
    package = _bomb(unit_package, tmp_path / "p.ismpaq", 49 * MIB)

    error, peak = _refused_at_coordinator(seed_text, tmp_path, package)

    assert error == "«p.ismpaq»: " + damaged("«datos.json» es demasiado grande")
    assert peak < 2 * MIB


def test_a_data_file_declaring_less_than_its_manifest_is_refused_unread(
    unit_package: Path, seed_text: str, tmp_path: Path
) -> None:
    package = _bomb(unit_package, tmp_path / "p.ismpaq", 60 * MIB)
    _declare(package, "datos.json", 1000)
    with zipfile.ZipFile(package) as archive:
        assert archive.getinfo("datos.json").file_size == 1000

    error, peak = _refused_at_coordinator(seed_text, tmp_path, package)

    # The manifest says 60 MB: one of the two lies, and that is seen before any reading.
    assert error == "«p.ismpaq»: " + damaged(
        "el tamaño de datos.json no coincide con el que declara el manifiesto"
    )
    assert peak < 2 * MIB


@pytest.mark.parametrize("declared", [1000, 2 * MIB])
def test_a_data_file_lying_with_its_manifest_stops_at_what_it_declared(
    unit_package: Path, seed_text: str, tmp_path: Path, declared: int
) -> None:
    package = _bomb(unit_package, tmp_path / "p.ismpaq", 60 * MIB)
    content = members(package)  # reads by the declaration: 60 MB are not inflated here
    manifest = json.loads(content["manifest.json"])
    for item in manifest["archivos"]:
        if item["nombre"] == "datos.json":
            item["bytes"] = declared
    _write(
        package,
        [
            ("manifest.json", json.dumps(manifest).encode()),
            ("datos.json", 60 * MIB),
            ("informe.pdf", content["informe.pdf"]),
            ("informe.xlsx", content["informe.xlsx"]),
        ],
    )
    _declare(package, "datos.json", declared)

    error, peak = _refused_at_coordinator(seed_text, tmp_path, package)

    assert error == "«p.ismpaq»: " + damaged("la entrada «datos.json» está dañada")
    # At most what it declared was inflated, not the 60 MB it holds.
    assert peak < declared + 2 * MIB


def test_too_many_entries_are_refused(unit_package: Path, seed_text: str, tmp_path: Path) -> None:
    extra = [(f"extra{n}.txt", b"x") for n in range(5)]
    package = _bomb(unit_package, tmp_path / "p.ismpaq", 1000, extra)

    error, _ = _refused_at_coordinator(seed_text, tmp_path, package)

    assert error == "«p.ismpaq»: " + damaged("tiene 9 entradas; se admiten 8")


def test_a_whole_over_the_total_cap_is_refused_unread(
    unit_package: Path, seed_text: str, tmp_path: Path
) -> None:
    # Each under the 64 MB an entry may hold; together over the 192 MB a package may.
    extra = [("a.bin", 64 * MIB), ("b.bin", 64 * MIB), ("c.bin", 64 * MIB)]
    package = _bomb(unit_package, tmp_path / "p.ismpaq", 1000, extra)
    assert package.stat().st_size < 2 * MIB

    error, peak = _refused_at_coordinator(seed_text, tmp_path, package)

    assert error.startswith(f"{_DAMAGED}ocuparía 192.")
    assert error.endswith(f" MB al descomprimirse (se admiten 192.0 MB){_REDO}")
    assert peak < 2 * MIB


def test_honest_data_compressing_like_a_bomb_is_read(unit_package: Path, tmp_path: Path) -> None:
    """A narrative's history, each autosave repeating the text so far: hundreds to one."""

    def history(data: dict[str, Any]) -> None:
        text, rows = "", []
        for _ in range(200):
            old, text = text, text + _SENTENCE
            rows.append({"campo": "evaluacion.t1", "antes": old, "despues": text})
        data["metas"][0]["historial"] = rows

    package = edit_data(unit_package, tmp_path / "p.ismpaq", history)
    with zipfile.ZipFile(package) as archive:
        info = archive.getinfo("datos.json")
    assert info.file_size > 2 * MIB
    assert info.file_size > 200 * info.compress_size

    contents = read_package(package)

    assert len(contents.data["metas"][0]["historial"]) == 200


# Values of five shapes, each a few bytes: a flood the parser would build one object each of.
FLOODS = {
    "decimales": b"0.0,",
    "enteros": b"0,",
    "listas": b"[],",
    "objetos": b'{"a":0},',
    "textos": b'"",',
}


def _flooded(source: Path, path: Path, unit: bytes, size: int) -> Path:
    """The real package with ``datos.json`` a list of ``size`` bytes of one value repeated."""
    data = b"[" + unit * ((size - 2) // len(unit)) + b"0]"
    content = members(source)
    manifest: dict[str, Any] = json.loads(content.pop("manifest.json"))
    for item in manifest["archivos"]:
        if item["nombre"] == "datos.json":
            item["bytes"], item["sha256"] = len(data), hashlib.sha256(data).hexdigest()
    content["datos.json"] = data
    return _write(path, [("manifest.json", json.dumps(manifest).encode()), *content.items()])


@pytest.mark.parametrize("shape", sorted(FLOODS))
def test_a_flood_of_small_values_is_refused_before_it_is_built(
    unit_package: Path, seed_text: str, tmp_path: Path, shape: str
) -> None:
    # 48 MB of «0.0,» under the data cap, a 100 KB attachment, built twelve million decimals
    # (1.6 GB) before the data's shape was looked at. Here 10 MB: two and a half million.
    size = 10 * MIB
    package = _flooded(unit_package, tmp_path / "p.ismpaq", FLOODS[shape], size)
    assert package.stat().st_size < size // 50

    error, peak = _refused_at_coordinator(seed_text, tmp_path, package)

    assert error.startswith(f"{_DAMAGED}«datos.json» tiene unos ")
    assert error.endswith(
        f" valores en 10.0 MB: son demasiados para los datos de una unidad{_REDO}"
    )
    assert peak < 4 * size  # the bytes and a copy of them: no object per value


def test_honest_data_past_the_scanned_size_is_read(unit_package: Path, tmp_path: Path) -> None:
    """Long narratives naming places and figures, ten megabytes of them."""
    line = (
        "Se atendieron: 12 solicitudes de Hermosillo, 15 de Cajeme, 18 de Navojoa y 20 de "
        "Guaymas, en tiempo y en forma; no hubo rezago al cierre del trimestre. "
    )

    def history(data: dict[str, Any]) -> None:
        text = line * 250
        data["metas"][0]["historial"] = [
            {"campo": "evaluacion.t1", "antes": f"{n} {text}", "despues": f"{n + 1} {text}"}
            for n in range(260)
        ]

    package = edit_data(unit_package, tmp_path / "p.ismpaq", history)
    with zipfile.ZipFile(package) as archive:
        assert archive.getinfo("datos.json").file_size > 9 * MIB

    contents = read_package(package)

    assert len(contents.data["metas"][0]["historial"]) == 260
