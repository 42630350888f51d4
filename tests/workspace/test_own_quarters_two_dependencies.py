"""A unit's own closed quarters where its database holds a report of dependencies 51 and 84.

They were read as the report's first heading's dependency (51): a unit only 84 holds had none
closed, and a PC known as 84's 003 read 51's 003's quarters as its own.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.closure_repository import CLOSE, ClosureEvent
from ism_desktop.store.store import Store
from ism_desktop.workspace.workspace import Workspace
from tests.two_dependencies import AWAITED, DELIVERED, SHARED, state_database


def _close(store: Store, entity: str, unit: UnitCode, quarter: Quarter) -> None:
    event = ClosureEvent(2024, entity, unit, quarter, CLOSE, "", Author("Unidad", "prueba"), "")
    assert store.closures.set_state(event)


@pytest.mark.parametrize(
    ("unit", "known"),
    [
        (SHARED, True),  # both hold 003: the PC is known as 84's
        (UnitCode("001"), False),  # only 84 holds 001: no identity needed
    ],
)
def test_the_own_quarters_are_the_own_dependency_s(
    tmp_path: Path, unit: UnitCode, known: bool
) -> None:
    with Store.open(state_database(tmp_path, "unidad.sqlite3")) as store:
        if known:
            store.identity.set(PcIdentity(Role.UNIT, AWAITED, unit))
        _close(store, AWAITED, unit, Quarter.FIRST)
        if unit == SHARED:
            _close(store, DELIVERED, unit, Quarter.SECOND)  # 51's, not this PC's
        workspace = Workspace(store, PcProfile(Role.UNIT, unit, 2024, Quarter.SECOND))
        workspace.reload(validate=False)

        assert workspace.own_unit == (AWAITED, unit)
        assert workspace.own_closed_quarters() == {Quarter.FIRST}
        assert not workspace.own_quarter_closed()
        first = Workspace(store, PcProfile(Role.UNIT, unit, 2024, Quarter.FIRST))
        first.reload(validate=False)
        assert first.own_quarter_closed()


def test_a_unit_pc_is_done_with_the_quarters_its_own_dependency_closed(tmp_path: Path) -> None:
    only_84 = UnitCode("001")
    with Store.open(state_database(tmp_path, "unidad.sqlite3")) as store:
        _close(store, AWAITED, only_84, Quarter.FIRST)
        workspace = Workspace(store, PcProfile(Role.UNIT, only_84, 2024, Quarter.SECOND))
        workspace.reload(validate=False)

        assert workspace.finished_quarters() == {Quarter.FIRST}
        assert workspace.units_left_open(Quarter.FIRST) == ()
        assert workspace.units_left_open(Quarter.SECOND) == (only_84,)


def test_a_unit_pc_counts_its_own_dependency_s_unsent_metas(tmp_path: Path) -> None:
    only_84 = UnitCode("001")
    with Store.open(state_database(tmp_path, "unidad.sqlite3")) as store:
        workspace = Workspace(store, PcProfile(Role.UNIT, only_84, 2024, Quarter.SECOND))
        workspace.reload(validate=False)
        meta = workspace.metas()[0]

        workspace.edit_meta(with_achieved(meta, Quarter.SECOND, Decimal(7)))

        assert workspace.unsent_metas() == 1
