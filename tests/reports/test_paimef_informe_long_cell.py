"""A text longer than an Excel cell holds is cut in the PAIMEF workbook saying so, not silently."""

from __future__ import annotations

from datetime import date
from io import BytesIO

from openpyxl import load_workbook

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import compute_deadlines
from ism_desktop.domain.paimef.indicator_captures import indicator_results
from ism_desktop.domain.paimef.informe import build_informe
from ism_desktop.domain.paimef.programme import Goal
from ism_desktop.reports.paimef.informe_xlsx import informe_xlsx
from tests.paimef_builders import action, programme

EXCEL_CELL_LIMIT = 32_767  # characters an Excel cell holds


def _goals_cell(goals: tuple[Goal, ...]) -> str:
    value = programme(action("A.1", "A", "A-I", "1000.00", goals=goals))
    as_of = date(2026, 4, 1)
    informe = build_informe(
        value,
        as_of,
        indicator_results(2026, {}),
        compute_deadlines(2026, value.dates, BusinessCalendar()),
        [],
    )
    sheet = load_workbook(BytesIO(informe_xlsx(informe)))["Avance"]
    row = next(cells for cells in sheet.iter_rows() if cells[0].value == "A.1")
    return str(row[2].value)


def test_goals_longer_than_a_cell_are_cut_saying_the_pdf_has_them_whole() -> None:
    # Five goals of 10 000 characters each: 50 000 in one cell, which Excel cannot hold.
    goals = tuple(Goal(f"Meta {i} " + "x" * 10_000, "PERSONA", 5) for i in range(5))

    text = _goals_cell(goals)

    assert len(text) <= EXCEL_CELL_LIMIT
    assert text.startswith("Meta 0 xxx")
    assert text.endswith(
        "…\n[Texto recortado: una celda de Excel admite 32\u00a0767 caracteres; "
        "el informe en PDF lo trae completo.]"
    )


def test_goals_that_fit_are_written_whole() -> None:
    goals = (Goal("Personas capacitadas", "PERSONA", 40), Goal("Sesiones", "SESIÓN", 9))

    assert _goals_cell(goals) == (
        "Personas capacitadas: 40 PERSONA (sin reportar)\nSesiones: 9 SESIÓN (sin reportar)\n"
        "Material probatorio: Listas de asistencia"
    )
