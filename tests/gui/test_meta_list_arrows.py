"""Up and Down in the list of metas go from meta to meta, over the programme and process rows.

Each heading passed on the way emptied the form («Elija una meta…»): two presses of Down
between APOYO Y GESTIONES and the next meta showed nothing.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui

FIRST = "APOYO Y GESTIONES SOCIALES"  # unit 004's first meta, alone under its programme
SECOND = "SERVICIOS OTORGADOS"  # the next one, under another programme and process
LAST = "CAPTURA DE EXPEDIENTE"  # unit 004's last meta, the list's last row
KEYS = {
    "Down": Qt.Key.Key_Down,
    "Up": Qt.Key.Key_Up,
    "Home": Qt.Key.Key_Home,
    "End": Qt.Key.Key_End,
}


# Home landed on the first programme's heading, which emptied the form too.
@pytest.mark.parametrize(
    ("start", "key", "reached"),
    [(FIRST, "Down", SECOND), (SECOND, "Up", FIRST), (SECOND, "Home", FIRST), (FIRST, "End", LAST)],
)
def test_an_arrow_goes_to_the_next_meta_over_the_headings(
    open_window: WindowFactory, qtbot: QtBot, start: str, key: str, reached: str
) -> None:
    window = open_window(unit_profile("004"))
    select(window, start)
    window.tree.setFocus()

    qtbot.keyClick(window.tree, KEYS[key])

    assert window.form.meta is not None
    assert window.form.meta.description.startswith(reached)


def test_a_closed_heading_is_still_stopped_at(open_window: WindowFactory, qtbot: QtBot) -> None:
    # Thousands of metas open only their first level: skipped, a closed heading was unreachable.
    window = open_window(unit_profile("004"))
    select(window, FIRST)
    programme = window.tree.indexBelow(window.tree.currentIndex())  # the next programme
    process = window.tree.indexBelow(programme)  # its first process, closed: metas follow it
    window.tree.collapse(process)
    window.tree.setFocus()

    qtbot.keyClick(window.tree, Qt.Key.Key_Down)

    assert window.tree.currentIndex() == process
