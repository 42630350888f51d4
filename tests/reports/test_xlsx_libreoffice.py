"""The workbook opened by a real spreadsheet: LibreOffice, headless, recalculating every formula."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pdfplumber
import pytest

from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.progress import official_progress
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.reports.number_format import format_progress
from ism_desktop.reports.xlsx_report import write_report_xlsx
from tests.builders import meta, row
from tests.libreoffice import to_csv, to_pdf
from tests.reports.conftest import PRINTED_AT
from tests.reports.test_xlsx_long_evaluation import MIXED, NUMBERED, PARAGRAPH

pytestmark = pytest.mark.slow

UNIT_SHEETS = ("001", "002", "003", "004", "005", "006", "008", "009")

# Written by hand from the printed report of 2024, first quarter (not computed by our code).
PRINTED_PROGRESS = {
    "CAPTURA DE EXPEDIENTE DE ATENCIÓN A MUJERES VÍCTIMAS": "362.22%",
    "ESTUDIOS SOCIOECONÓMICOS": "84.55%",
    "ASESORÍA LEGAL": "86.87%",
    "ATENCIÓN PSICOLÓGICA INDIVIDUAL": "106.81%",
    "APOYO Y GESTIONES SOCIALES PARA LA IGUALDAD.": "77.20%",
    "PORCENTAJE DE CUMPLIMIENTO DE LAS OBLIGACIONES": "99.44%",
    "SUSCRIPCIÓN DE CONVENIOS PARA LA IGUALDAD": "40.00%",
    "PROGRAMA DE CAPACITACIÓN EN PERSPECTIVA": "32.76%",
    "INSTALACIÓN DE LOS CONSEJOS MUNICIPALES": "25.00%",
    "ACCIONES DE SEGUIMIENTO AL PROGRAMA EMERGENTE": "120.00%",
    "ÍNDICE DE CALIDAD EN LOS INFORMES TRIMESTRALES": "100.00%",
    "DIFUSIÓN Y CAPACITACIÓN PARA PREVENIR": "0.00%",
}


def _progress_by_meta(sheets: dict[str, list[list[str]]]) -> list[tuple[str, str]]:
    return [
        (row[0], row[19])
        for name in UNIT_SHEETS
        for row in sheets[name]
        if len(row) > 19 and row[4] == "MET"
    ]


@pytest.fixture(scope="module")
def converted(
    tmp_path_factory: pytest.TempPathFactory, seed_report: ProgressReport
) -> dict[str, list[list[str]]]:
    folder = tmp_path_factory.mktemp("libreoffice")
    workbook = folder / "informe.xlsx"
    write_report_xlsx(seed_report, workbook, printed_at=PRINTED_AT)
    return to_csv(workbook, folder / "csv", folder / "perfil")


def test_libreoffice_opens_every_sheet(converted: dict[str, list[list[str]]]) -> None:
    assert sorted(converted) == sorted(["Resumen", *UNIT_SHEETS])


def test_libreoffice_shows_the_printed_percentages(converted: dict[str, list[list[str]]]) -> None:
    shown = _progress_by_meta(converted)

    for start, printed in PRINTED_PROGRESS.items():
        matches = [value for description, value in shown if description.startswith(start)]
        assert matches == [printed], start


def test_libreoffice_agrees_with_the_program_on_all_56(
    converted: dict[str, list[list[str]]], seed_report: ProgressReport
) -> None:
    expected = [
        (meta.description, format_progress(official_progress(meta, seed_report.quarter)))
        for meta in seed_report.metas
    ]

    assert _progress_by_meta(converted) == expected


def test_summary_totals_are_computed(converted: dict[str, list[list[str]]]) -> None:
    total = next(row for row in converted["Resumen"] if len(row) > 2 and row[2] == "TOTAL")

    assert total[4] == "56"


def test_a_corrected_figure_moves_the_percentage(
    tmp_path: Path, seed_report: ProgressReport
) -> None:
    workbook_path = tmp_path / "informe.xlsx"
    write_report_xlsx(seed_report, workbook_path, printed_at=PRINTED_AT)
    workbook = openpyxl.load_workbook(workbook_path)
    sheet = workbook["004"]
    met = next(
        cell.row
        for (cell,) in sheet.iter_rows(min_col=1, max_col=1)
        if cell.value == "ESTUDIOS SOCIOECONÓMICOS"
    )
    # A reviewer types 850 achieved instead of 761, and a new first-quarter target of 1000.
    sheet[f"P{met + 1}"] = 850
    sheet[f"F{met + 1}"] = 1000
    workbook.save(workbook_path)

    sheets = to_csv(workbook_path, tmp_path / "csv", tmp_path / "perfil")

    row = next(r for r in sheets["004"] if r and r[0] == "ESTUDIOS SOCIOECONÓMICOS")
    # 850 / 1000 = 85.00 %; the annual original follows the new quarter: 1000+900+800+800.
    assert row[19] == "85.00%"
    annual = next(r for r in sheets["004"][sheets["004"].index(row) + 1 :] if r[4] == "NUM")
    assert annual[9] == "3500.00"


def test_a_corrected_num_or_den_moves_the_met_of_a_percentage_meta(
    tmp_path: Path, seed_report: ProgressReport
) -> None:
    workbook_path = tmp_path / "informe.xlsx"
    write_report_xlsx(seed_report, workbook_path, printed_at=PRINTED_AT)
    workbook = openpyxl.load_workbook(workbook_path)
    sheet = workbook["009"]
    met = next(
        cell.row
        for (cell,) in sheet.iter_rows(min_col=1, max_col=1)
        if str(cell.value).startswith("PORCENTAJE DE CUMPLIMIENTO DE LAS OBLIGACIONES")
    )
    # A reviewer corrects the achieved NUM to 45 of 60, and the second quarter's DEN to 40.
    sheet[f"P{met + 1}"] = 45
    sheet[f"P{met + 2}"] = 60
    sheet[f"G{met + 2}"] = 40
    workbook.save(workbook_path)

    sheets = to_csv(workbook_path, tmp_path / "csv", tmp_path / "perfil")

    row = next(r for r in sheets["009"] if r and r[0].startswith("PORCENTAJE DE CUMPLIMIENTO"))
    # MET = NUM / DEN × 100: 45 / 60 = 75.00 %; 10 / 40 = 25.00 %; the % follows the achieved MET.
    assert (row[15], row[6], row[19]) == ("75.00%", "25.00%", "75.00%")


def test_the_met_of_a_non_terminating_ratio_is_cut_not_rounded(tmp_path: Path) -> None:
    # 2 of 3 showed 66.67 % where the PDF prints 66.66 %; and the quarter being filled showed
    # no MET at all once its NUM and DEN were typed.
    percentage = with_achieved(
        meta(row([2, 7, 1, 0]), row([3, 9, 3, 3]), description="P"),
        Quarter.FIRST,
        Decimal(7),
        Decimal(9),
    )
    workbook_path = tmp_path / "tercios.xlsx"
    write_report_xlsx(
        ProgressReport(2024, Quarter.SECOND, (percentage,)), workbook_path, printed_at=PRINTED_AT
    )
    workbook = openpyxl.load_workbook(workbook_path)
    sheet = workbook["004"]
    met = next(cell.row for (cell,) in sheet.iter_rows(min_col=1, max_col=1) if cell.value == "P")
    # The unit types the second quarter: 2 of 3.
    sheet[f"Q{met + 1}"] = 2
    sheet[f"Q{met + 2}"] = 3
    workbook.save(workbook_path)

    sheets = to_csv(workbook_path, tmp_path / "csv", tmp_path / "perfil")

    shown = next(r for r in sheets["004"] if r and r[0] == "P")
    # Original 2/3, 7/9, annual 10/18; achieved 7/9 and 2/3; the third quarter not reported.
    assert (shown[5], shown[6], shown[9]) == ("66.66%", "77.77%", "55.55%")
    assert (shown[15], shown[16], shown[17]) == ("77.77%", "66.66%", "")
    # The % of the second quarter follows: (2/3) against (7/9) programmed, 85.714… cut.
    assert shown[19] == "85.71%"


def test_binary_floating_point_does_not_cut_a_hundredth(tmp_path: Path) -> None:
    # 0.57 × 100 is 56.99999999999999 in binary floating point: Excel's TRUNC alone cuts it to
    # 56.99 (LibreOffice corrects it itself); the formula rounds to ten decimals first.
    absolute = meta(row([1, 1, 1, 1], achieved=["0.57", None, None, None]), description="A")
    percentage = meta(
        row([1, 1, 1, 1], achieved=["0.57", None, None, None]),
        row([1, 1, 1, 1], achieved=[1, None, None, None]),
        description="P",
    )
    report = ProgressReport(2024, Quarter.FIRST, (absolute, percentage))
    workbook = tmp_path / "coma.xlsx"
    write_report_xlsx(report, workbook, printed_at=PRINTED_AT)

    sheets = to_csv(workbook, tmp_path / "csv", tmp_path / "perfil")

    shown = [(row[0], row[19]) for row in sheets["004"] if len(row) > 19 and row[4] == "MET"]
    assert shown == [("A", "57.00%"), ("P", "57.00%")]


def _printed_text(pdf: Path) -> str:
    with pdfplumber.open(pdf) as document:
        pages = [page.extract_text() or "" for page in document.pages]
    return " ".join(" ".join(pages).split())


def test_a_long_evaluation_prints_to_its_last_line(tmp_path: Path) -> None:
    # Capped at one 409.5-point row, the list printed items 1 to 49 and the paragraph 119 of
    # its 151 sentences.
    numbered = meta(row([1, 1, 1, 1]), description="LISTA", evaluations={Quarter.FIRST: NUMBERED})
    paragraph = meta(
        row([1, 1, 1, 1]), description="PÁRRAFO", evaluations={Quarter.FIRST: PARAGRAPH}
    )
    mixed = meta(row([1, 1, 1, 1]), description="MIXTA", evaluations={Quarter.FIRST: MIXED})
    report = ProgressReport(2024, Quarter.FIRST, (numbered, paragraph, mixed))
    workbook = tmp_path / "largo.xlsx"
    write_report_xlsx(report, workbook, printed_at=PRINTED_AT)

    printed = _printed_text(to_pdf(workbook, tmp_path / "pdf", tmp_path / "perfil"))

    for n in (1, 49, 50, 398, 399):
        assert f"{n}. SE REALIZÓ LA ACTIVIDAD NÚMERO {n} DEL PROGRAMA." in printed
    assert printed.count("PLÁTICAS DE PREVENCIÓN") >= 150  # one may straddle a page break
    assert "FIN DEL INFORME." in printed
    assert MIXED.splitlines()[-1] in printed
