"""The coordinator's own errors in a quarter it closed: the summary says to reopen it first."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.workspace.quarter_closing import close_quarter
from tests.gui.conftest import WindowFactory
from tests.gui.window_driver import achieved_cell, select, type_into
from tests.gui.year_window_setup import COORDINATOR

pytestmark = pytest.mark.gui


def test_own_errors_in_a_closed_quarter_say_to_reopen_it(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # Closed with errors in unit 002's metas, «corríjalos antes de imprimir» was said over a
    # read-only form: nothing could be corrected until the quarter was reopened.
    window = open_window(COORDINATOR)
    select(window, "PORCENTAJE DE SATISFACCIÓN")  # a meta of unit 002
    type_into(qtbot, achieved_cell(window), "")  # an error: the quarter's figure left out
    assert window.findings.summary.text().endswith(
        "Corríjalo antes de imprimir el informe institucional."
    )

    # What «Año → Cerrar o reabrir un trimestre…» does once its dialog is answered.
    session = window.session
    close_quarter(session.store, 2024, UnitCode("002"), Quarter.FIRST, session.author)
    session.reload()

    qtbot.waitUntil(lambda: "cerrado" in window.findings.summary.text())
    said = window.findings.summary.text()
    assert said.startswith("1 error · ")
    assert said.endswith(
        "). El trimestre 1 está cerrado: reábralo (Año → Cerrar o reabrir un trimestre…) y "
        "corríjalo antes de imprimir el informe institucional."
    )


@pytest.mark.parametrize(
    ("errors", "own", "said"),
    [
        (
            2,
            2,
            " El trimestre 2 está cerrado: reábralo (Año → Cerrar o reabrir un trimestre…) y "
            "corríjalos antes de imprimir el informe institucional.",
        ),
        (
            94,
            10,
            " De ellos, 10 son de la unidad 002, en el trimestre 2 cerrado: reábralo (Año → "
            "Cerrar o reabrir un trimestre…) y corríjalos antes de imprimir el informe "
            "institucional. Los otros 84 son de otras unidades: los corrige cada unidad y llegan "
            "en su próximo paquete.",
        ),
        # Only other units' errors: nothing of the coordinator's to reopen.
        (
            1,
            0,
            " El error es de otra unidad: lo corrige esa unidad y llega en su próximo paquete.",
        ),
    ],
)
def test_what_the_errors_mean_in_a_closed_quarter(errors: int, own: int, said: str) -> None:
    from ism_desktop.gui.findings_panel import _what_errors_block

    block = _what_errors_block(errors, own, "002", coordinator=True, closed=Quarter.SECOND)
    assert block == said
