"""The observations package's closing box says it carries the decisions on change requests.

Approving a request, the window says the unit learns it from «un paquete de observaciones»;
the box after writing one with no observation then said «no tiene nada pendiente» and nothing
of the decision inside: the coordinator could not tell the answer had gone.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.export.observations import export_observations
from ism_desktop.gui.observation_words import observations_saved
from ism_desktop.store.store import Store
from ism_desktop.workspace.target_requests import decide_request
from tests.exchange.package_builders import seed_store
from tests.exchange.test_target_decisions import COORDINATOR, UNIT, requested_at_the_unit


@pytest.fixture
def coordinator(seed_text: str) -> Iterator[Store]:
    """The coordinating unit's store: the whole seed programme."""
    with seed_store(seed_text) as store:
        yield store


def test_a_package_with_no_observation_says_it_carries_the_decision(
    coordinator: Store, tmp_path: Path
) -> None:
    with Store.in_memory() as unit:
        asked = requested_at_the_unit(unit, coordinator, tmp_path)
        decide_request(coordinator, asked.request_id, True, "OFICIO 45", COORDINATOR)

        sent = export_observations(coordinator, UNIT, Quarter.FIRST, tmp_path / "o")
        said = observations_saved(sent, "004", Quarter.FIRST)

    assert sent.observations == 0
    assert sent.decided_metas == 1  # T2 and its annual: one meta's request
    assert "sin ninguna observación" in said
    assert "decidió sobre sus solicitudes de cambio de meta" in said
    assert "(en 1 meta)" in said
    assert "no tiene nada pendiente" not in said


def test_a_package_with_nothing_decided_says_nothing_is_pending(
    coordinator: Store, tmp_path: Path
) -> None:
    sent = export_observations(coordinator, UNIT, Quarter.FIRST, tmp_path)
    said = observations_saved(sent, "004", Quarter.FIRST)

    assert sent.decided_metas == 0
    assert "no tiene nada pendiente" in said
    assert "solicitudes" not in said
