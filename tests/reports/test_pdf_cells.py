"""A figure too wide for its column is set smaller, then broken at its thousands, never cut."""

from __future__ import annotations

import pytest

from ism_desktop.reports.pdf_cells import MIN_FIGURE_SIZE, fit_figure, thousands_pieces
from ism_desktop.reports.pdf_fonts import REGULAR, FontMetrics, register_fonts


@pytest.fixture(scope="module")
def metrics() -> FontMetrics:
    register_fonts()
    return FontMetrics(REGULAR)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("0.00", ["0.00"]),
        ("1900.00", ["1,", "900.00"]),
        ("-999999999999.99", ["-999,", "999,", "999,", "999.99"]),
        ("750000000000.00%", ["750,", "000,", "000,", "000.00%"]),
        ("sin prog.", ["sin prog."]),
    ],
)
def test_a_figure_breaks_only_after_a_thousands_comma(text: str, pieces: list[str]) -> None:
    assert thousands_pieces(text) == pieces


def test_a_figure_that_fits_keeps_its_size_and_line(metrics: FontMetrics) -> None:
    fitted = fit_figure("1900.00", 30, 6.0, metrics, height=8, max_lines=2)

    assert fitted.lines == ("1900.00",)
    assert fitted.size == 6.0


def test_a_wide_figure_shrinks_on_one_line_while_legible(metrics: FontMetrics) -> None:
    fitted = fit_figure("123456789.00", 30, 6.0, metrics, height=8, max_lines=2)

    assert fitted.lines == ("123456789.00",)
    assert MIN_FIGURE_SIZE <= fitted.size < 6.0
    assert fitted.widest == pytest.approx(30)


def test_a_figure_too_long_to_shrink_goes_on_two_legible_lines(metrics: FontMetrics) -> None:
    fitted = fit_figure("999999999999.99", 30, 6.0, metrics, height=8, max_lines=2)

    assert fitted.lines == ("999,999,", "999,999.99")
    assert fitted.size == MIN_FIGURE_SIZE  # two lines of 4 pt fill the 8 pt row
    assert fitted.widest <= 30


def test_no_room_for_legible_lines_prints_smaller_but_whole(metrics: FontMetrics) -> None:
    text = "99999999999999999999999999999999.99%"

    fitted = fit_figure(text, 30, 6.0, metrics, height=8, max_lines=2)

    assert "".join(fitted.lines).replace(",", "") == text
    assert fitted.size < MIN_FIGURE_SIZE
    assert fitted.widest <= 30 + 1e-9
    assert len(fitted.lines) * fitted.size <= 8 + 1e-9
