"""Enter in a figure with nothing typed changes nothing: no figure, no undo step, no save.

Said of a DEN left empty: Enter was to have put 0 in it. Checked on NUM and DEN, empty and
holding a figure.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ism_desktop.domain.figures import RowKind
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, type_into

pytestmark = pytest.mark.gui
SERVICES = "SERVICIOS OTORGADOS"  # unit 004's tipo P meta: NUM 0, DEN 0 in T1


@pytest.mark.parametrize("kind", [RowKind.NUM, RowKind.DEN])
@pytest.mark.parametrize("emptied", [True, False], ids=["vacía", "con cifra"])
def test_enter_with_nothing_typed_changes_nothing(
    open_window: WindowFactory, qtbot: QtBot, kind: RowKind, emptied: bool
) -> None:
    window = open_window(unit_profile("004"))
    select(window, SERVICES)
    if emptied:
        type_into(qtbot, achieved_cell(window, kind), "")
    before = window.form.meta
    steps = window.session.workspace.history.to_undo()
    cell = achieved_cell(window, kind)
    cell.setFocus()

    qtbot.keyClick(cell, Qt.Key.Key_Return)

    assert before is not None
    assert window.form.meta == before
    assert window.session.meta(before.stable_id) == before  # nothing saved
    assert window.session.workspace.history.to_undo() == steps
    assert achieved_cell(window, kind).text() == ("" if emptied else "0")
