"""The coordinator decides a unit's target change request from the year window."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.gui.year_dialogs import RequestsDialog
from tests.gui.conftest import WindowFactory
from tests.gui.window_driver import pending_request, select
from tests.gui.year_window_setup import COORDINATOR, STUDIES
from tests.gui.year_window_setup import _quiet_boxes as _quiet_boxes  # the fixture

pytestmark = pytest.mark.gui


def test_the_coordinator_decides_a_request_in_the_window(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(COORDINATOR)
    store = window.session.store
    meta = select(window, STUDIES)
    pending = pending_request(store, meta.stable_id)
    dialog = RequestsDialog([pending], [], {meta.stable_id: STUDIES})
    qtbot.addWidget(dialog)
    item = dialog.table.item(0, 3)
    assert item is not None
    assert item.text() == "Modificado T2 (NUM): 900 → 950"
    asked = dialog.table.item(0, 5)
    assert asked is not None
    assert asked.text() == "02/04/2024"  # day first, as the office reads dates
    dialog.approve_button.click()
    assert dialog.choice == (pending.request_id, True)

    # Nothing refused: what was decided is said once its dialog is closed (test_requests_flow).
    assert window.year_actions.decide(pending.request_id, True, "OF-ISM-7/2024") is None

    assert store.target_requests.pending(2024) == []
    [decision] = store.decisions.for_year(2024)
    assert (decision.decision, decision.document) == ("aprobada", "OF-ISM-7/2024")
    assert window.session.meta(meta.stable_id).num.modified[1] == Decimal(950)
    [change] = store.edits.target_changes(2024, meta.stable_id)
    assert change.reason.document == "OF-ISM-7/2024"
