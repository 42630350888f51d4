"""Every control of these windows is reached with Alt and a letter, no letter twice.

The PAIMEF window's errors and goals, its days off, the programme editor's search box and the
justification's box were reached by Tab alone: a keyboard user went through every control
before them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.gui.justify_dialog import PAIMEF_WARNING, REPORT_WARNING, JustifyDialog, Wording
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory
from tests.gui.dialog_walker import shared_letters, unlettered_controls
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

    # Left out: the year and the list of acciones; on the first tab no letter is left.
    left_out = {"QSpinBox('Ejercicio')", "QTableView('Acciones del Programa Anual')"}

    assert [fault for fault in _faults(paimef) if fault not in left_out] == []


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
