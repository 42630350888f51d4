"""Our PDF as page images, so the window can preview and print exactly what was exported."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pypdfium2

POINTS_PER_INCH = 72


@dataclass(frozen=True, slots=True)
class RasterPage:
    """One page as 32-bit BGRX pixels (the memory layout of a little-endian RGB32 image)."""

    width: int
    height: int
    stride: int
    pixels: bytes


def page_count(pdf: bytes) -> int:
    """How many pages the document has."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def rasterize_pdf(pdf: bytes, dpi: int) -> Iterator[RasterPage]:
    """Each page drawn at ``dpi``, one at a time so a long report never sits whole in memory."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, prefer_bgrx=True)
            try:
                yield RasterPage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
            finally:
                bitmap.close()
                page.close()
    finally:
        document.close()
