"""Figures and percentages of the largest legal size stay inside their printed column, whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.reports.pdf_columns import fitted_geometry
from ism_desktop.reports.pdf_fonts import REGULAR, FontMetrics, register_fonts
from ism_desktop.reports.pdf_pagination import PageGeometry
from ism_desktop.reports.pdf_report import write_report_pdf
from ism_desktop.reports.report_layout import layout_report
from tests.builders import meta, row
from tests.reports.conftest import PRINTED_AT

# The smallest type a printed figure may take: below it the digits stop being legible.
LEGIBLE = 4.0


def _geometry(*metas: Meta) -> PageGeometry:
    """The page as the report of ``metas`` is drawn: its figure columns widened for them."""
    register_fonts()
    layout = layout_report(ProgressReport(2024, Quarter.FIRST, metas), printed_at=PRINTED_AT)
    return fitted_geometry(layout, FontMetrics(REGULAR))


def _column(geometry: PageGeometry, index: int) -> tuple[float, float]:
    """The left and right edges of figure column ``index`` (0: ORIGINAL T1, 10: achieved T1)."""
    return geometry.figure_left(index), geometry.figure_left(index + 1)


def _progress(geometry: PageGeometry) -> tuple[float, float]:
    return geometry.progress_x, geometry.right


# Programmed 1, achieved 7,500 million: 750,000 million per cent.
TINY_TARGET = meta(
    row([1, 0, 0, 0], achieved=[7500000000, None, None, None]), description="META ENORME"
)
# The largest figures the data admits (below 10^12, two decimals printed), also negative.
LARGEST = meta(
    row(
        ["999999999999.99", "-999999999999.99", 0, 0],
        achieved=["999999999999.99", None, None, None],
        original_annual="999999999999.99",
    ),
    description="META DE CIFRAS MÁXIMAS",
)
LARGEST_PERCENT = meta(
    row([1, 1, 1, 1]),
    row([1, 1, 1, 1]),
    met=row(["999999999999.99", 100, 100, 100], original_annual="100"),
    description="META DE PORCENTAJE MÁXIMO",
)
# Tiny programmed, largest achieved: the % has twenty digits before the point.
LARGEST_PROGRESS = meta(
    row(["0.000001", 0, 0, 0], achieved=["999999999999.99", None, None, None]),
    description="META DE AVANCE MÁXIMO",
)


def _write(tmp_path: Path, *metas: Meta) -> Path:
    path = tmp_path / "informe.pdf"
    write_report_pdf(ProgressReport(2024, Quarter.FIRST, metas), path, printed_at=PRINTED_AT)
    return path


def _chars_in(
    page: Any, band: tuple[float, float], columns: tuple[float, float], spill: float = 0.0
) -> list[dict[str, Any]]:
    """The characters in a vertical band that reach into the column (or ``spill`` past it).

    The column to the left prints its figures flush right, 2 pt short of this column's edge:
    a character reaching over that edge belongs to this column's text.
    """
    left, right = columns
    top, bottom = band
    return [
        char
        for char in page.chars
        if top <= (char["top"] + char["bottom"]) / 2 <= bottom
        and char["x1"] > left + 0.5
        and char["x0"] < right + spill
    ]


def _reading(chars: list[dict[str, Any]]) -> str:
    """The characters read line by line, top to bottom, left to right, without grouping marks."""
    lines: dict[int, list[dict[str, Any]]] = {}
    for char in chars:
        lines.setdefault(round(char["top"]), []).append(char)
    text = "".join(
        char["text"] for top in sorted(lines) for char in sorted(lines[top], key=lambda c: c["x0"])
    )
    return text.replace(",", "").replace(" ", "")


def _row_band(page: Any, label: str, geometry: PageGeometry) -> tuple[float, float]:
    """The band of one MET/NUM/DEN row (rows are 8 pt apart), found from its DATOS label."""
    labels: dict[float, list[dict[str, Any]]] = {}
    for char in page.chars:
        if char["upright"] and geometry.data_x <= char["x0"] < geometry.figures_x:
            labels.setdefault(char["top"], []).append(char)
    (top,) = [
        top
        for top, chars in labels.items()
        if "".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"])) == label
    ]
    bottom = labels[top][0]["bottom"]
    return (top + bottom) / 2 - 4, (top + bottom) / 2 + 4


def _block_band(page: Any, geometry: PageGeometry) -> tuple[float, float]:
    """From the top of the meta's MET row to the bottom of its DEN row."""
    return _row_band(page, "MET", geometry)[0], _row_band(page, "DEN", geometry)[1]


def _assert_inside_and_whole(
    chars: list[dict[str, Any]], columns: tuple[float, float], expected: str
) -> None:
    left, right = columns
    assert _reading(chars) == expected
    for char in chars:
        assert left <= char["x0"], (char["text"], char["x0"])
        assert char["x1"] <= right, (char["text"], char["x1"])
        assert char["size"] >= LEGIBLE - 0.01, (char["text"], char["size"])


def test_a_huge_progress_stays_inside_its_column(tmp_path: Path) -> None:
    path, geometry = _write(tmp_path, TINY_TARGET), _geometry(TINY_TARGET)

    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        chars = _chars_in(page, _block_band(page, geometry), _progress(geometry), spill=20.0)
    _assert_inside_and_whole(chars, _progress(geometry), "750000000000.00%")


def test_the_largest_progress_stays_inside_its_column_every_digit_printed(
    tmp_path: Path,
) -> None:
    path, geometry = _write(tmp_path, LARGEST_PROGRESS), _geometry(LARGEST_PROGRESS)

    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        chars = _chars_in(page, _block_band(page, geometry), _progress(geometry), spill=20.0)
    # 999,999,999,999.99 × 100 ÷ 0.000001, cut to hundredths.
    _assert_inside_and_whole(chars, _progress(geometry), "99999999999999000000.00%")


@pytest.mark.parametrize(
    ("row_label", "column", "expected"),
    [
        ("MET", 0, "999999999999.99"),
        ("NUM", 10, "999999999999.99"),
        ("NUM", 1, "-999999999999.99"),
    ],
    ids=["programado", "realizado", "negativo"],
)
def test_the_largest_figures_stay_inside_their_column(
    tmp_path: Path, row_label: str, column: int, expected: str
) -> None:
    path, geometry = _write(tmp_path, LARGEST), _geometry(LARGEST)
    columns = _column(geometry, column)

    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        chars = _chars_in(page, _row_band(page, row_label, geometry), columns)
    _assert_inside_and_whole(chars, columns, expected)


def test_the_largest_percentage_figure_stays_inside_its_column(tmp_path: Path) -> None:
    path, geometry = _write(tmp_path, LARGEST_PERCENT), _geometry(LARGEST_PERCENT)
    columns = _column(geometry, 0)

    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        chars = _chars_in(page, _row_band(page, "MET", geometry), columns)
    _assert_inside_and_whole(chars, columns, "999999999999.99%")


def test_ordinary_figures_keep_their_usual_size_and_line(tmp_path: Path) -> None:
    ordinary = meta(row([500, 500, 400, 500], achieved=[420, None, None, None]))
    path = _write(tmp_path, ordinary)

    with pdfplumber.open(path) as pdf:
        text = pdf.pages[0].extract_text()
        sizes = {round(c["size"], 2) for c in pdf.pages[0].chars if c["text"].isdigit()}
    assert "EVENTO A SI MET 500.00 500.00 400.00 500.00 1900.00" in text
    assert "84.00%" in text
    assert 6.0 in sizes  # the figures
    assert 6.5 in sizes  # the % de avance
