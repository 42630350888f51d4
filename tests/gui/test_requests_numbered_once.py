"""Each pending request shows one number, its own: no row count beside it that differs."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.year_dialogs import RequestsDialog
from tests.gui.conftest import WindowFactory
from tests.gui.window_driver import pending_request, select

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"


def test_the_first_pending_request_shows_only_its_own_number(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    """Request 3 left alone after 1 and 2 were decided read «1 | 3»: which one is it?"""
    window = open_window(COORDINATOR)
    meta = select(window, STUDIES)
    third = replace(pending_request(window.session.store, meta.stable_id), request_id=3)
    dialog = RequestsDialog([third], [], {meta.stable_id: STUDIES}, window)
    qtbot.addWidget(dialog)

    with qtbot.waitExposed(dialog):
        dialog.show()

    table = dialog.table
    number = table.item(0, 0)
    header = table.horizontalHeaderItem(0)
    assert number is not None
    assert header is not None
    assert (header.text(), number.text()) == ("Núm.", "3")
    # The row's count («1») is not drawn beside the request's number.
    assert not table.verticalHeader().isVisible()
