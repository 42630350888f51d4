"""The coordinating unit preparing 2025: the seed's 2024, and 2025 started from it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.store.store import Store
from ism_desktop.workspace.year_programme import new_year
from tests.exchange.package_builders import seed_store

AUTHOR = Author("Unidad coordinadora (002)", "prueba")


@pytest.fixture
def store(seed_text: str) -> Iterator[Store]:
    """The seed's report, and the 2025 programme started from its metas (not programmed)."""
    with seed_store(seed_text) as coordinator:
        new_year(coordinator, 2025, 2024, AUTHOR)
        yield coordinator
