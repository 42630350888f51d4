"""The meta the window reopens on is shown whole in the list, not cut by the list's bottom edge.

Seen at 1366×768: the coordinator's list opened with the remembered meta on its bottom edge, a
few pixels of it cut off. It was scrolled to while the list was first laid out; the list then
got its final height, shorter, and the row fell partly under its edge.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.store.store import Store
from tests.gui.test_reopen_where_left import opened, stores

pytestmark = pytest.mark.gui
__all__ = ["stores"]  # the fixture closing the stores opened
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


def _row_whole_in_view(window: MainWindow) -> tuple[int, int, int]:
    """The current row's top and bottom, and the list's last visible pixel row."""
    row = window.tree.visualRect(window.tree.currentIndex())
    return row.top(), row.bottom(), window.tree.viewport().rect().bottom()


@pytest.mark.parametrize("position", [20, 35, -1], ids=["below", "further", "last"])
def test_the_remembered_meta_opens_whole_in_view(
    qtbot: QtBot, db_path: Path, tmp_path: Path, stores: list[Store], position: int
) -> None:
    ini = tmp_path / "configuracion.ini"
    window = opened(qtbot, db_path, ini, COORDINATOR, stores)
    chosen = window.session.metas()[position].stable_id
    window.select_meta(chosen)  # a meta below the first screenful of the list
    window.close()

    again = opened(qtbot, db_path, ini, COORDINATOR, stores)

    assert again.current_meta_id() == chosen
    top, bottom, last_visible = _row_whole_in_view(again)
    assert top >= 0
    assert bottom <= last_visible, "the row is cut by the list's bottom edge"
