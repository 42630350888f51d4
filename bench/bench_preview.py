"""Print preview of a state-scale report: time to the first page on screen, against PDFium alone.

In the same run, for the same PDF bytes (the report as the program exports it):

- ours: the window's preview dialog is built, shown and painted until the first page is drawn;
- PDFium alone: ``pypdfium2`` opens the document and renders its first page at the same size
  (the floor: no preview can show a page faster than it can be drawn).

Also printed: how long writing the PDF itself takes (it happens before either, once), and the
process's peak memory. Target: ratio ≤ 1.5× and the first page in under a second.

Run: ``python -m bench.bench_preview [--metas 5000] [--repeat 5]`` (offscreen, no display needed).
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pypdfium2
from PySide6.QtWidgets import QApplication

from bench.generate_state_report import generate
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.gui.report_preview import ReportPreviewDialog
from ism_desktop.reports.pdf_report import write_pdf
from ism_desktop.reports.report_layout import layout_report


def _preview_first_page(app: QApplication, pdf: bytes) -> tuple[float, int]:
    """Seconds to the first page drawn in the dialog, and its width in pixels."""
    start = time.perf_counter()
    dialog = ReportPreviewDialog(pdf, "bench", lambda _parent: None)
    dialog.show()
    while 0 not in dialog.strip.rendered:
        app.processEvents()
    elapsed = time.perf_counter() - start
    width = dialog.strip.width()
    rendered = len(dialog.strip.rendered)
    dialog.close()
    dialog.deleteLater()
    app.processEvents()
    assert rendered < 5, "the preview drew more than the pages in view"
    return elapsed, width


def _pdfium_first_page(pdf: bytes, width: int) -> float:
    """Seconds for PDFium alone to open the document and draw page 1 at the same width."""
    start = time.perf_counter()
    document = pypdfium2.PdfDocument(pdf)
    page = document[0]
    points = page.get_width()
    bitmap = page.render(scale=width / points)
    _ = bytes(bitmap.buffer)
    bitmap.close()
    page.close()
    document.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--metas", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    app = QApplication([])
    report = parse_etca_text(generate(metas=args.metas)).report
    start = time.perf_counter()
    buffer = io.BytesIO()
    write_pdf(layout_report(report), buffer)
    pdf = buffer.getvalue()
    pdf_seconds = time.perf_counter() - start
    document = pypdfium2.PdfDocument(pdf)
    pages = len(document)
    document.close()
    ours, floor = [], []
    for _ in range(args.repeat):  # paired runs, alternating, so machine load hits both alike
        seconds, width = _preview_first_page(app, pdf)
        ours.append(seconds)
        floor.append(_pdfium_first_page(pdf, width))
    ours_median, floor_median = statistics.median(ours), statistics.median(floor)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"informe de {args.metas} metas: {pages} páginas; PDF escrito en {pdf_seconds:.2f} s")
    print(f"{'medida':<42}{'mediana':>10}")
    print(f"{'vista previa: primera página en pantalla':<42}{ours_median:>9.3f}s")
    print(f"{'PDFium solo: abrir y dibujar la página 1':<42}{floor_median:>9.3f}s")
    print(
        f"razón: {ours_median / floor_median:.2f}×   memoria máxima del proceso: {peak_mib:.0f} MiB"
    )


if __name__ == "__main__":
    main()
