"""The hostile-zip guard: every trick is refused from the central directory or while streaming."""

from __future__ import annotations

import stat
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.exchange.package.zip_guard import MIB, ZipLimits, open_guarded
from tests.exchange.package_builders import write_zip

LIMITS = ZipLimits(max_entries=8, max_entry_bytes=64 * MIB, max_total_bytes=96 * MIB, max_ratio=100)


def _refusal(path: Path | bytes, limits: ZipLimits = LIMITS) -> str:
    with pytest.raises(PackageRefusedError) as caught, open_guarded(path, limits, "p.zip"):
        pass
    return caught.value.reason


def _zeros_entry(path: Path, name: str, megabytes: int) -> None:
    """A real zip bomb: ``megabytes`` of zeros compressed, written without holding them."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w") as stream:
            block = bytes(MIB)
            for _ in range(megabytes):
                stream.write(block)


def test_a_text_file_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "p.zip"
    path.write_text("hola", encoding="utf-8")

    assert _refusal(path) == "no es un archivo zip válido"


def test_a_truncated_zip_is_not_a_zip(tmp_path: Path) -> None:
    whole = write_zip(tmp_path / "whole.zip", [("datos.json", b"{}" * 1000)]).read_bytes()
    path = tmp_path / "p.zip"
    path.write_bytes(whole[: len(whole) // 2])

    assert _refusal(path) == "no es un archivo zip válido"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../x", "la entrada «../x» saldría de la carpeta del paquete"),
        ("a/../../x", "la entrada «a/../../x» saldría de la carpeta del paquete"),
        ("/etc/passwd", "la entrada «/etc/passwd» es una ruta absoluta"),
        ("C:/Windows/x.dll", "la entrada «C:/Windows/x.dll» es una ruta absoluta"),
        ("..\\x", "la entrada «..\\x» usa barras invertidas en su nombre"),
        ("carpeta/", "la entrada «carpeta/» es una carpeta"),
        ("a//b", "la entrada «a//b» tiene un nombre no válido"),
        ("a\x07b", "la entrada «a?b» tiene un nombre no válido"),
    ],
)
def test_names_that_would_leave_the_folder_are_refused(
    tmp_path: Path, name: str, reason: str
) -> None:
    path = write_zip(tmp_path / "p.zip", [("manifest.json", b"{}"), (name, b"x")])

    assert _refusal(path) == reason


def test_a_symbolic_link_is_refused(tmp_path: Path) -> None:
    link = zipfile.ZipInfo("datos.json")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = write_zip(tmp_path / "p.zip", [(link, b"/etc/passwd")])

    assert _refusal(path) == "la entrada «datos.json» es un enlace simbólico"


def test_duplicate_names_are_refused(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "p.zip", [("datos.json", b"{}"), ("datos.json", b"[]")])

    assert _refusal(path) == "la entrada «datos.json» está repetida"


def test_too_many_entries_are_refused_before_the_directory_is_read(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "p.zip", [(f"f{i}", b"") for i in range(9)])

    assert _refusal(path) == "tiene 9 entradas; se admiten 8"


def test_an_encrypted_entry_is_refused(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "p.zip", [("datos.json", b"{}")])
    data = bytearray(path.read_bytes())
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 0x1  # general purpose flag: encrypted
    path.write_bytes(bytes(data))

    assert _refusal(path) == "la entrada «datos.json» está cifrada"


def test_an_unusual_compression_is_refused(tmp_path: Path) -> None:
    info = zipfile.ZipInfo("datos.json")
    info.compress_type = zipfile.ZIP_BZIP2
    path = write_zip(tmp_path / "p.zip", [(info, b"{}")])

    assert _refusal(path) == "la entrada «datos.json» usa un método de compresión no admitido"


def test_a_zip_bomb_is_refused_without_being_expanded(tmp_path: Path) -> None:
    path = tmp_path / "p.zip"
    _zeros_entry(path, "datos.json", 50)
    assert path.stat().st_size < MIB  # 50 MB of zeros squeeze into ~50 KB

    tracemalloc.start()
    try:
        reason = _refusal(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert reason.startswith("la entrada «datos.json» crecería ")
    assert reason.endswith(" veces al descomprimirse (parece una bomba zip)")
    assert peak < MIB


def test_an_entry_declaring_too_much_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.zip"
    _zeros_entry(path, "datos.json", 65)

    reason = _refusal(path, LIMITS)

    assert (
        reason == "la entrada «datos.json» ocuparía 65.0 MB al descomprimirse (se admiten 64.0 MB)"
    )


def _understate(path: Path, declared: int) -> None:
    """Make the one entry of a zip claim ``declared`` bytes in both of its headers."""
    data = bytearray(path.read_bytes())
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<L", data, local + 22, declared)
    struct.pack_into("<L", data, central + 24, declared)
    path.write_bytes(bytes(data))


def test_an_entry_lying_about_its_size_stops_at_what_it_declared(tmp_path: Path) -> None:
    path = tmp_path / "p.zip"
    _zeros_entry(path, "datos.json", 50)
    _understate(path, 1000)

    tracemalloc.start()
    try:
        with (
            pytest.raises(PackageRefusedError) as caught,
            open_guarded(path, LIMITS, "p.zip") as archive,
        ):
            b"".join(archive.chunks("datos.json"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert caught.value.reason == "la entrada «datos.json» está dañada"
    assert peak < 2 * MIB


def test_reading_is_bounded_by_the_callers_limit(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "p.zip", [("datos.json", b"x" * 5000)])

    with (
        pytest.raises(PackageRefusedError) as caught,
        open_guarded(path, LIMITS, "p.zip") as archive,
    ):
        archive.read("datos.json", 4096)

    assert caught.value.reason == "«datos.json» ocupa 4.9 KB; se admiten 4.0 KB"


def test_a_good_zip_reads_back_in_chunks(tmp_path: Path) -> None:
    body = bytes(range(256)) * 1000
    path = write_zip(tmp_path / "p.zip", [("datos.json", body)])

    with open_guarded(path, LIMITS, "p.zip") as archive:
        chunks = list(archive.chunks("datos.json"))

    assert b"".join(chunks) == body
    assert max(len(chunk) for chunk in chunks) <= 64 * 1024


def _small_zip(tmp_path: Path, compression: int) -> tuple[Path, bytes]:
    body = b"<worksheet>" + b"<c>1</c>" * 500 + b"</worksheet>"
    path = tmp_path / "p.zip"
    with zipfile.ZipFile(path, "w", compression) as archive:
        archive.writestr("xl/sheet.xml", body)
    return path, body


def _read_all(source: Path | bytes) -> bytes:
    with open_guarded(source, LIMITS, "p.zip") as archive:
        return b"".join(archive.chunks("xl/sheet.xml"))


@pytest.mark.parametrize("compression", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_a_small_entry_in_memory_reads_as_from_the_file(tmp_path: Path, compression: int) -> None:
    path, body = _small_zip(tmp_path, compression)

    assert _read_all(path.read_bytes()) == _read_all(path) == body


@pytest.mark.parametrize(
    ("offset", "what"),
    [
        (14, "CRC-32 of the local header and the central directory"),
        (-30, "a byte of the packed data"),
        (30, "the name in the local header"),
    ],
)
@pytest.mark.parametrize("compression", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_a_damaged_small_entry_in_memory_is_refused_as_from_the_file(
    tmp_path: Path, offset: int, what: str, compression: int
) -> None:
    path, _ = _small_zip(tmp_path, compression)
    data = bytearray(path.read_bytes())
    central = data.find(b"PK\x01\x02")
    if offset == 14:  # both headers agree on a wrong CRC: only the data can tell
        struct.pack_into("<L", data, 14, 0x1234)
        struct.pack_into("<L", data, central + 16, 0x1234)
    elif offset < 0:
        data[central + offset] ^= 0xFF
    else:
        data[offset] = ord("X")
    path.write_bytes(bytes(data))

    with pytest.raises(PackageRefusedError) as in_memory:
        _read_all(bytes(data))
    with pytest.raises(PackageRefusedError) as from_file:
        _read_all(path)

    assert (
        in_memory.value.reason
        == from_file.value.reason
        == ("la entrada «xl/sheet.xml» está dañada")
    ), what
