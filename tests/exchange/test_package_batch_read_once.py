"""A batch's packages are read whole once, when it is planned, and taken at their turn only
while the file is still the one read."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ism_desktop.exchange.intake.batch_plan import BatchPlan, plan_batch
from ism_desktop.exchange.intake.packages import receive_packages
from ism_desktop.exchange.package import reader, zip_guard
from ism_desktop.store.store import Store
from tests.exchange.package_builders import coordinator_file, export_unit, seed_store

UNITS = ("004", "005", "006")


def _packages(seed_text: str, folder: Path) -> list[Path]:
    with seed_store(seed_text) as unit:
        return [export_unit(unit, folder / code, code) for code in UNITS]


def _opened(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What each package's zip is opened from, as the reader opens them."""
    opened: list[object] = []
    real = zip_guard.open_guarded

    def spy(source: Path | bytes, *args: Any, **kwargs: Any) -> Any:
        opened.append(source)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(reader, "open_guarded", spy)
    return opened


@pytest.mark.parametrize("dry_run", [True, False])
def test_each_package_of_a_batch_is_opened_once(
    seed_text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dry_run: bool
) -> None:
    database = coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
    packages = _packages(seed_text, tmp_path / "paquetes")
    opened = _opened(monkeypatch)

    with Store.open(database) as store:
        outcomes = receive_packages(store, packages, dry_run=dry_run)

    assert [outcome.error for outcome in outcomes] == [None, None, None]
    # Before: its manifest when the batch was planned, then the whole package at its turn.
    assert opened == [path.read_bytes() for path in packages]


def test_a_package_changed_after_it_was_read_ahead_is_read_again_at_its_turn(
    seed_text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
    first, second, third = _packages(seed_text, tmp_path / "paquetes")

    def plan_then_damage(paths: list[Path]) -> BatchPlan:
        plan = plan_batch(paths)
        second.write_bytes(second.read_bytes()[:-200])
        return plan

    monkeypatch.setattr("ism_desktop.exchange.intake.packages.plan_batch", plan_then_damage)
    with Store.open(database) as store:
        outcomes = receive_packages(store, [first, second, third])

    assert [outcome.applied for outcome in outcomes] == [True, False, True]
    # Refused as the damaged file is refused on its own: what was read ahead is not taken.
    alone = coordinator_file(seed_text, tmp_path / "sola.sqlite3")
    with Store.open(alone) as store:
        [refused] = receive_packages(store, [second])
    assert refused.error is not None
    assert outcomes[1].error == refused.error


def test_a_package_removed_after_it_was_read_ahead_is_refused_at_its_turn(
    seed_text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
    first, second, third = _packages(seed_text, tmp_path / "paquetes")

    def plan_then_remove(paths: list[Path]) -> BatchPlan:
        plan = plan_batch(paths)
        second.unlink()
        return plan

    monkeypatch.setattr("ism_desktop.exchange.intake.packages.plan_batch", plan_then_remove)
    with Store.open(database) as store:
        outcomes = receive_packages(store, [first, second, third])

    assert [outcome.applied for outcome in outcomes] == [True, False, True]
    assert outcomes[1].error == f"«{second.name}»: el archivo no existe"


@pytest.mark.parametrize(
    "replace",
    [
        pytest.param(Path.mkdir, id="carpeta"),
        # Opened to be hashed, a pipe would wait for a writer forever.
        pytest.param(
            lambda path: os.mkfifo(path),
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
    database = coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
    first, second, third = _packages(seed_text, tmp_path / "paquetes")

    def plan_then_replace(paths: list[Path]) -> BatchPlan:
        plan = plan_batch(paths)
        second.unlink()
        replace(second)
        return plan

    monkeypatch.setattr("ism_desktop.exchange.intake.packages.plan_batch", plan_then_replace)
    with Store.open(database) as store:
        outcomes = receive_packages(store, [first, second, third])

    assert [outcome.applied for outcome in outcomes] == [True, False, True]
    assert outcomes[1].error == f"«{second.name}»: no es un archivo"
