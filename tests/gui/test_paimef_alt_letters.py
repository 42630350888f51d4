"""Each Alt letter of the PAIMEF window leads to one control on the tab shown.

Alt+N went to «Nombre» or «Nueva acción» by turns (and never pressed the button), and so did
Alt+J («Justificación», «Justificar aviso…»), Alt+E, Alt+P and Alt+F: Qt only moves the focus
among controls that share a letter.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenuBar, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui
AUTHOR = Author("Unidad 002", "ana")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[PaimefWindow]:
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), AUTHOR, "prueba", [])
        shown = PaimefWindow(store, AUTHOR, date(2026, 7, 15))
        qtbot.addWidget(shown)
        shown.resize(1366, 740)
        with qtbot.waitExposed(shown):
            shown.show()
        yield shown


def _letter(text: str) -> str:
    """The Alt letter of a text with «&», read back by Qt itself."""
    mnemonic = QKeySequence.mnemonic(text).toString()
    return mnemonic.removeprefix("Alt+").upper()


def _letters_shown(window: PaimefWindow) -> list[tuple[str, str]]:
    """(letter, text) of each visible button, labelled field and tab."""
    found: list[tuple[str, str]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            text = widget.text()
            if _letter(text):
                found.append((_letter(text), text))
    tabs = window.tabs.tabBar()
    found += [(_letter(tabs.tabText(i)), tabs.tabText(i)) for i in range(tabs.count())]
    # The menu bar's titles (*Editar*) take their Alt letter over the whole window too.
    menus = [a.text() for bar in window.findChildren(QMenuBar) for a in bar.actions()]
    return found + [(_letter(text), text) for text in menus]


@pytest.mark.parametrize("tab", range(4))
def test_no_alt_letter_is_shared(window: PaimefWindow, qtbot: QtBot, tab: int) -> None:
    window.tabs.setCurrentIndex(tab)
    qtbot.waitUntil(lambda: window.tabs.currentWidget().isVisible())
    found = _letters_shown(window)
    counts = Counter(letter for letter, _text in found)

    shared = sorted((letter, text) for letter, text in found if counts[letter] > 1)

    assert shared == [], shared
