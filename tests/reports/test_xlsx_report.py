from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.report import ProgressReport
from ism_desktop.reports.xlsx_report import write_report_xlsx
from tests.libreoffice import to_pdf
from tests.reports.conftest import PRINTED_AT
from tests.reports.test_xlsx_libreoffice import PRINTED_PROGRESS

UNIT_SHEETS = ["001", "002", "003", "004", "005", "006", "008", "009"]


@pytest.fixture(scope="module")
def seed_xlsx(tmp_path_factory: pytest.TempPathFactory, seed_report: ProgressReport) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "informe.xlsx"
    write_report_xlsx(seed_report, path, printed_at=PRINTED_AT)
    return path


@pytest.fixture(scope="module")
def workbook(seed_xlsx: Path) -> Workbook:
    return openpyxl.load_workbook(seed_xlsx)


def _met_row(sheet: Worksheet, description: str) -> int:
    for (cell,) in sheet.iter_rows(min_col=1, max_col=1):
        if isinstance(cell.value, str) and cell.value.startswith(description):
            assert sheet[f"E{cell.row}"].value == "MET"
            return int(cell.row)
    raise AssertionError(description)


def test_one_sheet_per_unit_after_the_summary(workbook: Workbook) -> None:
    assert workbook.sheetnames == ["Resumen", *UNIT_SHEETS]


def test_title_rows_and_column_titles(workbook: Workbook) -> None:
    sheet = workbook["004"]

    assert sheet["A1"].value == "GOBIERNO DEL ESTADO DE SONORA"
    assert sheet["A2"].value == "INFORME DE AVANCE PROGRAMÁTICO 2024"
    assert sheet["A3"].value == "PROGRAMA OPERATIVO ANUAL"
    assert sheet["S1"].value == "ETCA-III-04"
    assert sheet["S2"].value == "TRIMESTRE: PRIMERO"
    assert sheet["A4"].value == "DEPENDENCIA / ENTIDAD    30 INSTITUTO SONORENSE DE LAS MUJERES"
    assert [sheet.cell(5, c).value for c in (2, 3, 4, 5, 6, 11, 16, 20)] == [
        "UNIDAD DE MEDIDA",
        "TIPO META",
        "VAL. ACUM.",
        "DATOS",
        "PROGRAMADO ORIGINAL",
        "MODIFICADO",
        "REALIZADO",
        "% DE AVANCE TRIMESTRAL",
    ]
    assert [c.value for c in sheet[6][5:10]] == ["PRIMERO", "SEGUNDO", "TERCERO", "CUARTO", "ANUAL"]
    assert sheet["A7"].value == "UNIDAD ADMINISTRATIVA   004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA"


def test_progress_is_a_truncating_formula_on_the_original(workbook: Workbook) -> None:
    sheet = workbook["004"]
    met = _met_row(sheet, "ESTUDIOS SOCIOECONÓMICOS")
    num = met + 1

    assert sheet[f"F{num}"].value == 900
    assert sheet[f"K{num}"].value == 900
    assert sheet[f"P{num}"].value == 761
    assert sheet[f"T{met}"].value == f"=IF(F{num}=0,0,TRUNC(ROUND(P{num}*100/F{num},10),2))"
    assert sheet[f"T{met}"].number_format == '0.00"%"'


def test_percentage_meta_formula_compares_percentages(workbook: Workbook) -> None:
    sheet = workbook["009"]
    met = _met_row(sheet, "PORCENTAJE DE CUMPLIMIENTO DE LAS OBLIGACIONES")
    num, den = met + 1, met + 2

    assert sheet[f"T{met}"].value == (
        f"=IF(OR(F{num}=0,F{den}=0,P{den}=0),0,"
        f"TRUNC(ROUND(P{num}*F{den}*100/(P{den}*F{num}),10),2))"
    )
    assert (sheet[f"P{num}"].value, sheet[f"P{den}"].value) == (99.44, 100)
    # The MET cut to hundredths as the % is; the quarter's waits for both its figures.
    assert sheet[f"P{met}"].value == (
        f'=IF(OR(P{num}="",P{den}=""),"",IF(P{den}=0,0,TRUNC(ROUND(P{num}*100/P{den},10),2)))'
    )
    assert sheet[f"P{met}"].number_format == '0.00"%"'
    # VAL. ACUM. NO: the annual is the last programmed quarter, typed as printed.
    assert sheet[f"J{num}"].value == 100


