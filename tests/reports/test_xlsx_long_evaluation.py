"""A long evaluation in the workbook: over as many rows as it needs, whole and in order."""

from __future__ import annotations

import itertools
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.reports.report_layout import EVALUATION_LABEL
from ism_desktop.reports.xlsx_report import write_report_xlsx
from ism_desktop.reports.xlsx_styles import MAX_ROW_POINTS
from tests.builders import meta, row
from tests.reports.conftest import PRINTED_AT

# 399 short numbered lines: the workbook printed items 1 to 49.
NUMBERED = "\n".join(
    f"{n}. SE REALIZÓ LA ACTIVIDAD NÚMERO {n} DEL PROGRAMA." for n in range(1, 400)
)
# One paragraph of 19,990 characters: the workbook printed 119 of its 151 sentences.
SENTENCE = "SE LLEVARON A CABO PLÁTICAS DE PREVENCIÓN DE LA VIOLENCIA EN ESCUELAS, COLONIAS Y "
PARAGRAPH = (SENTENCE * 300)[: 19_990 - len(" FIN DEL INFORME.")] + " FIN DEL INFORME."
MIXED = "\n".join(
    [
        "RESUMEN DEL TRIMESTRE:",
        "",
        "AÑO DE LA NIÑA Y EL NIÑO 👧🧒: " + "ACCIÓN CON PERSPECTIVA DE GÉNERO 💜 " * 120,
        *(f"- PEÑASCO, CAJEME Y ÁLAMOS {n}: REUNIÓN ✅" for n in range(1, 150)),
        "",
        "ÚLTIMO PÁRRAFO: " + "ATENCIÓN INTEGRAL A MUJERES 🙂 " * 200,
        "ÚLTIMA LÍNEA: SEGUIMIENTO EN CABORCA Y HUÁSABAS.",
    ]
)
# A word with no space to break at (a pasted link or table): cut where it must be.
UNBROKEN = "Ñ" * 12_000 + "\nFIN."

LONG_TEXTS = {"numerada": NUMBERED, "parrafo": PARAGRAPH, "mixta": MIXED, "sin_espacios": UNBROKEN}


def _report(*evaluations: str) -> ProgressReport:
    metas = tuple(
        meta(
            row([10, 10, 10, 10], achieved=[5, None, None, None]),
            description=f"META {n}",
            evaluations={Quarter.FIRST: text},
        )
        for n, text in enumerate(evaluations, start=1)
    )
    return ProgressReport(2024, Quarter.FIRST, metas)


def _written(tmp_path: Path, *evaluations: str) -> Worksheet:
    path = tmp_path / "informe.xlsx"
    write_report_xlsx(_report(*evaluations), path, printed_at=PRINTED_AT)
    return openpyxl.load_workbook(path)["004"]


def _evaluation_rows(sheet: Worksheet, description: str) -> list[int]:
    """The rows of a meta's evaluation as a reviewer finds them: merged A:T under the label."""
    top = next(r for r in range(7, sheet.max_row + 1) if sheet.cell(r, 1).value == description)
    assert sheet.cell(top + 3, 1).value == EVALUATION_LABEL
    merged = {str(r) for r in sheet.merged_cells.ranges}
    rows = []
    below = top + 4
    while f"A{below}:T{below}" in merged:
        rows.append(below)
        below += 1
    return rows


def _height(sheet: Worksheet, row_number: int) -> float:
    height = sheet.row_dimensions[row_number].height
    assert height is not None
    return float(height)


@pytest.mark.parametrize("text", LONG_TEXTS.values(), ids=LONG_TEXTS.keys())
def test_a_long_evaluation_continues_over_rows_each_under_excel_s_cap(
    tmp_path: Path, text: str
) -> None:
    sheet = _written(tmp_path, "ANTES.", text, "DESPUÉS.")

    rows = _evaluation_rows(sheet, "META 2")

    assert len(rows) > 1
    assert "".join(str(sheet.cell(r, 1).value) for r in rows) == text
    assert all(_height(sheet, r) <= MAX_ROW_POINTS for r in rows)
    assert all(sheet.cell(r, c).value is None for r in rows for c in range(2, 21))
    # The metas around it keep their place and their one-row evaluations.
    assert [sheet.cell(r, 1).value for r in _evaluation_rows(sheet, "META 1")] == ["ANTES."]
    assert [sheet.cell(r, 1).value for r in _evaluation_rows(sheet, "META 3")] == ["DESPUÉS."]
    assert sheet.cell(rows[-1] + 1, 1).value == "META 3"


@pytest.mark.parametrize("text", LONG_TEXTS.values(), ids=LONG_TEXTS.keys())
def test_a_long_evaluation_is_split_at_line_or_word_ends(tmp_path: Path, text: str) -> None:
    sheet = _written(tmp_path, text)

    parts = [str(sheet.cell(r, 1).value) for r in _evaluation_rows(sheet, "META 1")]

    assert len(parts) > 1  # a text in one row has no cut to check: the loop would prove nothing
    for part, following in itertools.pairwise(parts):
        at_a_boundary = part.endswith(("\n", " ")) or following.startswith("\n")
        assert at_a_boundary or (part[-1] == following[0] == "Ñ"), (part[-20:], following[:20])


def test_no_row_of_the_sheet_is_taller_than_excel_allows(tmp_path: Path) -> None:
    sheet = _written(tmp_path, *LONG_TEXTS.values())

    heights = [d.height for d in sheet.row_dimensions.values() if d.height is not None]

    assert max(heights) <= MAX_ROW_POINTS


def test_a_short_evaluation_keeps_its_one_row(tmp_path: Path) -> None:
    text = "SE REALIZARON 12 TALLERES.\nSE ATENDIERON 40 MUJERES."

    sheet = _written(tmp_path, text)

    rows = _evaluation_rows(sheet, "META 1")
    assert [sheet.cell(r, 1).value for r in rows] == [text]
    assert _height(sheet, rows[0]) == 23.25  # two lines of 10.5 points and 2, in whole pixels
