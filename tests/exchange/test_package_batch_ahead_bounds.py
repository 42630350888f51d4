"""What a batch's plan reads ahead is bounded: the parsed data it holds, and the bytes it hashes
again at a package's turn."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from ism_desktop.exchange.intake import batch_plan
from ism_desktop.exchange.intake.batch_plan import BatchPlan, plan_batch
from ism_desktop.exchange.intake.packages import receive_packages
from ism_desktop.exchange.package.manifest import DATA_NAME
from ism_desktop.exchange.package.size_caps import MAX_PACKAGE_BYTES
from ism_desktop.store.store import Store
from tests.exchange.package_builders import coordinator_file, export_unit, members, seed_store

UNITS = ("004", "005", "006")


def _packages(seed_text: str, folder: Path) -> list[Path]:
    with seed_store(seed_text) as unit:
        return [export_unit(unit, folder / code, code) for code in UNITS]


def test_the_plan_holds_no_more_parsed_data_than_its_budget(
    seed_text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A batch of packages refused at their turn (received already, another period) held every
    # one's parsed data from the plan on, where reading each at its turn held one at a time:
    # 297 packages received again, a peak of 20.6 MiB against 1.1 MiB.
    database = coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
    packages = _packages(seed_text, tmp_path / "paquetes")
    sizes = [len(members(path)[DATA_NAME]) for path in packages]
    # Room for the first package's data and not the second's.
    monkeypatch.setattr(batch_plan, "_AHEAD_DATA_BYTES", sizes[0] + sizes[1] - 1)
    plans: list[BatchPlan] = []

    def plan_and_keep(paths: list[Path]) -> BatchPlan:
        plans.append(plan_batch(paths))
        return plans[-1]

    assert [content is not None for content in plan_batch(packages).read] == [True, False, False]
    monkeypatch.setattr("ism_desktop.exchange.intake.packages.plan_batch", plan_and_keep)
    with Store.open(database) as store:
        outcomes = receive_packages(store, packages)

    # The others are read at their turn, as before: received all the same.
    assert [outcome.error for outcome in outcomes] == [None, None, None]
    assert [outcome.applied for outcome in outcomes] == [True, True, True]
    assert [len(plan.manifests) - plan.manifests.count(None) for plan in plans] == [3]


def test_a_package_swapped_for_a_huge_file_after_the_plan_is_not_hashed_whole(
    seed_text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Refused by its size alone at its turn, as before: never read through (a sparse file of
    # any size, or one that keeps growing, would be hashed to its end first).
    database = coordinator_file(seed_text, tmp_path / "coordinadora.sqlite3")
    first, second, third = _packages(seed_text, tmp_path / "paquetes")
    hashed: list[int] = []
    file_digest = hashlib.file_digest

    def counted(stream: object, digest: str) -> object:
        hashed.append(os.fstat(stream.fileno()).st_size)  # type: ignore[attr-defined]
        return file_digest(stream, digest)  # type: ignore[arg-type]

    def plan_then_grow(paths: list[Path]) -> BatchPlan:
        plan = plan_batch(paths)
        with second.open("r+b") as stream:
            stream.truncate(MAX_PACKAGE_BYTES + 1)
        monkeypatch.setattr(hashlib, "file_digest", counted)
        return plan

    monkeypatch.setattr("ism_desktop.exchange.intake.packages.plan_batch", plan_then_grow)
    with Store.open(database) as store:
        outcomes = receive_packages(store, [first, second, third])

    assert [outcome.applied for outcome in outcomes] == [True, False, True]
    assert outcomes[1].error == (
        f"«{second.name}»: es demasiado grande para ser un paquete de ISM Avance"
    )
    assert all(size <= MAX_PACKAGE_BYTES for size in hashed)
