"""Fixtures for the hostile cases: the seed programme at the coordinator, a real unit package."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ism_desktop.store.store import Store
from tests.exchange.package_builders import export_unit, seed_store


@pytest.fixture(scope="session")
def unit_package(tmp_path_factory: pytest.TempPathFactory, seed_text: str) -> Path:
    """Unit 004's package of the seed's first quarter, sequence 1 (do not modify: copy it)."""
    with seed_store(seed_text) as store:
        return export_unit(store, tmp_path_factory.mktemp("paquete"))


@pytest.fixture
def coordinator(seed_text: str) -> Iterator[Store]:
    """The coordinating unit's store: the whole seed programme."""
    with seed_store(seed_text) as store:
        yield store
