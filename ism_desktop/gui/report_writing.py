"""The report written aside to export or to print, its box saying the page, then the sheet.

At state scale the export takes some 20 s (944 pages, then 478 sheets) and the printing's PDF
10 s: the box counts them on its bar, as the preview counts its pages, and its «Cancelar»
(or Escape) stops them after the page or sheet in hand, nothing written or printed.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QMainWindow, QWidget

from ism_desktop.gui.report_reading import made_aside, pdf_of, preview_error
from ism_desktop.gui.task_runner import Steps, WorkCancelledError
from ism_desktop.gui.work_box import CANCELLING, CLOSING, CancelWords

if TYPE_CHECKING:
    from ism_desktop.reports.report_layout import ReportLayout

PREPARING_PRINT = "Preparando el informe para imprimir…"
WRITING_REPORT = "Escribiendo el informe en PDF y Excel…"
NOT_EXPORTED = "No se exportó el informe"
NOT_PRINTED = "No se imprimió"
EXPORT_CANCELLED = "Exportación cancelada; no se escribió ningún archivo."
PRINT_CANCELLED = "Impresión cancelada; no se envió nada a la impresora."
# Said in the box when the window is closed meanwhile (what «Cancelar» spares), and once
# it is pressed: the export stops after a page, or after a sheet.
EXPORT_WORDS = CancelWords(
    f"{CLOSING} Para no esperar, pulse «Cancelar»: no se guarda ningún archivo.",
    "Cancelando… se termina la página o la hoja en curso.",
)
PRINT_WORDS = CancelWords(
    f"{CLOSING} Para no esperar, pulse «Cancelar»: no se imprime nada.", CANCELLING
)
CANCELLED_SHOWN_MS = 15000

Written = tuple["ReportLayout", io.BytesIO, io.BytesIO]
T = TypeVar("T")


def page_said(heading: str, number: int, count: int) -> str:
    """What the box says under ``heading`` once page ``number`` of ``count`` is drawn."""
    return f"{heading}\n\nPágina {number} de {count}"


def sheet_said(number: int, count: int, heading: str = WRITING_REPORT) -> str:
    """What the box says under ``heading`` once sheet ``number`` of ``count`` is written."""
    if number < count:
        return f"{heading}\n\nLibro de Excel: hoja {number} de {count}"
    # The summary, the last sheet, is written: the workbook is put together, about a second.
    return f"{heading}\n\nGuardando el libro de Excel (hoja {count} de {count})…"


def counting(steps: Steps, said: Callable[[int, int], str]) -> Callable[[int, int], None]:
    """What tells ``steps`` each page or sheet done, the box saying ``said(number, count)``.

    Raises ``WorkCancelledError`` once «Cancelar» was pressed: the writing stops there.
    """

    def on_step(number: int, count: int) -> None:
        steps.stop_if_asked()
        steps.count(said(number, count), number, count)

    return on_step


def counting_pages(steps: Steps, heading: str) -> Callable[[int, int], None]:
    """``counting`` each page drawn, the box saying ``heading`` above the count."""
    return counting(steps, partial(page_said, heading))


def counting_sheets(steps: Steps, heading: str) -> Callable[[int, int], None]:
    """``counting`` each sheet written, the box saying ``heading`` above the count."""
    return counting(steps, partial(sheet_said, heading=heading))


def said_in_status_bar(window: QMainWindow, said: str) -> Callable[[], None]:
    """What says ``said`` in ``window``'s status bar (a cancel, for ``written_aside``)."""
    return partial(window.statusBar().showMessage, said, CANCELLED_SHOWN_MS)


def written_aside(
    parent: QWidget,
    title: str,
    label: str,
    work: Callable[[], T],
    steps: Steps,
    say_cancelled: Callable[[], object],
    describe: Callable[[Exception], str] = preview_error,
) -> T | None:
    """``work``'s result (``made_aside``, ``describe``); None once its failure or cancel is said.

    A cancel is said by ``say_cancelled``, also when «Cancelar» came after the last step:
    nothing is written or printed once the person asked for nothing.
    """
    try:
        made = made_aside(parent, title, label, work, steps, describe)
    except WorkCancelledError:
        made = None
    else:
        if made is None or not steps.stopped:
            return made
    say_cancelled()
    return None


def written_for_export(make_layout: Callable[[], ReportLayout], steps: Steps) -> Written:
    """The report laid out (``make_layout``), then as PDF and as workbook, counted in ``steps``.

    Both in memory: the files are written, each whole at once, only when both are made.
    """
    from ism_desktop.reports import pdf_report, xlsx_report

    layout, pdf, xlsx = make_layout(), io.BytesIO(), io.BytesIO()
    steps.stop_if_asked()  # pressed while the report was read and laid out (seconds)
    pdf_report.write_pdf(layout, pdf, counting_pages(steps, WRITING_REPORT))
    xlsx_report.write_xlsx(layout, xlsx, counting_sheets(steps, WRITING_REPORT))
    steps.stop_if_asked()  # pressed while the workbook was put together (about a second)
    return layout, pdf, xlsx


def written_for_print(
    make_layout: Callable[[], ReportLayout], steps: Steps
) -> tuple[ReportLayout, bytes]:
    """The report laid out (``make_layout``) and its PDF, each page counted in ``steps``."""
    layout = make_layout()
    steps.stop_if_asked()  # pressed while the report was read and laid out
    return layout, pdf_of(layout, counting_pages(steps, PREPARING_PRINT))


def exported_aside(window: QMainWindow, make_layout: Callable[[], ReportLayout]) -> Written | None:
    """``written_for_export`` in a box over ``window`` that counts and cancels; None if not made."""
    steps = Steps(words=EXPORT_WORDS)
    work = partial(written_for_export, make_layout, steps)
    said = said_in_status_bar(window, EXPORT_CANCELLED)
    return written_aside(window, NOT_EXPORTED, WRITING_REPORT, work, steps, said)


def printed_aside(
    window: QMainWindow, make_layout: Callable[[], ReportLayout]
) -> tuple[ReportLayout, bytes] | None:
    """``written_for_print`` in a box over ``window`` that counts and cancels; None if not made."""
    steps = Steps(words=PRINT_WORDS)
    work = partial(written_for_print, make_layout, steps)
    said = said_in_status_bar(window, PRINT_CANCELLED)
    return written_aside(window, NOT_PRINTED, PREPARING_PRINT, work, steps, said)
