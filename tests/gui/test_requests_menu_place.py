"""The coordinating unit decides the units' requests from «Coordinación», not from «Año».

Its work on the units' packages (board, bases, observations) was under «Coordinación»; the
requests that arrive in those packages were under «Año», among the programme's entries.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from ism_desktop.domain.wording import REQUESTS_MENU
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.year_window_setup import COORDINATOR

pytestmark = pytest.mark.gui


def _menus(window: MainWindow) -> dict[str, list[str]]:
    bar = window.menuBar()
    return {
        menu.title().replace("&", ""): [
            a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()
        ]
        for menu in (entry.menu() for entry in bar.actions())
        if isinstance(menu, QMenu)
    }


def test_the_requests_entry_is_under_coordinacion(open_window: WindowFactory) -> None:
    menus = _menus(open_window(COORDINATOR))

    assert "&Solicitudes de cambio de meta…" in menus["Coordinación"]
    assert not any("Solicitudes" in text for text in menus["Año"])
    assert REQUESTS_MENU == "Coordinación → Solicitudes de cambio de meta…"
