"""The unit's status bar says how many of its target-change requests are still undecided.

A request was said once, as it was registered; after that nothing on the window counted the
requests waiting for the coordinating unit.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow

from ism_desktop.domain.audit import TargetChangeReason
from ism_desktop.domain.quarter import Quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui
NAME = "Solicitudes de cambio de meta pendientes"


def _note(window: QMainWindow) -> QLabel:
    (label,) = [w for w in window.statusBar().findChildren(QLabel) if w.accessibleName() == NAME]
    return label


def test_the_status_bar_counts_the_requests_waiting(open_window: WindowFactory) -> None:
    window = open_window(unit_profile("004"))
    assert not _note(window).isVisible()
    reason = TargetChangeReason("Se suman dos municipios.", "")
    for name, quarter, figure in (
        ("ESTUDIOS SOCIOECONÓMICOS", Quarter.SECOND, 777),
        ("ASESORÍA LEGAL", Quarter.THIRD, 10),
    ):
        meta = select(window, name)
        window.session.change_modified_target(
            meta.stable_id, quarter, Decimal(figure), None, reason
        )

    assert _note(window).isVisible()
    assert _note(window).text() == "2 solicitudes de cambio de meta pendientes"
    assert "(en 2 metas," in _note(window).toolTip()

    window.session.undo()  # the second request withdrawn, unsent

    assert _note(window).text() == "1 solicitud de cambio de meta pendiente"
    window.session.undo()
    assert not _note(window).isVisible()
