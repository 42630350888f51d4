"""A workbook renamed as a package is said to be a workbook, and how to receive it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.exchange.intake.packages import check_package
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.store.store import Store
from tests.exchange.package_builders import members, write_zip


def _reason(store: Store, path: Path) -> str:
    with pytest.raises(PackageRefusedError) as caught:
        check_package(store, path)
    return caught.value.reason


def test_a_workbook_renamed_as_a_package_is_said_to_be_one(
    coordinator: Store, unit_package: Path, tmp_path: Path
) -> None:
    renamed = tmp_path / "libro_004.ismpaq"
    renamed.write_bytes(members(unit_package)["informe.xlsx"])

    reason = _reason(coordinator, renamed)

    assert reason.startswith("es un libro de Excel, no un paquete")
    assert "libro_004.xlsx" in reason
    assert "entradas" not in reason


def test_a_small_workbook_renamed_as_a_package_is_said_to_be_one(
    coordinator: Store, tmp_path: Path
) -> None:
    parts = ("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml")
    renamed = write_zip(tmp_path / "libro.zip", [(name, b"<x/>") for name in parts])

    assert _reason(coordinator, renamed).startswith("es un libro de Excel, no un paquete")


def test_a_zip_that_is_no_workbook_is_still_refused_for_its_entries(
    coordinator: Store, tmp_path: Path
) -> None:
    many = write_zip(tmp_path / "muchos.zip", [(f"{n}.txt", b"x") for n in range(10)])

    assert _reason(coordinator, many) == (
        "el paquete está dañado o se modificó después de exportarlo (tiene 10 entradas; se "
        "admiten 8); pida a quien se lo envió que lo exporte de nuevo"
    )