def test_every_met_of_a_percentage_meta_follows_its_num_and_den(
    workbook: Workbook, seed_xlsx: Path
) -> None:
    # A reviewer who corrects NUM or DEN saw the % follow and the MET stay as it was.
    sheet = workbook["009"]  # VAL. ACUM. NO: the annual MET follows the typed annual pair too
    met = _met_row(sheet, "PORCENTAJE DE CUMPLIMIENTO DE LAS OBLIGACIONES")
    num, den = met + 1, met + 2
    for column in "FGHIJKLMNOP":
        assert sheet[f"{column}{met}"].value.endswith(
            f"IF({column}{den}=0,0,TRUNC(ROUND({column}{num}*100/{column}{den},10),2))"
            + (")" if column == "P" else "")
        ), column
        assert sheet[f"{column}{met}"].number_format == '0.00"%"', column
    assert [sheet[f"{c}{met}"].value for c in "QRS"] == [None, None, None]  # not reported yet
    cached = openpyxl.load_workbook(seed_xlsx, data_only=True)["009"]
    # The printed report's MET row: 100, 10, 100, 100, annual 100 (twice), achieved 99.44.
    assert [cached[f"{c}{met}"].value for c in "FGHIJKLMNOP"] == [
        100,
        10,
        100,
        100,
        100,
        100,
        10,
        100,
        100,
        100,
        99.44,
    ]
    zero = workbook["001"]  # 0 / 0 in its first three quarters: 0.00, as the form prints it
    first = _met_row(zero, "DIFUSIÓN Y CAPACITACIÓN PARA PREVENIR")
    assert zero[f"F{first}"].value == (
        f"=IF(F{first + 2}=0,0,TRUNC(ROUND(F{first + 1}*100/F{first + 2},10),2))"
    )
    zero_cached = openpyxl.load_workbook(seed_xlsx, data_only=True)["001"]
    assert [zero_cached[f"{c}{first}"].value for c in "FGHIJ"] == [0, 0, 0, 100, 100]


def test_cumulative_annuals_are_formulas(workbook: Workbook) -> None:
    sheet = workbook["004"]
    met = _met_row(sheet, "APOYO Y GESTIONES SOCIALES")

    assert sheet[f"J{met}"].value == f"=SUM(F{met}:I{met})"
    assert sheet[f"O{met + 1}"].value == f"=SUM(K{met + 1}:N{met + 1})"
    assert sheet[f"J{met + 2}"].value is None  # an absolute meta's DEN row stays empty
    percent = _met_row(sheet, "SERVICIOS OTORGADOS EN LA ATENCIÓN")
    assert sheet[f"J{percent}"].value == (
        f"=IF(J{percent + 2}=0,0,TRUNC(ROUND(J{percent + 1}*100/J{percent + 2},10),2))"
    )
    assert sheet[f"J{percent + 2}"].value == f"=SUM(F{percent + 2}:I{percent + 2})"


def test_figures_are_typed_numbers_and_unreported_cells_are_empty(workbook: Workbook) -> None:
    sheet = workbook["004"]
    num = _met_row(sheet, "ATENCIÓN PSICOLÓGICA") + 1

    for column in "FGHIKLMNP":
        cell = sheet[f"{column}{num}"]
        assert cell.data_type == "n"
        assert cell.number_format == "0.00"
    assert sheet[f"P{num}"].value == 1709
    assert [sheet[f"{c}{num}"].value for c in "QRS"] == [None, None, None]


def test_narrative_follows_its_meta(workbook: Workbook) -> None:
    sheet = workbook["004"]
    met = _met_row(sheet, "ASESORÍA LEGAL")

    assert sheet[f"A{met + 3}"].value == "EVALUACIÓN CUALITATIVA"
    assert str(sheet[f"A{met + 4}"].value).startswith("SE REALIZARON 695 ASESORÍAS LEGALES")
    assert f"A{met + 4}:T{met + 4}" in {str(r) for r in sheet.merged_cells.ranges}


def test_frozen_titles_and_print_setup(workbook: Workbook) -> None:
    for name in workbook.sheetnames:
        sheet = workbook[name]
        assert sheet.freeze_panes == "A7"
        assert sheet.page_setup.orientation == "landscape"
        # An absent fitToWidth means 1 page wide (ECMA-376's default); XlsxWriter omits it.
        assert (sheet.page_setup.fitToWidth or 1) == 1
        assert sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
        # A unit's sheet repeats its unit's line too.
        assert sheet.print_title_rows == ("$1:$6" if name == "Resumen" else "$1:$7")
        assert sheet.oddFooter.right.text == "Página &P de &N"


def test_recalculates_on_open_and_has_properties(workbook: Workbook) -> None:
    assert workbook.calculation.fullCalcOnLoad is True
    assert workbook.properties.title == "INFORME DE AVANCE PROGRAMÁTICO 2024 · ETCA-III-04"
    assert workbook.properties.creator == "30 INSTITUTO SONORENSE DE LAS MUJERES"
    assert workbook.properties.subject == "Ejercicio 2024, trimestre PRIMERO"


def test_formulas_carry_their_values_for_viewers_that_do_not_recalculate(seed_xlsx: Path) -> None:
    # The values stored beside the formulas, read without any spreadsheet recalculating them;
    # the expected figures are the printed report's.
    cached = openpyxl.load_workbook(seed_xlsx, data_only=True)
    sheet = cached["004"]
    met = _met_row(sheet, "ESTUDIOS SOCIOECONÓMICOS")
    assert sheet[f"T{met}"].value == 84.55
    assert (sheet[f"J{met}"].value, sheet[f"O{met + 1}"].value) == (3400, 3400)
    percent = _met_row(sheet, "SERVICIOS OTORGADOS EN LA ATENCIÓN")
    assert (sheet[f"J{percent}"].value, sheet[f"J{percent + 1}"].value) == (100, 90)
    shown = {
        str(row[0]): f"{row[19]:.2f}%"
        for name in UNIT_SHEETS
        for row in cached[name].iter_rows(min_row=7, values_only=True)
        if row[4] == "MET"
    }
    for start, printed in PRINTED_PROGRESS.items():
        assert [v for d, v in shown.items() if d.startswith(start)] == [printed], start
    total = next(r for r in cached["Resumen"].iter_rows(values_only=True) if r[2] == "TOTAL")
    assert total[4] == 56


