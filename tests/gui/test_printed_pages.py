"""Printing honours the dialog: the pages chosen only, and a PDF file keeps the report's text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.report_printing import chosen_pages, draw_pages, new_printer, paint_pdf
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


def _to_file(path: Path) -> QPrinter:
    """A printer set as the print dialog leaves it for «Imprimir a archivo (PDF)»."""
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(96)
    return printer


def _text(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_printing_to_a_pdf_file_keeps_the_text_of_the_report(
    open_window: WindowFactory, tmp_path: Path
) -> None:
    pdf = open_window(COORDINATOR).reports.report_pdf()
    (tmp_path / "exportado.pdf").write_bytes(pdf)

    pages = paint_pdf(_to_file(tmp_path / "impreso.pdf"), pdf)

    # Before, every page was a picture: no text to search or copy, and ten times the size.
    assert pages == len(PdfReader(tmp_path / "exportado.pdf").pages)
    assert _text(tmp_path / "impreso.pdf") == _text(tmp_path / "exportado.pdf")
    assert "PORCENTAJE DE CUMPLIMIENTO" in "".join(_text(tmp_path / "impreso.pdf"))


def test_only_the_pages_chosen_are_printed(open_window: WindowFactory, tmp_path: Path) -> None:
    pdf = open_window(COORDINATOR).reports.report_pdf()
    (tmp_path / "exportado.pdf").write_bytes(pdf)
    whole = _text(tmp_path / "exportado.pdf")
    printer = _to_file(tmp_path / "paginas.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)

    pages = paint_pdf(printer, pdf)

    assert pages == 2
    assert _text(tmp_path / "paginas.pdf") == whole[1:3]


@pytest.mark.parametrize(
    ("chosen", "first_last", "expected"),
    [
        (QPrinter.PrintRange.AllPages, (0, 0), range(0, 9)),
        (QPrinter.PrintRange.PageRange, (2, 4), range(1, 4)),
        (QPrinter.PrintRange.PageRange, (7, 50), range(6, 9)),  # past the end: up to the last
        (QPrinter.PrintRange.PageRange, (20, 30), range(0)),  # none of the document's pages
        (QPrinter.PrintRange.PageRange, (0, 0), range(0, 9)),  # no range typed: all
    ],
)
def test_the_pages_chosen_in_the_dialog(
    chosen: QPrinter.PrintRange, first_last: tuple[int, int], expected: range
) -> None:
    printer = new_printer()
    printer.setPrintRange(chosen)
    printer.setFromTo(*first_last)

    assert chosen_pages(printer, 9) == expected


def test_a_printer_gets_the_chosen_pages_drawn(open_window: WindowFactory, tmp_path: Path) -> None:
    pdf = open_window(COORDINATOR).reports.report_pdf()
    printer = _to_file(tmp_path / "dibujadas.pdf")  # stands for the printer: pages as images

    pages = draw_pages(printer, pdf, range(1, 3))

    assert pages == 2
    drawn = PdfReader(tmp_path / "dibujadas.pdf")
    assert len(drawn.pages) == 2
    assert _text(tmp_path / "dibujadas.pdf") == ["", ""]  # pictures, as a printer receives


def _printing_to(path: Path) -> Callable[[QPrintDialog], int]:
    """A print dialog's ``exec`` where the person chose «Imprimir a archivo» at ``path``."""

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(path))
        return int(QPrintDialog.DialogCode.Accepted)

    return accept


def test_a_pdf_file_that_cannot_be_written_is_said_in_spanish(
    open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = open_window(COORDINATOR)
    said: list[str] = []
    monkeypatch.setattr(QPrintDialog, "exec", _printing_to(tmp_path / "no-existe" / "x.pdf"))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))

    window.reports.print_report()

    # Before: «No se pudo escribir el PDF: No such file or directory.»
    assert said == ["No se pudo escribir el PDF: no existe el archivo o la carpeta."]
