"""The coordinator's status bar counts the target-change requests waiting for its decision.

Once the box saying what the packages brought was closed, nothing on the window said that a
request waited: the coordinator had to remember to open Coordinación → Solicitudes….
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.closure_repository import CLOSE, ClosureEvent
from ism_desktop.workspace.year_programme import approve_year
from tests.change_requests import asked
from tests.gui.conftest import WindowFactory
from tests.gui.window_driver import select
from tests.gui.year_window_setup import COORDINATOR, STUDIES
from tests.next_year import NEXT_YEAR, prepare_next_year

pytestmark = pytest.mark.gui
NAME = "Solicitudes de cambio de meta pendientes"
UNITS = ("001", "002", "003", "004", "005", "006", "008", "009")


def _note(window: QMainWindow) -> QLabel:
    (label,) = [w for w in window.statusBar().findChildren(QLabel) if w.accessibleName() == NAME]
    return label


def test_the_coordinators_bar_counts_the_requests_to_decide(open_window: WindowFactory) -> None:
    window = open_window(COORDINATOR)
    assert not _note(window).isVisible()
    request = asked(window.session.store, UnitCode("004"), select(window, STUDIES).stable_id)
    window.session.reload()  # as a package received leaves it

    assert _note(window).isVisible()
    assert _note(window).text() == "1 solicitud de cambio por decidir"
    assert _note(window).toolTip() == (
        "Solicitudes de cambio de meta de la unidad 004 que esperan su decisión: Coordinación "
        "→ Solicitudes de cambio de meta…"
    )

    assert window.year_actions.decide(request, False, "Sin oficio") is None

    assert not _note(window).isVisible()


def test_a_crowded_bar_stays_on_a_1366_pixel_screen(open_window: WindowFactory) -> None:
    window = open_window(COORDINATOR)
    store = window.session.store
    asked(store, UnitCode("004"), select(window, STUDIES).stable_id)
    author = Author("Unidad 002", "prueba")
    for unit in UNITS:  # the first quarter closed everywhere: «Informar el T2: …»
        event = ClosureEvent(2024, "30", UnitCode(unit), Quarter.FIRST, CLOSE, "", author, "")
        store.closures.set_state(event)
    prepare_next_year(store)  # «Hay un programa 2025: …»
    approve_year(store, NEXT_YEAR, "Unidad coordinadora")
    window.session.reload()
    window.resize(1366, 740)
    QApplication.sendPostedEvents()

    notes = [w for w in window.statusBar().findChildren(QLabel) if w.isVisible() and w.text()]
    assert len(notes) >= 4, [n.text() for n in notes]
    assert window.minimumSizeHint().width() <= 1366
    assert window.width() <= 1366
    # The count is read whole; a note the person was already asked about gives way.
    assert _note(window).width() >= _note(window).sizeHint().width()
