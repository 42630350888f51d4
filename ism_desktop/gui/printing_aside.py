"""The pages sent to the printer, drawn on a thread of their own, counted; «Cancelar» stops them.

Drawn on the window's thread, a page at 300 dpi took about a quarter of a second: the 944-page
state report froze the window some four minutes, with no word and no way to stop it. Qt allows
painting on a ``QPrinter`` from another thread; the window only holds the printer meanwhile.
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from ism_desktop.gui.task_runner import Steps, wait_for

SENDING = "Enviando el informe a la impresora…"
SAVING = "Guardando el PDF…"
CANCELLED_TITLE = "Impresión cancelada"


def page_label(number: int, count: int) -> str:
    """What the box says while page ``number`` of ``count`` is drawn."""
    return f"Imprimiendo la página {number} de {count}…"


def cancelled_text(sent: int, count: int, *, taken_back: bool) -> str:
    """What is said once «Cancelar» stopped the printing after ``sent`` pages of ``count``."""
    if taken_back or not sent:  # the system dropped the job: nothing reaches the paper
        return "Se canceló la impresión: no se imprimió ninguna página."
    # Some systems (CUPS) print what was drawn before the cancel: said as it is.
    return (
        f"Se canceló la impresión después de {sent} de {count} páginas: "
        "la impresora recibe solo esas."
    )


def print_aside(parent: QWidget, printer: QPrinter, pdf: bytes) -> int:
    """Print ``pdf`` on ``printer`` off the window's thread; the pages sent (0 if cancelled).

    A cancel is said in a box over ``parent``.

    Raises:
        OSError: the PDF file chosen could not be written.
        PrinterRefusedError: the printer did not take the document.
    """
    from ism_desktop.gui.report_printing import paint_pdf, prints_to_file

    steps = Steps()
    asked: list[int] = []

    def go_on(number: int, count: int) -> bool:  # on the printing thread
        asked.append(count)
        if steps.stopped:
            return False
        # The bar stands at the pages sent: the one in hand is not, yet.
        steps.count(page_label(number, count), number - 1, count)
        return True

    label = SAVING if prints_to_file(printer) else SENDING
    sent = wait_for(parent, label, lambda: paint_pdf(printer, pdf, go_on), steps)
    if not steps.stopped or not asked or sent == asked[-1]:
        return sent  # all sent: a «Cancelar» pressed after the last page changes nothing
    taken_back = printer.printerState() is QPrinter.PrinterState.Aborted
    QMessageBox.information(
        parent, CANCELLED_TITLE, cancelled_text(sent, asked[-1], taken_back=taken_back)
    )
    return 0
