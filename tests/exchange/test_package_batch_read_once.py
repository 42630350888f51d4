"""A batch's packages are read whole once, when it is planned, and taken at their turn only
while the file is still the one read."""

from __future__ import annotations

import gc
import os
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ism_desktop.exchange.intake.batch_plan import BatchPlan, plan_batch
from ism_desktop.exchange.intake.packages import ReceiveOutcome, receive_packages
from ism_desktop.exchange.package.reader import PackageContents
from ism_desktop.store.store import Store
from tests.exchange.package_builders import (
    coordinator_file,
    edit_data,
    export_unit,
    opened_zips,
    seed_store,
)

UNITS = ("004", "005", "006")


def _packages(seed_text: str, folder: Path) -> list[Path]:
    with seed_store(seed_text) as unit:
        return [export_unit(unit, folder / code, code) for code in UNITS]


@pytest.mark.parametrize("dry_run", [True, False])
def test_each_package_of_a_batch_is_opened_once(
    seed_text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dry_run: bool
) -> None:
    database = coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
    packages = _packages(seed_text, tmp_path / "paquetes")
    opened = opened_zips(monkeypatch)

    with Store.open(database) as store:
        outcomes = receive_packages(store, packages, dry_run=dry_run)

    assert [outcome.error for outcome in outcomes] == [None, None, None]
    # Before: its manifest when the batch was planned, then the whole package at its turn.
    assert opened == [path.read_bytes() for path in packages]


def _changed_after_the_plan(
    seed_text: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    change: Callable[[Path], object],
) -> tuple[list[ReceiveOutcome], Path]:
    """Three packages received in one batch, the second changed once the batch is planned."""
    database = coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
    first, second, third = _packages(seed_text, tmp_path / "paquetes")

    def plan_then_change(paths: list[Path]) -> BatchPlan:
        plan = plan_batch(paths)
        change(second)
        return plan

    monkeypatch.setattr("ism_desktop.exchange.intake.packages.plan_batch", plan_then_change)
    with Store.open(database) as store:
        outcomes = receive_packages(store, [first, second, third])
    assert [outcome.applied for outcome in outcomes] == [True, False, True]
    return outcomes, second


def test_a_package_changed_after_it_was_read_ahead_is_read_again_at_its_turn(
    seed_text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def damage(path: Path) -> None:
        path.write_bytes(path.read_bytes()[:-200])

    outcomes, second = _changed_after_the_plan(seed_text, tmp_path, monkeypatch, damage)

    # Refused as the damaged file is refused on its own: what was read ahead is not taken.
    alone = coordinator_file(seed_text, tmp_path / "sola.sqlite3")
    with Store.open(alone) as store:
        [refused] = receive_packages(store, [second])
    assert refused.error is not None
    assert outcomes[1].error == refused.error


def test_a_package_removed_after_it_was_read_ahead_is_refused_at_its_turn(
    seed_text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outcomes, second = _changed_after_the_plan(seed_text, tmp_path, monkeypatch, Path.unlink)

    assert outcomes[1].error == f"«{second.name}»: el archivo no existe"


def _folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


def _pipe(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


@pytest.mark.parametrize(
    "replace",
    [
        pytest.param(_folder, id="carpeta"),
        # Opened to be hashed, a pipe would wait for a writer forever.
        pytest.param(
            _pipe,
            id="fifo",
            marks=pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes"),
        ),
    ],
)
def test_a_package_replaced_by_no_file_after_it_was_read_ahead_is_refused_at_its_turn(
    seed_text: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    replace: Callable[[Path], object],
) -> None:
    outcomes, second = _changed_after_the_plan(seed_text, tmp_path, monkeypatch, replace)

    assert outcomes[1].error == f"«{second.name}»: no es un archivo"


def test_the_plan_lets_go_of_a_package_once_its_turn_has_come(
    seed_text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A package read ahead and then refused (its meta changes the unit of measure) is held by
    # nothing after its turn: a batch of large refused files holds one at a time, as before.
    database = coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
    first, second, third = _packages(seed_text, tmp_path / "paquetes")

    def other_measure(data: dict[str, Any]) -> None:
        data["metas"][0]["unidad_medida"] = "Otra unidad"

    refused = edit_data(second, tmp_path / "cambiado.ismpaq", other_measure)
    read: list[weakref.ref[PackageContents]] = []

    def plan_and_watch(paths: list[Path]) -> BatchPlan:
        plan = plan_batch(paths)
        read.extend(weakref.ref(contents) for contents in plan.read if contents is not None)
        return plan

    alive: list[bool] = []

    def at_each_turn(index: int, _total: int, _name: str) -> None:
        if index == 2:
            gc.collect()
            alive.append(read[1]() is not None)

    monkeypatch.setattr("ism_desktop.exchange.intake.packages.plan_batch", plan_and_watch)
    with Store.open(database) as store:
        outcomes = receive_packages(store, [first, refused, third], progress=at_each_turn)

    assert [outcome.applied for outcome in outcomes] == [True, False, True]
    assert "unidad de medida" in (outcomes[1].error or "").lower()
    assert len(read) == 3
    assert alive == [False]
