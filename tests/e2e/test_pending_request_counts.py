"""While a unit's target request waits, the board counts the unit's warnings as the package did.

Unit 004 asked for another T3 target of EVENTOS and answered the target warning as it then
read. Its package said «0 sin justificar»; the coordinator's board, counting with the target
it still held, said 1: a warning the unit never saw, blamed on it. Rejected, the request's
figure goes and its answer with it: the board counts that warning again.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from ism_desktop.workspace.workspace import Workspace
from tests.e2e.test_decided_requests_cli import _unjustified as board_unjustified
from tests.e2e.test_rejected_request_justification import EVENTOS, T2, UNIT, asked_at_unit
from tests.e2e.year_helpers import ok

pytestmark = pytest.mark.e2e


def _received(tmp_path: Path, seed_path: Path) -> tuple[Path, str]:
    """The coordinator's database once the unit's T2 package, asking EVENTOS T3, came in."""
    coordinator, unit = asked_at_unit(tmp_path, seed_path, answer_before=False, answer_all=True)
    package = ok(
        "export", "--db", unit, "--unidad", UNIT, "--trimestre", "2", "--ejercicio", "2024",
        "--out", tmp_path / "p",
    ).strip()  # fmt: skip
    said = ok("import-package", "--db", coordinator, package)
    return coordinator, said


def test_the_board_counts_what_the_package_says_while_the_request_waits(
    tmp_path: Path, seed_path: Path
) -> None:
    coordinator, said = _received(tmp_path, seed_path)

    assert re.search(r"avisos, 0 sin justificar", said), said
    assert board_unjustified(coordinator, 2) == 0


def test_a_rejected_request_takes_its_answer_away_on_the_board(
    tmp_path: Path, seed_path: Path
) -> None:
    coordinator, _ = _received(tmp_path, seed_path)
    listing = json.loads(ok("solicitudes", "--json", "--db", coordinator))
    [request] = [r for r in listing["pendientes"] if r["id_meta"] == EVENTOS]

    ok("solicitudes", "--db", coordinator, "rechazar", str(request["id"]), "--motivo", "Sin oficio")

    assert board_unjustified(coordinator, 2) == 1


def test_validate_and_the_coordinator_window_count_as_the_board(
    tmp_path: Path, seed_path: Path
) -> None:
    """The same unit, three counts: the board, ``validate --unidad`` and the window's findings."""
    coordinator, _ = _received(tmp_path, seed_path)

    said = ok(
        "validate", "--db", coordinator, "--unidad", UNIT, "--trimestre", "2", "--ejercicio",
        "2024",
    )  # fmt: skip
    assert "11 avisos (0 sin justificar)" in said, said
    with Store.open(coordinator) as store:
        workspace = Workspace(store, PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, T2))
        workspace.reload()
        unjustified = [f for f in workspace.validation.unjustified_warnings if f.meta_id == EVENTOS]
        assert unjustified == []
        report = workspace.begin_checking()
        assert report is not None
        asked = report.meta_by_id(EVENTOS)
        assert asked is not None
        assert asked.num.modified[Quarter.THIRD.index] == Decimal(40)
        # The figure held stays the one shown: only the count uses the one asked.
        assert workspace.meta(EVENTOS).num.modified[Quarter.THIRD.index] != Decimal(40)
