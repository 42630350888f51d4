"""Data that is not JSON: the refusal says where, and why (cut, BOM, other encoding, NaN)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.exchange.intake.packages import check_package
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.exchange.package.reader import parse_json
from ism_desktop.store.store import Store
from tests.exchange.package_builders import members, repack


def _reason(store: Store, path: Path) -> str:
    with pytest.raises(PackageRefusedError) as caught:
        check_package(store, path)
    return caught.value.reason


def _json_reason(raw: bytes) -> str:
    with pytest.raises(PackageRefusedError) as caught:
        parse_json(raw, "p.ismpaq", "datos.json")
    return caught.value.reason


def test_a_constant_that_is_no_figure_is_placed() -> None:
    reason = _json_reason(b'{"a": "NaN",\n "b": [1, NaN]}')

    assert "NaN" in reason
    assert "línea 2, columna 11" in reason


def test_a_cut_json_says_where_it_ends() -> None:
    reason = _json_reason(b'{"metas": [\n  {"id": "ab"')

    assert "línea 2" in reason
    assert "columna" in reason


def test_a_byte_order_mark_is_said_plainly() -> None:
    reason = _json_reason(b"\xef\xbb\xbf{}")

    assert "BOM" in reason


def test_bytes_that_are_not_utf8_say_their_offset() -> None:
    reason = _json_reason('{"a":\n "ACCIÓN"}'.encode("latin-1"))

    assert "UTF-8" in reason
    assert "byte 12" in reason
    assert "línea 2" in reason


def test_deep_nesting_is_said() -> None:
    assert "anida" in _json_reason(b"[" * 100_000 + b"]" * 100_000)


def test_a_package_whose_data_is_cut_says_where(
    coordinator: Store, unit_package: Path, tmp_path: Path
) -> None:
    raw = members(unit_package)["datos.json"]
    path = repack(unit_package, tmp_path / "p.zip", replace={"datos.json": raw[:200]})

    reason = _reason(coordinator, path)

    assert reason.startswith(
        "el paquete está dañado o se modificó después de exportarlo («datos.json» no es un JSON "
        "válido: termina antes de tiempo"
    )
    assert "línea 11, columna" in reason
