"""The board (``status``) says which units wait for a decision on a target-change request.

Before, ``status`` listed packages, errors and warnings and said nothing of the requests that
came in them: the coordinator learnt of them only by running ``solicitudes`` or opening the
window's «Solicitudes de cambio de meta…».
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.test_pending_request_counts import _received
from tests.e2e.test_rejected_request_justification import EVENTOS
from tests.e2e.year_helpers import ok

pytestmark = pytest.mark.e2e
WAITING = (
    "Solicitudes de cambio de meta por decidir: 004 (1 meta); verlas y decidirlas: "
    "ism-desktop solicitudes."
)


def _board(coordinator: Path) -> list[str]:
    said = ok("status", "--db", coordinator, "--trimestre", "2", "--ejercicio", "2024")
    return said.splitlines()


def test_the_board_names_the_units_whose_requests_wait_until_decided(
    tmp_path: Path, seed_path: Path
) -> None:
    coordinator, _ = _received(tmp_path, seed_path)

    assert WAITING in _board(coordinator)

    listing = json.loads(ok("solicitudes", "--json", "--db", coordinator))
    for request in listing["pendientes"]:
        assert request["id_meta"] == EVENTOS
        if not request["campo"].startswith("modificado.anual."):
            ok("solicitudes", "--db", coordinator, "rechazar", str(request["id"]), "--motivo", "No")
    assert json.loads(ok("solicitudes", "--json", "--db", coordinator))["pendientes"] == []
    assert not any(line.startswith("Solicitudes de cambio") for line in _board(coordinator))
