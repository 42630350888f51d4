"""A batch's manifests read ahead: a small package from memory, a large one from disk, alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.exchange.package import reader
from ism_desktop.exchange.package.reader import read_manifest, read_package
from tests.exchange.package_builders import opened_zips


def test_a_small_package_is_read_from_memory_and_gives_the_manifest_read_whole(
    unit_package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = opened_zips(monkeypatch)

    manifest = read_manifest(unit_package)

    assert opened == [unit_package.read_bytes()]
    assert manifest == read_package(unit_package).manifest


def test_a_package_over_the_cap_is_opened_from_disk_with_the_same_manifest(
    unit_package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from_memory = read_manifest(unit_package)
    opened = opened_zips(monkeypatch)
    monkeypatch.setattr(reader, "_AHEAD_IN_MEMORY_BYTES", unit_package.stat().st_size - 1)

    assert read_manifest(unit_package) == from_memory
    assert opened == [unit_package]


def test_damage_read_ahead_from_memory_gives_no_manifest(
    unit_package: Path, tmp_path: Path
) -> None:
    data = bytearray(unit_package.read_bytes())
    start = data.index(b"manifest.json") + len(b"manifest.json")
    data[start + 40] ^= 0xFF  # inside the manifest's compressed bytes: its CRC-32 fails
    damaged = tmp_path / unit_package.name
    damaged.write_bytes(bytes(data))

    assert read_manifest(damaged) is None
