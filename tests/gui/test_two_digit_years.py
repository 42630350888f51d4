"""The window's date fields take a year of two digits («15/07/24») as 20AA, and say so.

Refused, the person typed the same date again and again without seeing what was wrong with
it; the date is shown back with its year whole, so that 20AA is seen as it was read.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory
from tests.gui.paimef_window_driver import _cell
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture
from tests.gui.year_window_setup import COORDINATOR
from tests.gui.year_window_setup import _quiet_boxes as _quiet_boxes  # the fixture

pytestmark = pytest.mark.gui


def test_a_delivery_date_with_two_digits_of_year_is_stored_in_this_century(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ism_desktop.gui.year_dialogs import DeliveryDatesDialog

    window = open_window(COORDINATOR)
    hints: list[str] = []

    def fill(dialog: DeliveryDatesDialog) -> int:
        hints[:] = [dialog.fields[quarter].toolTip() for quarter in Quarter]
        dialog.fields[Quarter.FIRST].setText("15/04/24")
        dialog.fields[Quarter.SECOND].setText("15/07/4")  # one digit: which year? refused
        return int(QDialog.DialogCode.Accepted)

    warnings: list[str] = []
    monkeypatch.setattr(DeliveryDatesDialog, "exec", fill)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    window.year_actions.delivery_dates()
    assert warnings == [
        "Trimestre 2: «15/07/4» no es una fecha; escríbala como DD/MM/AAAA (por ejemplo "
        "15/04/2025) o AAAA-MM-DD."
    ]
    assert window.session.store.years.delivery_dates(2024) == {}

    monkeypatch.setattr(
        DeliveryDatesDialog,
        "exec",
        lambda dialog: (
            dialog.fields[Quarter.FIRST].setText("15/04/24"),
            int(QDialog.DialogCode.Accepted),
        )[1],
    )
    window.year_actions.delivery_dates()

    assert window.session.store.years.delivery_dates(2024) == {Quarter.FIRST: "2024-04-15"}
    assert all("DD/MM/AA (15/04/25, año 20AA)" in hint for hint in hints), hints


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
