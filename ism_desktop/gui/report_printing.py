"""Print preview and printing of the report, drawn from the very PDF the program exports."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

# Sharp enough for 7-point figures on paper; higher only costs memory and time.
MAX_PRINT_DPI = 300


def new_printer() -> QPrinter:
    """A printer set up like the official form: letter, landscape."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setFullPage(True)
    return printer


def paint_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Draw every page of ``pdf`` onto the printer (or preview); return the pages drawn."""
    # PDFium loads only when something is printed, not with the window.
    from ism_desktop.reports.pdf_raster import rasterize_pdf

    dpi = min(max(printer.resolution(), 96), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    pages = 0
    try:
        for page in rasterize_pdf(pdf, dpi):
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
    return pages


def print_with_dialog(parent: QWidget, make_pdf: Callable[[], bytes], title: str) -> int:
    """Ask for the printer and print; return the pages sent (0 if cancelled)."""
    printer = new_printer()
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Imprimir informe")
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return 0
    return paint_pdf(printer, make_pdf())
