"""At the unit, a target it asked for is pending until the coordinator's decision comes back.

The grid marks such a figure (``pending_targets``): approved, the figure stays as asked, so
only the decision carried by the programa base says the request is no longer waiting;
rejected, the base puts the figure back and records that as a change of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.store.store import Store
from ism_desktop.workspace.pending_targets import pending_targets
from tests.e2e.cli_runner import run_cli
from tests.e2e.test_rejected_request_justification import (
    EVENTOS,
    UNIT,
    _unit_workspace,
    asked_at_unit,
    decided_and_based_back,
)

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("approve", [True, False], ids=["aprobada", "rechazada"])
def test_the_request_stops_pending_once_its_decision_comes_back(
    tmp_path: Path, seed_path: Path, approve: bool
) -> None:
    unit = decided_and_based_back(tmp_path, seed_path, answer_before=True, approve=approve)

    with Store.open(unit) as store:
        workspace = _unit_workspace(store)
        asked = pending_targets(store, workspace.profile, workspace.meta(EVENTOS))
        changes = store.edits.target_changes(2024, EVENTOS)
    assert asked == []
    assert changes  # the request is on record: only its decision made it stop waiting


def test_the_exported_package_says_the_request_it_carries(tmp_path: Path, seed_path: Path) -> None:
    _coordinator, unit = asked_at_unit(tmp_path, seed_path, answer_before=True)

    result = run_cli(
        "export", "--db", unit, "--unidad", UNIT, "--trimestre", "2", "--ejercicio", "2024",
        "--out", tmp_path / "p",
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    assert (
        "El paquete lleva 1 solicitud de cambio de meta (en 1 meta): la unidad coordinadora "
        "decide si la aplica; su decisión llega con el siguiente programa base o paquete de "
        "observaciones."
    ) in result.stderr
