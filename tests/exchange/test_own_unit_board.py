"""The coordinator's board among two dependencies that each hold a unit 002.

Decided by the code alone, both 002 were «propia»: the other dependency's 002, which sends its
package like any unit, was never «falta» nor late, and its errors were counted as the
coordinator's own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.exchange.status_board import UnitState, awaited_units, status_board
from ism_desktop.store.store import Store
from tests.two_dependencies import AWAITED, DELIVERED, state_report

OWN = UnitCode("002")


def _store(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "coordinadora.sqlite3")
    import_etca_file(state_report(tmp_path), store.reports)
    store.years.set_delivery_dates(2024, {Quarter.SECOND: "2024-07-15"})
    return store


def test_only_the_coordinator_s_dependency_s_002_is_its_own(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        board = status_board(store, Quarter.SECOND, 2024, today=date(2024, 8, 1))
    assert board is not None
    states = {row.entity: row.state for row in board.rows if row.unit == OWN}
    # 51 is listed first (neither is the Institute's 30): its 002 is the coordinator's.
    assert states == {DELIVERED: UnitState.OWN, AWAITED: UnitState.MISSING}
    late = {(row.entity, row.unit) for row in board.rows if row.late}
    assert (AWAITED, OWN) in late
    assert (DELIVERED, OWN) not in late


def test_the_other_dependency_s_002_is_awaited(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        awaited = awaited_units(store, 2024, Quarter.SECOND, [(DELIVERED, OWN), (AWAITED, OWN)])
    assert awaited == [(AWAITED, OWN)]
