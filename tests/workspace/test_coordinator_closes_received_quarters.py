"""On the coordinator's database a unit's quarter closes with its package, never before it.

Closed by hand before the unit reported, the quarter read as delivered on the board, and the
unit's package for it was then refused as coming to a closed quarter.
"""

from __future__ import annotations

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import PcIdentity, ReceivedPackage
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.workspace.quarter_closing import ClosingError, close_quarter, closing_refusal
from tests.received_report import received_report
from tests.workspace.conftest import COORDINATOR, WorkspaceFactory

UNIT = UnitCode("004")


def _received(unit: UnitCode, quarter: Quarter) -> ReceivedPackage:
    return received_report("30", unit, quarter)


def test_a_quarter_the_unit_never_reported_is_not_closed(
    open_workspace: WorkspaceFactory,
) -> None:
    workspace = open_workspace(COORDINATOR)
    store = workspace.store
    store.identity.set(PcIdentity(Role.COORDINATOR, "30", UnitCode("002")))
    # A package of another quarter says nothing of this one; the official report imported
    # (the first quarter's) says nothing of the second.
    store.received.record(_received(UNIT, Quarter.THIRD))

    with pytest.raises(ClosingError) as refused:
        close_quarter(store, 2024, UNIT, Quarter.SECOND, workspace.author)

    said = str(refused.value)
    assert said.startswith("la unidad 004 no ha entregado el trimestre 2 de 2024")
    assert "se cierra al recibir su paquete" in said
    assert "Recibir paquetes" in said
    assert "«import-package»" in said
    assert said.endswith("No se cerró el trimestre.")
    assert not store.closures.is_closed(2024, "30", UNIT, Quarter.SECOND)
    assert store.closures.log(2024, UNIT) == []


def test_a_quarter_the_official_report_brought_closes(open_workspace: WorkspaceFactory) -> None:
    # The official report of the first quarter (imported here) is every unit's delivery of it:
    # no package of that quarter will ever come, and left open it could be changed by one.
    workspace = open_workspace(COORDINATOR)
    store = workspace.store
    store.identity.set(PcIdentity(Role.COORDINATOR, "30", UnitCode("002")))

    assert close_quarter(store, 2024, UNIT, Quarter.FIRST, workspace.author)

    assert store.closures.is_closed(2024, "30", UNIT, Quarter.FIRST)


def test_a_received_quarter_and_the_coordinators_own_still_close(
    open_workspace: WorkspaceFactory,
) -> None:
    workspace = open_workspace(COORDINATOR)
    store = workspace.store
    store.identity.set(PcIdentity(Role.COORDINATOR, "30", UnitCode("002")))
    store.received.record(_received(UNIT, Quarter.FIRST))

    # Reopened by mistake after its package came: closing it again is the way back.
    assert close_quarter(store, 2024, UNIT, Quarter.FIRST, workspace.author)
    # Unit 002's metas are typed here: no package of its own ever comes.
    assert close_quarter(store, 2024, UnitCode("002"), Quarter.FIRST, workspace.author)

    assert store.closures.is_closed(2024, "30", UNIT, Quarter.FIRST)
    assert store.closures.is_closed(2024, "30", UnitCode("002"), Quarter.FIRST)


def test_the_refusal_is_known_before_closing_is_tried(open_workspace: WorkspaceFactory) -> None:
    # The dialog offered «Cerrar» for a quarter the closing then refused.
    workspace = open_workspace(COORDINATOR)
    store = workspace.store
    store.identity.set(PcIdentity(Role.COORDINATOR, "30", UnitCode("002")))
    store.received.record(_received(UnitCode("005"), Quarter.SECOND))

    refusal = closing_refusal(store, 2024, UNIT, Quarter.SECOND)

    assert refusal is not None
    assert refusal.state == "Abierto; su paquete no ha llegado: se cierra al recibirlo."
    with pytest.raises(ClosingError) as refused:
        close_quarter(store, 2024, UNIT, Quarter.SECOND, workspace.author)
    assert str(refused.value) == refusal.message
    # Received, brought by the official report, or the coordinator's own: nothing refused.
    assert closing_refusal(store, 2024, UnitCode("005"), Quarter.SECOND) is None
    assert closing_refusal(store, 2024, UNIT, Quarter.FIRST) is None
    assert closing_refusal(store, 2024, UnitCode("002"), Quarter.SECOND) is None
