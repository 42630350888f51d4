"""The «Programa Anual» tab shows each acción's progress and evidence (4.3.8) and the
transversal activities' share against the 5 % ceiling (3.5.1), as the informe does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture

pytestmark = pytest.mark.gui


def _column(
    window: PaimefWindow, heading: str, role: int = Qt.ItemDataRole.DisplayRole
) -> list[object]:
    model = window.model
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headings.index(heading)
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def test_each_accion_shows_the_progress_of_its_metas_and_its_evidence(window: PaimefWindow) -> None:
    # C.1: 120 of 300 women attended = 40.00 %; its 900 sessions not reported yet.
    assert _column(window, "Metas") == [
        "sin reportar",
        "sin reportar",
        "sin reportar",
        "40.00%; sin reportar",
    ]
    assert _column(window, "Metas", Qt.ItemDataRole.ToolTipRole)[3] == (
        "Mujeres atendidas: 300 PERSONA, alcanzado 120 (40.00%)\n"
        "Sesiones: 900 SESIÓN (sin reportar)\n"
        "Material probatorio: Listas de asistencia"
    )


def test_the_tab_shows_the_transversal_share_and_when_it_passes_the_ceiling(
    window: PaimefWindow,
) -> None:
    label = window.transversal
    assert label.text() == (
        "Actividades transversales (coordinación, monitoreo y seguimiento; numeral 3.5.1): "
        "$5,000.00, el 5.00% de $100,000.00 programados; el máximo es 5% ($5,000.00)."
    )
    # A.2, the transversal one, raised from 5 000 to 10 000: 10 000 of 105 000 = 9.52 %.
    window.table.selectRow(1)
    window.form.programmed.setText("10,000.00")
    window.form.save_button.click()

    assert label.text() == (
        "Actividades transversales (coordinación, monitoreo y seguimiento; numeral 3.5.1): "
        "$10,000.00, el 9.52% de $105,000.00 programados: rebasan el máximo de 5% ($5,250.00) "
        "por $4,750.00."
    )
    assert label.isVisible()
    assert "176, 0, 32" in label.styleSheet() or "#b00020" in label.styleSheet().lower()
