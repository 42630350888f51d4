"""The preview shows each page as the PDF renderer drew it: never squeezed by a pixel row.

The strip lays a page out at the page's proportions, rounded to whole pixels; the renderer
rounds the same height its own way, so the two can differ by a row. Squeezing the image into
the rounded slot then dropped a row of pixels mid-page, which could cut a line of small text.
"""

from __future__ import annotations

import io

import pytest
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

from ism_desktop.gui.page_strip import GAP, PageStrip
from ism_desktop.reports.pdf_raster import POINTS_PER_INCH, PdfPages

pytestmark = pytest.mark.gui


def _striped_page() -> bytes:
    """A letter landscape page of thin black and white bands: any dropped row shows."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=landscape(letter))
    width, height = landscape(letter)
    y = 0.0
    while y < height:
        page.rect(0, y, width, 1.5, stroke=0, fill=1)
        y += 3.7
    page.save()
    return out.getvalue()


def _width_rounded_apart(pages: PdfPages) -> tuple[int, int]:
    """A page width whose proportional height the renderer rounds to another row count."""
    points_w, points_h = pages.page_size(0)
    for width in range(600, 1400):
        slot = round(width * points_h / points_w)
        drawn = pages.render(0, width * POINTS_PER_INCH / points_w).height
        if drawn != slot:
            return width, drawn
    raise AssertionError("the renderer rounds every width as the layout does")


def test_a_page_is_shown_pixel_for_pixel_as_rendered(qtbot: QtBot) -> None:
    pages = PdfPages(_striped_page())
    width, drawn_height = _width_rounded_apart(pages)
    strip = PageStrip()
    qtbot.addWidget(strip)
    strip.set_document(pages, 1)
    strip.set_page_width(width)
    with qtbot.waitExposed(strip):
        strip.show()
    points_w, _points_h = pages.page_size(0)
    rendered = pages.render(0, width * POINTS_PER_INCH / points_w)

    shown = strip.grab().toImage()

    rows_differing = []
    for y in range(min(drawn_height, shown.height() - strip.page_top(0))):
        offset = y * rendered.stride
        for x in range(0, width, 7):  # every 7th column: enough to see a shifted band
            blue = rendered.pixels[offset + 4 * x]
            if shown.pixelColor(GAP + x, strip.page_top(0) + y).blue() != blue:
                rows_differing.append(y)
                break
    assert rows_differing == []