def test_summary_counts_with_formulas_over_the_unit_sheets(workbook: Workbook) -> None:
    summary = workbook["Resumen"]
    rows = list(summary.iter_rows(min_row=7, max_row=15, values_only=True))

    assert [r[1] for r in rows[:8]] == UNIT_SHEETS
    assert rows[3][2] == "ISM DIRECCIÓN DE ATENCIÓN CIUDADANA"
    # 004: 3 + 4 group lines and 7 metas of 3 rows, a title and a narrative: rows 7 to 48.
    assert workbook["004"].max_row == 48
    assert rows[3][4] == "=COUNTIF('004'!$E$7:$E$48,\"MET\")"
    assert rows[3][6] == (
        "=COUNTIFS('004'!$E$7:$E$48,\"MET\",'004'!$F$7:$F$48,\">0\","
        "'004'!$P$7:$P$48,\">=0\",'004'!$T$7:$T$48,\">=100\")"
    )
    assert rows[8][2] == "TOTAL"
    assert rows[8][4] == "=SUM(E7:E14)"


def test_unit_workbook_has_the_summary_and_that_unit(
    tmp_path: Path, seed_report: ProgressReport
) -> None:
    path = tmp_path / "unidad.xlsx"

    write_report_xlsx(seed_report, path, unit=UnitCode("003"), printed_at=PRINTED_AT)

    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Resumen", "003"]
    sheet = workbook["003"]
    # On its own sheet the unit repeats the programme and activity it inherits in the report.
    assert [sheet[f"A{r}"].value for r in (7, 8, 9)] == [
        "UNIDAD ADMINISTRATIVA   003 ISM DIRECCIÓN DE ADMINISTRACIÓN Y FINANZAS",
        "E306E05 INSTITUCIONALIZACIÓN DE LA PERSPECTIVA DE GÉNERO EN LA GESTIÓN PÚBLICA",
        "287 COORDINACIÓN ADMINISTRATIVA",
    ]
    assert workbook.properties.creator == "003 ISM DIRECCIÓN DE ADMINISTRACIÓN Y FINANZAS"


def test_no_row_is_taller_than_excel_allows(tmp_path: Path, seed_report: ProgressReport) -> None:
    # Excel's rows reach 409.5 points: a 10,500-character evaluation asked for 485, and what
    # did not fit in 409.5 was cut when printed. It continues in the row below.
    first = seed_report.metas[0]
    quarter = seed_report.quarter
    long = replace(first, evaluations={**first.evaluations, quarter: "Se realizaron. " * 700})
    path = tmp_path / "largo.xlsx"

    write_report_xlsx(
        replace(seed_report, metas=(long, *seed_report.metas[1:])), path, printed_at=PRINTED_AT
    )

    sheet = openpyxl.load_workbook(path)[first.key.unit.value]
    heights = [d.height for d in sheet.row_dimensions.values() if d.height is not None]
    assert max(heights) <= 409.5
    label = _met_row(sheet, first.description) + 3
    assert sheet[f"A{label}"].value == "EVALUACIÓN CUALITATIVA"
    parts = [sheet[f"A{label + 1}"].value, sheet[f"A{label + 2}"].value]
    assert "".join(parts) == long.evaluations[quarter]  # whole, over two rows


def test_unit_sheets_repeat_the_unit_line_under_the_titles(workbook: Workbook) -> None:
    # Paper has no sheet tabs: page 2 of a unit's metas printed from Excel named no unit.
    assert workbook["Resumen"].print_title_rows == "$1:$6"
    for name in workbook.sheetnames[1:]:
        sheet = workbook[name]
        assert sheet.print_title_rows == "$1:$7", name
        assert str(sheet["A7"].value).startswith(f"UNIDAD ADMINISTRATIVA   {name} "), name


@pytest.mark.slow
def test_each_printed_page_names_its_unit(seed_xlsx: Path, tmp_path: Path) -> None:
    printed = to_pdf(seed_xlsx, tmp_path / "pdf", tmp_path / "perfil")

    with pdfplumber.open(printed) as pdf:
        pages = [page.extract_text() for page in pdf.pages]
    # The summary first, then the eight units' sheets; 001 and 006 take two pages each.
    assert len(pages) > 9
    for number, text in enumerate(pages[1:], start=2):
        assert "UNIDAD ADMINISTRATIVA" in text, number
    assert sum("UNIDAD ADMINISTRATIVA 001 ISM COORDINACIÓN EJECUTIVA" in t for t in pages) == 2
