"""The state of a unit's quarter in one line, for the dialog that closes or reopens it."""

from __future__ import annotations

from datetime import datetime

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.workspace.quarter_closing import (
    close_quarter,
    quarter_state,
    reopen_quarter,
)
from tests.workspace.conftest import COORDINATOR, WorkspaceFactory, unit

UNIT = UnitCode("004")


@pytest.mark.usefixtures("hermosillo")
def test_the_state_says_open_closed_or_reopened_with_when_who_and_why(
    open_workspace: WorkspaceFactory,
) -> None:
    workspace = open_workspace(unit("004"))
    store, author = workspace.store, workspace.author

    assert quarter_state(store, 2024, UNIT, Quarter.FIRST) == (False, "Abierto.")

    close_quarter(store, 2024, UNIT, Quarter.FIRST, author, now=datetime(2024, 4, 11, 10, 44))
    closed = quarter_state(store, 2024, UNIT, Quarter.FIRST)
    assert closed == (True, "Cerrado el 11/04/2024 a las 10:44 (Unidad 004).")

    reopen_quarter(
        store, 2024, UNIT, Quarter.FIRST, "Corrección", author, now=datetime(2024, 4, 12, 9, 0)
    )
    assert quarter_state(store, 2024, UNIT, Quarter.FIRST) == (
        False,
        "Abierto: se reabrió el 12/04/2024 a las 09:00 (Unidad 004); motivo: Corrección.",
    )
    assert quarter_state(store, 2024, UNIT, Quarter.SECOND) == (False, "Abierto.")


def test_at_the_coordinator_a_quarter_of_the_official_report_says_it_waits_for_its_closing(
    open_workspace: WorkspaceFactory,
) -> None:
    # «Abierto.» read as something still awaited from the unit: no package of it will come.
    store = open_workspace(COORDINATOR).store

    assert quarter_state(store, 2024, UNIT, Quarter.FIRST, coordinator=True) == (
        False,
        "Abierto, con sus cifras del informe oficial importado: ningún paquete lo cerrará; "
        "ciérrelo cuando no haya nada que corregir.",
    )
    # The coordinating unit's own metas are typed here; a later quarter is still awaited.
    own = UnitCode("002")
    assert quarter_state(store, 2024, own, Quarter.FIRST, coordinator=True) == (False, "Abierto.")
    assert quarter_state(store, 2024, UNIT, Quarter.SECOND, coordinator=True) == (
        False,
        "Abierto.",
    )


def test_the_coordinators_closing_is_said_without_brackets_inside_brackets(
    open_workspace: WorkspaceFactory,
) -> None:
    # «(Unidad coordinadora (002))» read as a typing slip; a unit's «(Unidad 004)» reads well.
    workspace = open_workspace(COORDINATOR)
    store, author = workspace.store, workspace.author
    own = UnitCode("002")

    close_quarter(store, 2024, own, Quarter.FIRST, author, now=datetime(2024, 4, 11, 10, 44))

    assert quarter_state(store, 2024, own, Quarter.FIRST, coordinator=True) == (
        True,
        "Cerrado el 11/04/2024 a las 10:44 (Unidad coordinadora 002).",
    )
