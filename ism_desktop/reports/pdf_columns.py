"""The figure columns of a report's PDF: widened so that its largest figures print on one line.

The form's 14 figure columns are 34 pt wide: a figure of ten digits or more («1600000000.00»)
did not fit them, was set smaller, and then broken over two lines at its thousands, which read
as two figures. A column holding such a figure is widened to hold it at the form's size; the
room comes from the description column (its text wraps over more lines). When even that is not
enough, the widened columns share what is left and their figures are set smaller, still on one
line; only below the legible size does ``pdf_cells`` break them.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ism_desktop.reports.pdf_fonts import FontMetrics
from ism_desktop.reports.pdf_pagination import PageGeometry
from ism_desktop.reports.report_layout import ReportLayout

# Below this every figure's text fits the form's column at the form's size («-9999.99%»):
# only rows with a larger one are formatted and measured, once per report.
_LARGE = Decimal(10000)
# 2 pt clear of either rule, as the figures are drawn.
_CLEAR = 4.0
# The narrowest the description column is made to give room: about 17 characters a line.
MIN_DESCRIPTION = 72.0
_COLUMNS = 14


def fitted_geometry(
    layout: ReportLayout, metrics: FontMetrics, base: PageGeometry | None = None
) -> PageGeometry:
    """``base`` (the form's page), its figure columns widened for the layout's largest figures.

    A report whose figures all fit gets ``base`` itself: the form's columns, unchanged.
    """
    base = base or PageGeometry()
    usual = base.figure_width
    needs = [max(usual, width + _CLEAR) for width in _widest(layout, metrics, base.figure_size)]
    extra = sum(needs) - _COLUMNS * usual
    if extra <= 0:
        return base
    spare = max(0.0, base.description_width - MIN_DESCRIPTION)
    if extra <= spare:
        return replace(
            base, description_width=base.description_width - extra, figure_widths=tuple(needs)
        )
    # The widened columns share the room left beside the usual ones, in proportion.
    wide = sum(need for need in needs if need > usual)
    usual_count = sum(1 for need in needs if need <= usual)
    share = (_COLUMNS * usual + spare - usual_count * usual) / wide
    widths = tuple(need * share if need > usual else need for need in needs)
    return replace(base, description_width=base.description_width - spare, figure_widths=widths)


def _widest(layout: ReportLayout, metrics: FontMetrics, size: float) -> list[float]:
    """Per figure column, the width of its widest large figure at ``size`` (0: none large)."""
    widest = [0.0] * _COLUMNS
    for entry in layout.entries():
        for row in entry.rows:
            if not row.printed or not any(
                value is not None and abs(value) >= _LARGE for value in row.figures
            ):
                continue
            for index, text in enumerate(row.texts):
                widest[index] = max(widest[index], metrics.width(text, size))
    return widest
