"""A PAIMEF message longer than its two lines is read whole with a click, not a hover.

Its third line was only in a tooltip, and no one in the office hovers over a message.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture

pytestmark = pytest.mark.gui
LONG = "No se guardó el indicador 1, primer trimestre de 2026: " + "una razón larga " * 30


def _link(window: PaimefWindow) -> QLabel:
    link = window.message.findChild(QLabel, "ver_todo")
    assert link is not None
    return link


def test_a_message_longer_than_its_line_offers_all_of_it(
    window: PaimefWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: shown.append(text))
    window.resize(1280, 700)  # as opened, on a 1366×768 screen
    window._say(LONG)
    QApplication.processEvents()

    link = _link(window)
    assert link.isVisible()
    assert "Ver todo" in link.text()
    link.linkActivated.emit("#")
    assert shown == [LONG]


def test_a_short_message_offers_nothing_more(window: PaimefWindow) -> None:
    window.resize(1280, 700)
    window._say(LONG)
    window._say("Guardado.")
    QApplication.processEvents()

    assert not _link(window).isVisible()
    assert window.message.text() == "Guardado."
