"""The PAIMEF window's Deshacer when what it would write back cannot be read or written."""

from __future__ import annotations

from datetime import date

import pytest

from ism_desktop.domain.paimef.business_calendar import NonWorkingDay
from ism_desktop.exchange.paimef.non_working_days import FILE_NAME
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture

pytestmark = pytest.mark.gui


def test_undoing_a_day_over_a_days_file_damaged_since_says_so_and_keeps_the_file(
    window: PaimefWindow, store: Store
) -> None:
    window.deadlines_tab.non_working_changed.emit([NonWorkingDay(date(2026, 4, 2), "Inventario")])
    assert store.path is not None
    days_file = store.path.with_name(FILE_NAME)
    assert "2026-04-02" in days_file.read_text("utf-8")
    days_file.write_text('{"dias_inhabiles": [', "utf-8")  # edited by hand, badly, meanwhile

    window.undo_menu.undo_action.trigger()

    assert days_file.read_text("utf-8") == '{"dias_inhabiles": ['
    assert window.message.text().startswith("No se puede deshacer «días inhábiles»:")
    assert "línea 1" in window.message.text()


def test_the_day_is_undone_once_the_days_file_reads_again(
    window: PaimefWindow, store: Store
) -> None:
    window.deadlines_tab.non_working_changed.emit([NonWorkingDay(date(2026, 4, 2), "Inventario")])
    assert store.path is not None
    days_file = store.path.with_name(FILE_NAME)
    saved = days_file.read_text("utf-8")
    days_file.write_text('{"dias_inhabiles": [', "utf-8")
    window.undo_menu.undo_action.trigger()
    days_file.write_text(saved, "utf-8")  # corrected

    assert window.undo_menu.undo_action.isEnabled()
    window.undo_menu.undo_action.trigger()

    assert "2026-04-02" not in days_file.read_text("utf-8")
    assert window.message.text().startswith("Se deshizo: día inhábil 02/04/2026 quitado")
