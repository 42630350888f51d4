"""A huge figure prints whole on one line, at a readable size, and its column widens for it.

1,600,000,000.00 in a 34 pt column was set smaller and then broken over two lines
(«1,600,000,» over «000.00»): read as two figures, or as one figure missing its digits.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pdfplumber

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.reports.pdf_report import write_report_pdf
from tests.builders import meta, row
from tests.reports.conftest import PRINTED_AT

# Smaller than this the figures of a form read as a smudge on paper.
READABLE = 4.5
# One huge figure a row, in the annual columns: room enough at the form's own size.
ANNUAL_ONLY = meta(
    row([400, 400, 400, 400], original_annual=1600000000, modified_annual=1600000000),
    description="META CON ANUAL ENORME",
)

BUDGET = meta(
    row(
        [400000000, 400000000, 400000000, 400000000],
        achieved=[380000000, None, None, None],
    ),
    description="EJERCICIO DEL PRESUPUESTO ASIGNADO A LOS PROGRAMAS",
    unit_of_measure="PESO",
)
ORDINARY = meta(row([500, 500, 400, 500], achieved=[420, None, None, None]))


def _layout_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def test_huge_figures_print_whole_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "presupuesto.pdf"
    write_report_pdf(
        ProgressReport(2024, Quarter.FIRST, (BUDGET, ORDINARY)), path, printed_at=PRINTED_AT
    )

    text = _layout_text(path)
    lines = [line.split() for line in text.splitlines() if "1600000000.00" in line]
    (num,) = [words for words in lines if "NUM" in words]
    assert num[num.index("NUM") + 1 :][:11] == [
        *["400000000.00"] * 4,
        "1600000000.00",
        *["400000000.00"] * 4,
        "1600000000.00",
        "380000000.00",
    ], text
    assert "1,600,000," not in text
    with pdfplumber.open(path) as pdf:
        digits = [c for c in pdf.pages[0].chars if c["text"].isdigit()]
    assert min(c["size"] for c in digits) >= READABLE


def test_figures_that_fit_keep_the_forms_columns(tmp_path: Path) -> None:
    path = tmp_path / "ordinario.pdf"
    write_report_pdf(ProgressReport(2024, Quarter.FIRST, (ORDINARY,)), path, printed_at=PRINTED_AT)

    with pdfplumber.open(path) as pdf:
        words = pdf.pages[0].extract_words()
    first = next(w for w in words if w["text"] == "1900.00")
    # The form's columns: 20 pt margin, 224 pt before the figures, 34 pt each; flush right.
    assert abs(first["x1"] - (20 + 224 + 5 * 34 - 2)) < 0.1


def test_one_huge_figure_a_series_keeps_the_forms_size(tmp_path: Path) -> None:
    path = tmp_path / "anual.pdf"
    write_report_pdf(
        ProgressReport(2024, Quarter.FIRST, (ANNUAL_ONLY, ORDINARY)), path, printed_at=PRINTED_AT
    )

    text = _layout_text(path)
    assert any("NUM" in line and line.count("1600000000.00") == 2 for line in text.splitlines())
    with pdfplumber.open(path) as pdf:
        digits = [c for c in pdf.pages[0].chars if c["text"].isdigit()]
    assert min(c["size"] for c in digits) == 6.0  # every figure at the form's size
