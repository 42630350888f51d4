"""The PAIMEF window's date fields take a year of two digits («06/04/26») as 20AA, and say so.

Refused, the person typed the same date again and again without seeing what was wrong with
it; the date is shown back with its year whole, so that 20AA is seen as it was read. (The
delivery dates' dialog: ``test_year_window_deadlines``.)
"""

from __future__ import annotations

from datetime import date

import pytest

from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import _cell
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture

pytestmark = pytest.mark.gui


def test_a_paimef_date_with_two_digits_of_year_is_saved_and_shown_whole(
    window: PaimefWindow, store: Store
) -> None:
    tab = window.deadlines_tab
    names = [_cell(tab.dates, r, 0).text() for r in range(tab.dates.rowCount())]
    signing_row = names.index("Firma del Instrumento Jurídico")

    _cell(tab.dates, signing_row, 1).setText("06/04/26")

    stored = store.paimef.load(2026)
    assert stored is not None
    assert stored.dates["firma_instrumento"] == date(2026, 4, 6)
    assert _cell(tab.dates, signing_row, 1).text() == "06/04/2026"
    assert "20AA" in tab.new_day.toolTip()
    assert "20AA" in _cell(tab.dates, signing_row, 1).toolTip()
    tab.new_day.setText("17/03/26")
    tab.new_reason.setText("Cierre de oficinas")
    tab._add_day()
    assert _cell(tab.non_working, 0, 0).text() == "17/03/2026"
