"""The coordinating unit's spelling words travel in the programme base (optional field)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.exchange.base_words import MAX_WORDS, base_words
from ism_desktop.exchange.export.base import export_base
from ism_desktop.exchange.intake.packages import ReceiveOutcome, apply_package, check_package
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.spelling.loading import SpellingFiles
from ism_desktop.store.store import Store
from ism_desktop.workspace.spelling_words import keep_coordination_words
from tests.exchange.package_builders import NOW, edit_data, members
from tests.spelling.shipped import RESOURCES

UNIT = UnitCode("004")


@pytest.fixture
def unit_store() -> Iterator[Store]:
    with Store.in_memory() as store:
        yield store


def test_the_list_travels_and_is_kept_on_the_unit_pc(
    coordinator: Store, unit_store: Store, tmp_path: Path
) -> None:
    exported = export_base(coordinator, UNIT, tmp_path, now=NOW, words=["Peñasquito", "CECOVIM"])
    data = json.loads(members(exported.path)["datos.json"])
    assert data["palabras"] == ["CECOVIM", "Peñasquito"]

    incoming = check_package(unit_store, exported.path)
    apply_package(unit_store, incoming)
    files = SpellingFiles(RESOURCES, tmp_path / "datos_unidad")
    kept = keep_coordination_words([ReceiveOutcome(exported.path, incoming, applied=True)], files)

    assert kept == 2
    assert files.load().doubtful("REUNIÓN EN PEÑASQUITO CON EL CECOVIM") == []


def test_a_base_without_a_list_still_reads_and_keeps_the_old_list(
    coordinator: Store, unit_store: Store, tmp_path: Path
) -> None:
    exported = export_base(coordinator, UNIT, tmp_path, now=NOW)
    assert "palabras" not in json.loads(members(exported.path)["datos.json"])
    files = SpellingFiles(RESOURCES, tmp_path / "datos_unidad")
    files.save_coordination_words(["CECOVIM"])

    incoming = check_package(unit_store, exported.path)
    apply_package(unit_store, incoming)
    outcome = ReceiveOutcome(exported.path, incoming, applied=True)

    assert base_words(incoming.contents) is None
    assert keep_coordination_words([outcome], files) is None
    assert files.load().doubtful("EL CECOVIM") == []


def test_a_dry_run_keeps_nothing(coordinator: Store, unit_store: Store, tmp_path: Path) -> None:
    exported = export_base(coordinator, UNIT, tmp_path, now=NOW, words=["CECOVIM"])
    files = SpellingFiles(RESOURCES, tmp_path / "datos_unidad")

    checked = ReceiveOutcome(exported.path, check_package(unit_store, exported.path))

    assert keep_coordination_words([checked], files) is None
    assert not files.coordination.exists()


@pytest.mark.parametrize(
    "bad",
    [
        "CECOVIM",
        {"palabra": "CECOVIM"},
        [1, 2],
        ["DOS PALABRAS"],
        ["E306E05"],
        [""],
        ["x" * 61],
        ["a"] * (MAX_WORDS + 1),
    ],
)
def test_a_damaged_list_refuses_the_package(
    coordinator: Store, unit_store: Store, tmp_path: Path, bad: Any
) -> None:
    exported = export_base(coordinator, UNIT, tmp_path, now=NOW, words=["CECOVIM"])

    def damage(data: dict[str, Any]) -> None:
        data["palabras"] = bad

    tampered = edit_data(exported.path, tmp_path / "dañado.ismpaq", damage)

    with pytest.raises(PackageRefusedError, match=r"diccionario|palabra"):
        check_package(unit_store, tampered)
    assert unit_store.reports.load() is None
