"""The coordinator's closing dialog says, in its list of units, whose quarter is open or closed.

It opened on the selected meta's unit, pre-set to «Reabrir», and the list named the units only:
which unit still had its quarter open was found by choosing each one in turn.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QDialog

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.closing_dialog import ClosingDialog
from ism_desktop.workspace.quarter_closing import close_quarter
from tests.gui.conftest import WindowFactory
from tests.gui.year_window_setup import COORDINATOR
from tests.gui.year_window_setup import _quiet_boxes as _quiet_boxes  # the fixture

pytestmark = pytest.mark.gui


def test_each_unit_in_the_list_says_whether_its_quarter_is_closed(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    store = window.session.store
    close_quarter(store, 2024, UnitCode("004"), Quarter.FIRST, window.session.author)
    today = datetime.now().strftime("%d/%m/%Y")
    seen: dict[str, object] = {}

    def look(dialog: ClosingDialog) -> int:
        combo = dialog.unit
        seen["items"] = {
            str(combo.itemData(row)): combo.itemText(row) for row in range(combo.count())
        }
        combo.setCurrentIndex(combo.findData("004"))
        seen["closed_offers_reopen"] = dialog.reopen_choice.isChecked()
        combo.setCurrentIndex(combo.findData("002"))
        seen["open_offers_close"] = dialog.close_choice.isChecked()
        dialog.quarter.setValue(2)  # the second quarter: no unit has closed it
        seen["second"] = [combo.itemText(row) for row in range(combo.count())]
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ClosingDialog, "exec", look)

    window.year_actions.closing()

    items = seen["items"]
    assert isinstance(items, dict)
    assert items["004"].startswith("004")
    assert items["004"].endswith(f" — cerrado el {today}")
    assert items["002"].endswith(" — abierto")
    assert all(text.endswith(" — abierto") for unit, text in items.items() if unit != "004")
    assert seen["closed_offers_reopen"] is True
    assert seen["open_offers_close"] is True
    second = seen["second"]
    assert isinstance(second, list)
    assert all(text.endswith(" — abierto") for text in second)
