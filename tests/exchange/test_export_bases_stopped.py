"""Bases for every unit, stopped half-way (a full disk): the message says which were written."""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.exchange.export.base import export_bases
from ism_desktop.exchange.package import writer
from ism_desktop.exchange.package.writer import ExportError
from tests.disk_filling import disk_full_after
from tests.exchange.package_builders import seed_store


def test_the_bases_written_before_a_full_disk_are_named(
    seed_text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It said «El disco está lleno… No se cambió nada.» with two bases already in the folder.
    written = disk_full_after(monkeypatch, writer, 2)
    out = tmp_path / "bases"
    with seed_store(seed_text) as store:
        report = store.reports.load()
        assert report is not None
        # Every unit but the coordinating one (002) receives a base.
        total = len([u for u in report.units_in_order() if u.value != "002"])
        with pytest.raises(ExportError) as stopped:
            export_bases(store, out)

    said = str(stopped.value)
    assert "el disco está lleno" in said
    assert "No se cambió nada" not in said
    assert f"Sí se escribieron antes las bases de 2 de las {total} unidades" in said
    for path in written:
        assert path.name in said
    assert sorted(out.iterdir()) == sorted(written)
