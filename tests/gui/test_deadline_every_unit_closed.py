"""The status bar, once every unit's quarter is closed, says so, not «sin fecha límite fijada».

Nothing was left to deliver and no date was needed any more: the note read as if the quarter
were still waiting on a date.
"""

from __future__ import annotations

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.closure_repository import CLOSE, ClosureEvent
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory
from tests.gui.year_window_setup import COORDINATOR
from tests.gui.year_window_setup import _quiet_boxes as _quiet_boxes  # the fixture

pytestmark = pytest.mark.gui
PERSON = Author("Unidad coordinadora (002)", "luz")


def _close(store: Store, units: list[tuple[str, UnitCode]]) -> None:
    for entity, unit in units:
        at = "2024-04-20T09:00"
        assert store.closures.set_state(
            ClosureEvent(2024, entity, unit, Quarter.FIRST, CLOSE, "", PERSON, at)
        )


def test_every_unit_closed_is_said_in_the_status_bar(open_window: WindowFactory) -> None:
    window = open_window(COORDINATOR)
    actions = window.year_actions
    units = sorted({(m.key.entity, m.key.unit) for m in window.session.metas()})
    assert actions.deadline.text() == "Entrega del trimestre 1: sin fecha límite fijada"

    _close(window.session.store, units[:-1])
    actions.refresh()
    # One still open: nothing new to say.
    assert actions.deadline.text() == "Entrega del trimestre 1: sin fecha límite fijada"

    _close(window.session.store, units[-1:])
    actions.refresh()
    assert actions.deadline.text() == (
        "Trimestre 1 cerrado en todas las unidades: no falta ninguna entrega"
    )
