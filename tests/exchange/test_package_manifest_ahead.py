"""A batch's manifests read ahead: a small package from memory, a large one from disk, alike."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ism_desktop.exchange.package import reader, zip_guard
from ism_desktop.exchange.package.reader import read_manifest, read_package


def _opened(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What each zip of the reader is opened from, as it opens them."""
    opened: list[object] = []
    real = zip_guard.open_guarded

    def spy(source: Path | bytes, *args: Any, **kwargs: Any) -> Any:
        opened.append(source)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(reader, "open_guarded", spy)
    return opened


def test_a_small_package_is_read_from_memory_and_gives_the_manifest_read_whole(
    unit_package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = _opened(monkeypatch)

    manifest = read_manifest(unit_package)

    assert opened == [unit_package.read_bytes()]
    assert manifest == read_package(unit_package).manifest


def test_a_package_over_the_cap_is_opened_from_disk_with_the_same_manifest(
    unit_package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from_memory = read_manifest(unit_package)
    opened = _opened(monkeypatch)
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
