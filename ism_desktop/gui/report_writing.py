"""The report written aside to export or to print, its box saying the page, then the sheet.

At state scale the export takes some 20 s (944 pages, then 478 sheets) and the printing's PDF
10 s: the box counts them on its bar, as the preview counts its pages.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING

from ism_desktop.gui.report_reading import pdf_of
from ism_desktop.gui.task_runner import Steps

if TYPE_CHECKING:
    from ism_desktop.reports.report_layout import ReportLayout

PREPARING_PRINT = "Preparando el informe para imprimir…"
WRITING_REPORT = "Escribiendo el informe en PDF y Excel…"

Written = tuple["ReportLayout", io.BytesIO, io.BytesIO]


def page_said(heading: str, number: int, count: int) -> str:
    """What the box says under ``heading`` once page ``number`` of ``count`` is drawn."""
    return f"{heading}\n\nPágina {number} de {count}"


def sheet_said(number: int, count: int) -> str:
    """What the export's box says once sheet ``number`` of ``count`` is written."""
    if number < count:
        return f"{WRITING_REPORT}\n\nLibro de Excel: hoja {number} de {count}"
    # The summary, the last sheet, is written: the workbook is put together, about a second.
    return f"{WRITING_REPORT}\n\nGuardando el libro de Excel (hoja {count} de {count})…"


def counting_pages(steps: Steps, heading: str) -> Callable[[int, int], None]:
    """What tells ``steps`` each page drawn, the box saying ``heading`` above the count."""
    return lambda number, count: steps.count(page_said(heading, number, count), number, count)


def written_for_export(make_layout: Callable[[], ReportLayout], steps: Steps) -> Written:
    """The report laid out (``make_layout``), then as PDF and as workbook, counted in ``steps``.

    Both in memory: the files are written, each whole at once, only when both are made.
    """
    from ism_desktop.reports import pdf_report, xlsx_report

    layout, pdf, xlsx = make_layout(), io.BytesIO(), io.BytesIO()
    pdf_report.write_pdf(layout, pdf, counting_pages(steps, WRITING_REPORT))

    def on_sheet(number: int, count: int) -> None:
        steps.count(sheet_said(number, count), number, count)

    xlsx_report.write_xlsx(layout, xlsx, on_sheet)
    return layout, pdf, xlsx


def written_for_print(
    make_layout: Callable[[], ReportLayout], steps: Steps
) -> tuple[ReportLayout, bytes]:
    """The report laid out (``make_layout``) and its PDF, each page counted in ``steps``."""
    layout = make_layout()
    return layout, pdf_of(layout, counting_pages(steps, PREPARING_PRINT))
