"""Where a printed unit sheet's pages end: between metas, so that each prints whole on a page.

Excel and LibreOffice end a printed page wherever the next row no longer fits, which can put a
meta's EVALUACIÓN CUALITATIVA on the page after its figures. Neither can be told to keep rows
together, so the workbook carries manual row breaks placed between metas. The sheet still prints
fitted to one page wide (as long as needed): a fixed scale would print the last columns on a
second page wherever Calibri is missing and its stand-in is wider. The pages are measured at the
scale Excel fits the columns at with Calibri; where the columns print narrower, the pages hold
more and the breaks come early, never late.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

POINTS_PER_INCH = 72
# Landscape letter with the margins of ``xlsx_styles.apply_print_setup``.
PAGE_WIDTH_POINTS = 11 * POINTS_PER_INCH
PAGE_HEIGHT_POINTS = 8.5 * POINTS_PER_INCH
MARGIN_X_INCHES = 0.3
MARGIN_Y_INCHES = 0.5
# A row whose height the workbook does not set (Calibri 11, XlsxWriter's default font).
DEFAULT_ROW_POINTS = 15.0
# Rounding of the programs' own layout (a column drawn a pixel wider, a row a pixel taller)
# must not push the last column onto a second page nor a meta's last row onto the next.
_WIDTH_SLACK = 0.98
_HEIGHT_SLACK = 0.95


def print_scale(column_pixels: Iterable[int]) -> int:
    """The print scale (percent) at which columns this many pixels wide fit a page's width."""
    sheet_points = sum(column_pixels) * 0.75
    usable = PAGE_WIDTH_POINTS - 2 * MARGIN_X_INCHES * POINTS_PER_INCH
    return min(100, math.floor(usable / sheet_points * 100 * _WIDTH_SLACK))


class PageBreaks:
    """Lays a sheet's rows on printed pages a meta at a time; a meta too tall for a page is cut.

    ``repeated`` are the heights of the first rows, printed at the top of every page.
    """

    def __init__(self, scale: int, repeated: Sequence[float]) -> None:
        body = PAGE_HEIGHT_POINTS - 2 * MARGIN_Y_INCHES * POINTS_PER_INCH
        self._capacity = body / (scale / 100) * _HEIGHT_SLACK - sum(repeated)
        self._row = len(repeated) + 1  # one-based: the next row to place
        self._used = 0.0
        self._breaks: list[int] = []

    @property
    def breaks(self) -> list[int]:
        """The zero-based rows that start a new page (XlsxWriter's ``set_h_pagebreaks``)."""
        return list(self._breaks)

    def keep_together(self, first_row: int, heights: Sequence[float]) -> None:
        """Place rows from ``first_row`` (one-based) on one page: a new one if they do not fit.

        ``heights`` are in points. Rows taller together than a page start a page and go on over
        the next ones. Rows among the repeated ones are already placed.
        """
        heights = heights[max(0, self._row - first_row) :]
        total = sum(heights)
        if self._used and self._used + total > self._capacity:
            self._break()
        for height in heights:
            if self._used and self._used + height > self._capacity:
                self._break()
            self._used += height
            self._row += 1

    def _break(self) -> None:
        # Excel keeps at most 1,023 manual breaks (XlsxWriter drops the rest); pages after
        # those break wherever a row no longer fits.
        self._breaks.append(self._row - 1)
        self._used = 0.0
