"""«Solicitar cambio…» offers the modified target as the grid shows it.

At 1366×768 the grid shows whole figures bare («900»): the dialog offered «900.00» for the
same figure, as if it were another.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.modified_target_dialog import ModifiedTargetDialog
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # modified T2 of NUM: 900, a whole figure


@pytest.mark.parametrize(("width", "shown"), [(1366, "900"), (2400, "900.00")])
def test_the_dialog_offers_the_figure_the_grid_shows(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, width: int, shown: str
) -> None:
    window = open_window(unit_profile("004"))
    window.resize(width, 740)
    select(window, STUDIES)
    grid = window.form.grid.cell(RowKind.NUM, Series.MODIFIED, Quarter.SECOND).text()
    offered: list[str] = []

    def look(dialog: ModifiedTargetDialog) -> int:
        dialog.quarter_box.setCurrentIndex(Quarter.SECOND.index)
        offered.append(dialog.num_edit.text())
        return int(ModifiedTargetDialog.DialogCode.Rejected)

    monkeypatch.setattr(ModifiedTargetDialog, "exec", look)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    window.form.modify_button.click()

    assert (grid, offered) == (shown, [shown])
