"""A unit's status bar, once its quarter is closed, says so, not the delivery still awaited.

Its package went out (closing the quarter), yet «Entrega del trimestre 1: sin fecha límite
fijada» read as if the quarter were still to be delivered. Exported, not «enviado»: the program
only writes the file, which the person still hands to the coordinating unit; «su paquete ya se
envió» read as if the program had sent it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.closure_repository import CLOSE, ClosureEvent
from ism_desktop.store.store import Store
from ism_desktop.workspace.transfers import export_unit_package
from tests.gui.conftest import WindowFactory
from tests.gui.year_window_setup import _quiet_boxes as _quiet_boxes  # the fixture

pytestmark = pytest.mark.gui
UNIT = UnitCode("004")
FIRST = PcProfile(Role.UNIT, UNIT, 2024, Quarter.FIRST)
SENT = r"Trimestre 1 cerrado el \d\d/\d\d/\d{4}: su paquete ya se exportó"


@pytest.mark.parametrize("due", [None, "2024-04-15"])
def test_a_sent_quarter_is_said_closed_and_sent(
    open_window: WindowFactory, db_path: Path, tmp_path: Path, due: str | None
) -> None:
    with Store.open(db_path) as store:
        if due is not None:
            store.years.set_delivery_dates(2024, {Quarter.FIRST: due})
        export_unit_package(store, UNIT, Quarter.FIRST, tmp_path / "t1", year=2024)
    window = open_window(FIRST)

    text = window.year_actions.deadline.text()
    assert re.fullmatch(SENT, text), text


def test_a_quarter_closed_by_hand_is_said_closed(open_window: WindowFactory) -> None:
    window = open_window(FIRST)
    assert window.year_actions.deadline.text() == "Entrega del trimestre 1: sin fecha límite fijada"
    author = Author("Unidad 004", "ana")
    event = ClosureEvent(2024, "30", UNIT, Quarter.FIRST, CLOSE, "", author, "2024-04-20T09:00")
    assert window.session.store.closures.set_state(event)

    window.year_actions.refresh()

    assert window.year_actions.deadline.text() == "Trimestre 1 cerrado el 20/04/2024"
