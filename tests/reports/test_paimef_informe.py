"""The PAIMEF informe read back: PDF text on every page, xlsx cells and footers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from io import BytesIO

import pdfplumber
from openpyxl import load_workbook

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import compute_deadlines
from ism_desktop.domain.paimef.indicator_captures import indicator_results, missing_captures
from ism_desktop.domain.paimef.informe import PaimefInforme, build_informe
from ism_desktop.domain.paimef.programme_rules import check_programme
from ism_desktop.reports.paimef.informe_pdf import informe_pdf
from ism_desktop.reports.paimef.informe_xlsx import informe_xlsx
from tests.paimef_builders import programme

LEGEND = (
    "Este programa es público, ajeno a cualquier partido político. Queda prohibido el uso para "
    "fines distintos a los establecidos en el programa"
)


def _informe(as_of: date) -> PaimefInforme:
    value = programme()
    captures = {(2, "2026-T1"): (Decimal(130), Decimal(100))}
    deadlines = compute_deadlines(2026, value.dates, BusinessCalendar())
    return build_informe(
        value,
        as_of,
        indicator_results(2026, captures),
        deadlines,
        check_programme(value, as_of),
    )


def test_pdf_has_the_legend_on_every_page_and_the_figures() -> None:
    data = informe_pdf(_informe(date(2026, 4, 1)))
    with pdfplumber.open(BytesIO(data)) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert LEGEND in text.replace("\n", " "), number
        assert f"Página {number} de {len(pages)}" in text
    whole = "\n".join(pages)
    assert "Informe Parcial del Programa Anual PAIMEF 2026" in whole
    # B.1: 24,999.99 of 25,000.00 = 99.99996% → 100.00%; total 24,999.99 of 100,000 = 25.00%.
    # Closed up, as the rest of the program writes a percentage («84.55%»).
    assert "$25,000.00 $24,999.99 100.00%" in whole
    assert "Total del Programa Anual $100,000.00 $24,999.99 25.00%" in whole
    # Indicator 2, T1: (130 / 100 − 1) × 100, a «Porcentaje» said with its sign.
    assert "30.00%" in whole
    assert "sin capturar" in whole
    # Signed 13 March 2026: the Constancia de Conformidad was due 23 March, not delivered.
    assert (
        "23/03/2026 4.3.4.1 Ingresar escaneada la Constancia de Conformidad IMEF vencido" in whole
    )


def test_final_after_year_end() -> None:
    informe = _informe(date(2027, 1, 10))
    assert informe.final
    with pdfplumber.open(BytesIO(informe_pdf(informe))) as pdf:
        first = pdf.pages[0].extract_text() or ""
    assert "Informe Final del Programa Anual PAIMEF 2026" in first


def test_xlsx_sheets_carry_the_legend_and_the_totals() -> None:
    data = informe_xlsx(_informe(date(2026, 4, 1)))
    book = load_workbook(BytesIO(data))
    assert book.sheetnames == ["Avance", "Indicadores", "Plazos", "Revisión"]
    for sheet in book.worksheets:
        assert sheet["A2"].value == LEGEND
        assert sheet.oddFooter.center.text == LEGEND
    progress = book["Avance"]
    # The total is formulas; their stored values are what a viewer shows.
    values = load_workbook(BytesIO(data), data_only=True)["Avance"]
    rows = [[cell.value for cell in row] for row in values.iter_rows()]
    total = next(row for row in rows if row[1] == "Total del Programa Anual")
    # Figures stay numbers in Excel, with a money or percent format.
    assert [Decimal(repr(value)) for value in total[3:]] == [
        Decimal(100000),
        Decimal("24999.99"),
        Decimal(25),
    ]
    first = next(row for row in progress.iter_rows() if row[0].value == "A.1")
    assert first[3].number_format == '"$"#,##0.00'
    assert first[5].number_format == '0.00"%"'


def test_amounts_are_right_aligned_and_headings_whole() -> None:
    # Money is read down its column: the cents must line up, whatever the number of digits.
    data = informe_pdf(_informe(date(2026, 4, 1)))
    with pdfplumber.open(BytesIO(data)) as pdf:
        page = pdf.pages[0]
        words = page.extract_words()
        text = page.extract_text() or ""
    # The transversal share's line under the total quotes amounts in a sentence, not a column.
    sentence = next(round(w["top"]) for w in words if w["text"] == "transversales")
    words = [w for w in words if round(w["top"]) != sentence]
    amounts = [w for w in words if w["text"].startswith("$")]
    # The «% ejercido» column: the percentages on a line with amounts (not the indicators').
    lines_with_amounts = {round(w["top"]) for w in words if w["text"].startswith("$")}
    percents = [
        w
        for w in words
        if w["text"].endswith("%")
        and w["text"][:-1].replace(".", "").isdigit()
        and round(w["top"]) in lines_with_amounts
    ]
    assert len(amounts) >= 8
    columns: dict[int, list[float]] = {}
    for word in amounts:
        columns.setdefault(round(word["x0"] / 60), []).append(word["x1"])
    right_edges = {round(x1) for edges in columns.values() for x1 in edges}
    assert len(right_edges) == 2  # Programado and Ejercido: one right edge each
    assert len({round(w["x1"]) for w in percents}) == 1
    assert any(line.startswith("Núm. Indicador") for line in text.split("\n"))  # not «Núm» / «.»


def test_a_rule_reference_is_printed_whole_in_its_column() -> None:
    # «3.4i-presupuesto» broke as «3.4i-presupuest» / «o» in the findings table; the widest
    # reference shown now is that of the indicators' captures.
    from tests.paimef_builders import action

    value = programme(
        action("A.9", "A", "A-I", "0", justification=""), action("B.1", "B", "B-I", "100")
    )
    as_of = date(2026, 4, 10)
    informe = build_informe(
        value,
        as_of,
        indicator_results(2026, {}),
        compute_deadlines(2026, value.dates, BusinessCalendar()),
        [*check_programme(value, as_of), *missing_captures(2026, {}, as_of)],
    )
    codes = {finding.rule for finding in informe.findings}
    assert {"3.4i-presupuesto", "3.4i-justificacion", "anexo5"} <= codes

    with pdfplumber.open(BytesIO(informe_pdf(informe))) as pdf:
        lines = [line for page in pdf.pages for line in (page.extract_text() or "").split("\n")]

    assert any(line.startswith("AVISO 3.6.2 c) / Anexo 5 — ") for line in lines)
    assert any(line.startswith("ERROR 3.4 i) A.9 ") for line in lines)


def test_an_informe_with_errors_says_on_every_page_that_it_is_a_draft() -> None:
    # Written as it was (the command line asks nothing), it read as the informe to deliver.
    informe = _informe(date(2026, 4, 1))
    empty = replace(informe.programme, actions=())  # no acción in any vertiente: errors
    draft = replace(
        informe, programme=empty, findings=tuple(check_programme(empty, date(2026, 4, 1)))
    )
    errors = sum(1 for finding in draft.findings if finding.is_error)
    assert errors > 0

    with pdfplumber.open(BytesIO(informe_pdf(draft))) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    book = load_workbook(BytesIO(informe_xlsx(draft)))

    mark = f"BORRADOR: {errors} errores por corregir"
    assert all(mark in text.replace("\n", " ") for text in pages)
    assert all(mark in str(sheet["A1"].value) for sheet in book.worksheets)
    assert "BORRADOR" not in informe.title  # without errors, the informe as it is delivered


def test_an_acción_named_with_an_equals_sign_is_text_in_the_informe() -> None:
    informe = _informe(date(2026, 4, 1))
    first, *rest = informe.programme.actions
    named = replace(informe.programme, actions=(replace(first, name="=1+1"), *rest))
    sections = build_informe(
        named,
        date(2026, 4, 1),
        list(informe.indicators),
        [],
        check_programme(named, date(2026, 4, 1)),
    )

    book = load_workbook(BytesIO(informe_xlsx(sections)))

    avance = book["Avance"].iter_rows()
    cells = [c for row in avance for c in row if str(c.value).startswith("=1+1")]
    assert [c.data_type for c in cells] == ["s"]  # a formula Excel would have run


def test_every_page_footer_carries_the_date_of_the_informe() -> None:
    # Only page 1 said the date, in its heading: a loose page 2 could not be dated.
    data = informe_pdf(_informe(date(2026, 4, 1)))
    with pdfplumber.open(BytesIO(data)) as pdf:
        footers = [
            page.crop((0, page.height - 1.5 * 72 / 2.54, page.width, page.height)).extract_text()
            for page in pdf.pages
        ]
    assert len(footers) >= 2
    for number, footer in enumerate(footers, start=1):
        assert "Fecha de corte: 01/04/2026" in footer, number
        assert f"Página {number} de {len(footers)}" in footer, number


def test_indicator_sheet_keeps_numbers_as_numbers() -> None:
    # «Núm.» was written as text: Excel flagged each cell and sorted 10 before 2.
    book = load_workbook(BytesIO(informe_xlsx(_informe(date(2026, 4, 1)))))
    sheet = book["Indicadores"]
    heading = next(row for row in sheet.iter_rows() if row[0].value == "Núm.")
    first = sheet[heading[0].row + 1]
    assert first[0].data_type == "n"
    assert first[0].value == 1
    last = [row for row in sheet.iter_rows(min_row=heading[0].row + 1) if row[0].value]
    assert [row[0].value for row in last][-1] == 15
    # Indicator 2 is a «Porcentaje»: its value 30 is shown «30.00%», still a number.
    two = next(row for row in last if row[0].value == 2 and row[3].data_type == "n")
    assert two[3].value == 30
    assert two[3].number_format == '0.00"%"'


def test_indicator_figures_stand_on_the_left_as_in_the_pdf() -> None:
    # Right-aligned, «75.00%» ran into the next column's «Porcentaje» when printed.
    book = load_workbook(BytesIO(informe_xlsx(_informe(date(2026, 4, 1)))))
    figures = [cell for row in book["Indicadores"].iter_rows(min_row=5) for cell in row[:4:3]]
    numbers = [cell for cell in figures if cell.data_type == "n"]
    assert len(numbers) > 15  # each «Núm.» and the value captured
    assert {cell.alignment.horizontal for cell in numbers} == {"left"}
    # The acciones' figures stay right-aligned: their cents line up down the column.
    first = next(row for row in book["Avance"].iter_rows() if row[0].value == "A.1")
    assert first[3].alignment.horizontal != "left"


def test_figure_headings_stand_over_their_figures() -> None:
    # «Programado» sat on the left over figures on the right, as the PDF does not print it.
    sheet = load_workbook(BytesIO(informe_xlsx(_informe(date(2026, 4, 1)))))["Avance"]
    heading = next(row for row in sheet.iter_rows() if row[0].value == "Clave")
    assert [cell.alignment.horizontal for cell in heading[3:6]] == ["right"] * 3
    assert heading[1].alignment.horizontal != "right"  # «Acción» stays over its text
