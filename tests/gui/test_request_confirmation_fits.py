"""A request's confirmation is read whole at 1366×768: under the figures, not cut in the bar.

The status bar cut «Se registró la solicitud … de «SERVICIOS OTORGADOS EN LA ATENCIÓN DE…»: T1
NUM 0 → 10,…» before it said where the request goes.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ism_desktop.gui.message_line import WholeMessageLink
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_target_request_said import ATTENTION, ask, request_said
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui


def test_the_confirmation_is_whole_under_the_figures_and_the_bar_not_cut(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    window.showNormal()
    window.resize(1366, 768)
    QApplication.processEvents()
    select(window, ATTENTION)

    ask(window, monkeypatch, "1700")
    QApplication.processEvents()

    more = window.statusBar().findChild(WholeMessageLink)
    assert more is not None
    assert window.statusBar().currentMessage()
    assert not more.isVisible()
    assert window.form.requests.isVisible()
    assert request_said(window).endswith(
        f"Se registró la solicitud de cambio de meta modificada de «{ATTENTION}»: "
        "T1 1600 → 1700 (anual: 6400 → 6500). Va en el próximo paquete a la unidad coordinadora, "
        "que decide si la aplica."
    )
