"""Print preview and printing of the report, drawn from the very PDF the program exports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMessageBox, QWidget

from ism_desktop.domain.wording import count
from ism_desktop.platform import describe_os_error

# Sharp enough for 7-point figures on paper; higher only costs memory and time.
MAX_PRINT_DPI = 300
GoOn = Callable[[int, int], bool]  # asked before page ``number`` of ``count``: go on?


class PrinterRefusedError(RuntimeError):
    """The printer did not take the document (``QPainter.begin`` failed): its name is the text."""


def new_printer() -> QPrinter:
    """A printer set up like the official form: letter, landscape."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setFullPage(True)
    return printer


def chosen_pages(printer: QPrinter, total: int) -> range:
    """The pages (0-based) of a ``total``-page document the person chose in the print dialog."""
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() is not QPrinter.PrintRange.PageRange or first < 1:
        return range(total)
    return range(min(first, total + 1) - 1, min(max(last, first), total))


def prints_to_file(printer: QPrinter) -> bool:
    """Whether the print dialog left «Imprimir a archivo (PDF)» chosen, rather than a printer."""
    return printer.outputFormat() is QPrinter.OutputFormat.PdfFormat and bool(
        printer.outputFileName()
    )


def paint_pdf(printer: QPrinter, pdf: bytes, go_on: GoOn | None = None) -> int:
    """Print the pages of ``pdf`` the dialog chose; return how many went out.

    A printer gets each page drawn as an image (what PDFium draws is what was exported). Qt's
    «print to file (PDF)» gets the pages themselves, so the file keeps the report's text.
    ``go_on`` is asked before each page drawn (any thread may draw them).

    Raises:
        OSError: the PDF file could not be written.
        PrinterRefusedError: the printer did not take the document.
    """
    # PDFium loads only when something is printed, not with the window.
    from ism_desktop.reports.pdf_raster import page_count, pdf_subset

    indexes = chosen_pages(printer, page_count(pdf))
    if not indexes:
        return 0
    if prints_to_file(printer):
        from ism_desktop.platform import write_atomically

        write_atomically(Path(printer.outputFileName()), pdf_subset(pdf, indexes))
        return len(indexes)
    return draw_pages(printer, pdf, indexes, go_on)


def draw_pages(printer: QPrinter, pdf: bytes, indexes: range, go_on: GoOn | None = None) -> int:
    """Draw these pages (0-based) of ``pdf`` on the printer as images; return how many.

    ``go_on(number, count)`` is asked before the ``number``-th page of ``count`` is drawn: once
    it says no, the printer is told to drop the job (``printer.abort()``) and nothing more is
    drawn.

    Raises:
        PrinterRefusedError: the printer did not take the document.
    """
    from ism_desktop.reports.pdf_raster import PdfPages

    dpi = min(max(printer.resolution(), 96), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterRefusedError(printer.printerName())
    pages = 0
    document = PdfPages(pdf)
    try:
        for number, index in enumerate(indexes, start=1):
            if go_on is not None and not go_on(number, len(indexes)):
                printer.abort()
                break
            page = document.render(index, dpi)
            if pages:
                printer.newPage()
            image = QImage(
                page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB32
            )
            target = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
            scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(target.topLeft(), scaled.toSizeF()), image)
            pages += 1
    finally:
        painter.end()
        document.close()
    return pages


def print_with_dialog(
    parent: QWidget, make_pdf: Callable[[], bytes], names: tuple[str, str], pages: int | None = None
) -> tuple[int, str]:
    """Ask for the printer and print: the pages sent (0 if cancelled) and the PDF file written.

    ``names``: the document's title (the printer's queue shows it) and the file name its export
    gives, proposed for a PDF file in the folder last used. The file is «» unless the person
    chose to print to a PDF file. ``pages``: the document's length when known, so the dialog
    offers that range.

    The pages are drawn on a thread of their own, the window saying which and offering
    «Cancelar» (said, and 0 pages sent, when pressed).

    Raises:
        OSError: the PDF file chosen could not be written.
        PrinterRefusedError: the printer did not take the document.
    """
    from ism_desktop.gui.places import documents_folder, remember_folder
    from ism_desktop.gui.printing_aside import print_aside

    title, file_name = names
    printer = new_printer()
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Imprimir informe")
    if pages:
        dialog.setMinMax(1, pages)
    # Qt's own dialog (Linux) proposed the working folder and the title («/root/ETCA-III-04
    # 2024 T1 — unidad 004.pdf»). «filename» is its field's name in Qt's qprintwidget.ui
    # (tests/gui/test_print_file_name.py fails if a release renames it); the system's dialog
    # (Windows) has none, and asks for the file itself.
    field = dialog.findChild(QLineEdit, "filename")
    if field is not None:
        field.setText(str(Path(documents_folder(), file_name)))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return 0, ""
    to_file = prints_to_file(printer)
    sent = print_aside(parent, printer, make_pdf())
    if to_file and sent:
        remember_folder(printer.outputFileName())  # where the next dialog starts
    return sent, printer.outputFileName() if to_file else ""


def print_saying_how(
    parent: QWidget, make_pdf: Callable[[], bytes], names: tuple[str, str], pages: int | None = None
) -> str:
    """Print as ``print_with_dialog``; what to say once printed, «» if cancelled or failed.

    A PDF file that could not be written is said in a box over ``parent``.
    """
    try:
        sent, file = print_with_dialog(parent, make_pdf, names, pages)
    except OSError as exc:
        QMessageBox.warning(
            parent, "No se imprimió", f"No se pudo escribir el PDF: {describe_os_error(exc)}."
        )
        return ""
    except PrinterRefusedError as exc:
        QMessageBox.warning(parent, "No se imprimió", refused_text(str(exc)))
        return ""
    except Exception as exc:  # every failure reaches the person as a message
        from ism_desktop.gui.task_runner import describe_error

        QMessageBox.warning(parent, "No se imprimió", describe_error(exc))
        return ""
    return printed_note(sent, file) if sent else ""


def refused_text(printer_name: str) -> str:
    """What is said when the printer did not take the document."""
    named = f"La impresora «{printer_name}»" if printer_name else "La impresora"
    return f"{named} no aceptó el documento: revise que esté encendida y conectada."


def printed_note(pages: int, file: str) -> str:
    """What the status bar says once printed: the pages, and the PDF file if printed to one."""
    # The verb agrees with the pages: «Se guardaron 1 página» was what a one-page report said.
    what = count(pages, "página", "páginas")
    one = pages == 1
    if file:
        return f"{'Se guardó' if one else 'Se guardaron'} {what} en «{file}»."
    return f"{'Se envió' if one else 'Se enviaron'} {what} a la impresora."


def say_printed(parent: QWidget, window: QMainWindow, note: str) -> None:
    """Say ``note`` in ``window``'s status bar, and in the print preview printed from, if any."""
    window.statusBar().showMessage(note, 8000)
    said_in_preview(parent, note)


def said_in_preview(parent: QWidget, note: str) -> None:
    """Say ``note`` in ``parent`` if it is the print preview printed from.

    The preview covers the window's status line: printed from it, the note was out of sight.
    """
    from ism_desktop.gui.report_preview import ReportPreviewDialog

    if isinstance(parent, ReportPreviewDialog):
        parent.say_printed(note)
