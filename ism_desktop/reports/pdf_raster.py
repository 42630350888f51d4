"""Our PDF as page images, so the window can preview and print exactly what was exported."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import pypdfium2

POINTS_PER_INCH = 72
# PDFium allows one call at a time in the whole process, whatever the document: the printer's
# pages are drawn on a thread of their own while the preview draws its pages on the window's.
# The library is process-wide state; so is the lock that guards it.
_PDFIUM = threading.RLock()


@dataclass(frozen=True, slots=True)
class RasterPage:
    """One page as 32-bit BGRX pixels (the memory layout of a little-endian RGB32 image)."""

    width: int
    height: int
    stride: int
    pixels: bytes


class PdfPages:
    """An open PDF whose pages are drawn one at a time, only when asked for."""

    def __init__(self, pdf: bytes) -> None:
        # Opening parses only the cross-reference table: a 900-page report opens at once.
        with _PDFIUM:
            self._document = pypdfium2.PdfDocument(pdf)

    def __len__(self) -> int:
        with _PDFIUM:
            return len(self._document)

    def page_size(self, index: int) -> tuple[float, float]:
        """Width and height of a page, in points."""
        with _PDFIUM:
            width, height = self._document.get_page_size(index)
        return float(width), float(height)

    def render(self, index: int, dpi: float) -> RasterPage:
        """Draw one page at ``dpi``."""
        with _PDFIUM:
            page = self._document[index]
            try:
                bitmap = page.render(scale=dpi / POINTS_PER_INCH, prefer_bgrx=True)
                try:
                    pixels = bytes(bitmap.buffer)
                    return RasterPage(bitmap.width, bitmap.height, bitmap.stride, pixels)
                finally:
                    bitmap.close()
            finally:
                page.close()

    def close(self) -> None:
        """Release the document."""
        with _PDFIUM:
            self._document.close()


def page_count(pdf: bytes) -> int:
    """How many pages the document has."""
    pages = PdfPages(pdf)
    try:
        return len(pages)
    finally:
        pages.close()


def rasterize_pdf(pdf: bytes, dpi: int, indexes: range | None = None) -> Iterator[RasterPage]:
    """Each page (of ``indexes``, 0-based; all by default) drawn at ``dpi``, one at a time.

    One at a time, so a long report never sits whole in memory.
    """
    pages = PdfPages(pdf)
    try:
        for index in range(len(pages)) if indexes is None else indexes:
            yield pages.render(index, dpi)
    finally:
        pages.close()


def pdf_subset(pdf: bytes, indexes: range) -> bytes:
    """A PDF of some of the document's pages (0-based), as they are: text stays text."""
    if indexes == range(page_count(pdf)):
        return pdf
    with _PDFIUM:
        source, subset = pypdfium2.PdfDocument(pdf), pypdfium2.PdfDocument.new()
        try:
            subset.import_pages(source, list(indexes))
            out = io.BytesIO()
            subset.save(out)
            return out.getvalue()
        finally:
            subset.close()
            source.close()
