"""Every control of these windows is reached with Alt and a letter, no letter twice.

The PAIMEF window's errors and goals, its days off, the programme editor's search box and the
justification's box were reached by Tab alone: a keyboard user went through every control
before them. The PAIMEF window's year and its list of acciones were too, once its row of five
buttons had taken the last letters: its menu bar holds those actions now.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.gui.justify_dialog import PAIMEF_WARNING, REPORT_WARNING, JustifyDialog, Wording
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory
from tests.gui.dialog_walker import (
    alt_letter,
    alt_texts,
    letters_of,
    shared_letters,
    unlettered_controls,
)
from tests.gui.year_window_setup import COORDINATOR
from tests.gui.year_window_setup import _quiet_boxes as _quiet_boxes  # the fixture
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui
AUTHOR = Author("Unidad 002", "ana")


def _faults(window: QWidget) -> list[str]:
    """The controls no letter leads to, and the letters two entries share."""
    shared = shared_letters(window)
    return [*unlettered_controls(window), *(f"{k}: {v}" for k, v in shared.items())]


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


@pytest.fixture
def paimef(qtbot: QtBot, tmp_path: Path) -> Iterator[PaimefWindow]:
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), AUTHOR, "prueba", [])
        window = PaimefWindow(store, AUTHOR, date(2026, 7, 15))
        _shown(qtbot, window)
        yield window


@pytest.mark.parametrize("tab", range(4))
def test_every_control_of_the_paimef_window_has_its_letter(
    paimef: PaimefWindow, qtbot: QtBot, tab: int
) -> None:
    paimef.tabs.setCurrentIndex(tab)
    qtbot.waitUntil(lambda: paimef.tabs.currentWidget().isVisible())
    # The menu bar's titles («E&ditar») answer over every tab, as the tabs' own letters do.
    menus = [a.text() for bar in paimef.findChildren(QMenuBar) for a in bar.actions()]
    letters = letters_of(alt_texts(paimef) + menus)
    shared = {letter: texts for letter, texts in letters.items() if len(texts) > 1}

    # Before: the year (QSpinBox «Ejercicio») and the list of acciones had no letter left.
    assert unlettered_controls(paimef) == []
    assert shared == {}


def test_every_entry_of_the_paimef_menus_has_its_own_letter(paimef: PaimefWindow) -> None:
    # Within an open menu a letter shared goes to each entry in turn, doing neither at once.
    menus = {
        action.text(): [a.text() for a in menu.actions() if not a.isSeparator()]
        for action in paimef.undo_menu.bar.actions()
        if isinstance(menu := action.menu(), QMenu)
    }
    faults = {
        title: shared
        for title, entries in menus.items()
        if (shared := {k: v for k, v in letters_of(entries).items() if len(v) > 1})
    }
    unlettered = {
        title: [e for e in entries if alt_letter(e) is None] for title, entries in menus.items()
    }

    assert set(menus) == {"&Archivo", "E&ditar"}
    assert faults == {}
    assert unlettered == {"&Archivo": [], "E&ditar": []}


def test_every_delivery_date_has_its_letter(qtbot: QtBot) -> None:
    from ism_desktop.gui.year_dialogs import DeliveryDatesDialog

    dialog = _shown(qtbot, DeliveryDatesDialog(2024, lambda _year: {}, [2025]))

    assert _faults(dialog) == []


def test_the_programme_editor_search_has_its_letter(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    from ism_desktop.gui.programme_editor import ProgrammeEditor
    from ism_desktop.workspace.year_programme import new_year

    window = open_window(COORDINATOR)
    new_year(window.session.store, 2025, 2024, window.session.author)
    editor = _shown(qtbot, ProgrammeEditor(window.session.store, 2025, window.session.author))

    assert _faults(editor) == []


@pytest.mark.parametrize("wording", [REPORT_WARNING, PAIMEF_WARNING])
def test_the_justification_box_has_its_letter(qtbot: QtBot, wording: Wording) -> None:
    dialog = _shown(qtbot, JustifyDialog("Aviso", "", wording=wording))

    assert _faults(dialog) == []
