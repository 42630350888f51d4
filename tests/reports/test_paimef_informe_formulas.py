"""The PAIMEF workbook's sums and percentages are formulas, and its deadlines are dates."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from io import BytesIO

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import compute_deadlines
from ism_desktop.domain.paimef.indicator_captures import indicator_results
from ism_desktop.domain.paimef.informe import PaimefInforme, build_informe
from ism_desktop.domain.paimef.programme_rules import check_programme
from ism_desktop.reports.paimef.informe_xlsx import informe_xlsx
from tests.paimef_builders import programme


def informe_of_april() -> PaimefInforme:
    """The sample programme's informe on 1 April 2026, indicator 2 captured for T1."""
    value = programme()
    captures = {(2, "2026-T1"): (Decimal(130), Decimal(100))}
    as_of = date(2026, 4, 1)
    return build_informe(
        value,
        as_of,
        indicator_results(2026, captures),
        compute_deadlines(2026, value.dates, BusinessCalendar()),
        check_programme(value, as_of),
    )


def _row_of(sheet: Worksheet, column: int, text: str) -> int:
    return next(
        int(cell.row)
        for (cell,) in sheet.iter_rows(min_col=column, max_col=column)
        if cell.value == text
    )


def _books() -> tuple[Worksheet, Worksheet]:
    data = informe_xlsx(informe_of_april())
    return load_workbook(BytesIO(data))["Avance"], load_workbook(BytesIO(data), data_only=True)[
        "Avance"
    ]


def test_an_acción_percentage_is_a_formula_over_its_own_amounts() -> None:
    formulas, _ = _books()
    row = _row_of(formulas, 1, "B.1")

    assert formulas[f"F{row}"].value == f"=IF(D{row}=0,0,ROUND(ROUND(E{row}*100/D{row},10),2))"


def test_subtotals_sum_their_vertiente_and_the_total_sums_the_subtotals() -> None:
    formulas, _ = _books()
    a1, a2 = _row_of(formulas, 1, "A.1"), _row_of(formulas, 1, "A.2")
    subtotals = [_row_of(formulas, 2, f"Subtotal vertiente {v}") for v in "ABC"]
    total = _row_of(formulas, 2, "Total del Programa Anual")

    assert a2 == a1 + 1
    assert formulas[f"D{subtotals[0]}"].value == f"=SUM(D{a1}:D{a2})"
    assert formulas[f"E{subtotals[0]}"].value == f"=SUM(E{a1}:E{a2})"
    a, b, c = subtotals
    assert formulas[f"D{total}"].value == f"=D{a}+D{b}+D{c}"
    assert formulas[f"E{total}"].value == f"=E{a}+E{b}+E{c}"
    assert (
        formulas[f"F{total}"].value == f"=IF(D{total}=0,0,ROUND(ROUND(E{total}*100/D{total},10),2))"
    )


def test_a_viewer_that_does_not_recalculate_shows_the_figures() -> None:
    # The values stored with the formulas, read as a viewer without a calculator reads them.
    formulas, values = _books()
    subtotal_b = _row_of(formulas, 2, "Subtotal vertiente B")
    total = _row_of(formulas, 2, "Total del Programa Anual")

    shown = [values[f"{col}{row}"].value for row in (subtotal_b, total) for col in "DEF"]

    assert [Decimal(repr(value)) for value in shown] == [
        Decimal(25000),
        Decimal("24999.99"),
        Decimal(100),  # 99.99996 % rounded to hundredths
        Decimal(100000),
        Decimal("24999.99"),
        Decimal(25),
    ]
    assert formulas[f"D{total}"].number_format == '"$"#,##0.00'
    assert formulas[f"F{total}"].number_format == '0.00"%"'


def test_deadlines_are_dates_that_sort_in_the_mexican_order() -> None:
    sheet = load_workbook(BytesIO(informe_xlsx(informe_of_april())))["Plazos"]
    # Signed 13 March 2026: the Constancia de Conformidad is due five business days later.
    row = next(
        cells
        for cells in sheet.iter_rows(min_row=5)
        if str(cells[2].value).startswith("Ingresar escaneada la Constancia")
    )

    assert row[0].value == datetime(2026, 3, 23)
    assert row[0].number_format == "dd/mm/yyyy"


def test_a_met_deadline_has_the_date_it_was_met() -> None:
    informe = informe_of_april()
    value = programme()
    met = {**value.dates, "entrega_constancia_conformidad": date(2026, 3, 20)}
    deadlines = compute_deadlines(2026, met, BusinessCalendar())
    done = build_informe(value, informe.as_of, list(informe.indicators), deadlines, [])

    sheet = load_workbook(BytesIO(informe_xlsx(done)))["Plazos"]
    row = next(cells for cells in sheet.iter_rows(min_row=5) if cells[4].value is not None)

    assert row[4].value == datetime(2026, 3, 20)
    assert row[4].number_format == "dd/mm/yyyy"
