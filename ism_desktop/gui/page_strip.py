"""The preview's pages one under another, each drawn only when it scrolls into view."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget
from typing_extensions import override

from ism_desktop.reports.pdf_raster import POINTS_PER_INCH, PdfPages

GAP = 12
# A few screens' worth of pages stay drawn; more would hold megabytes per page for nothing.
CACHED_PAGES = 8
LETTER_LANDSCAPE = (792.0, 612.0)
_BACKGROUND, _PAPER, _NOTE = QColor("#78909c"), QColor("#ffffff"), QColor("#607d8b")


class PageStrip(QWidget):
    """Every page of the document, laid out; painting draws (and caches) only the pages in view.

    The document may come in two steps: its first pages (with the count of the whole known),
    then the whole. A page not written yet shows as blank paper with a note until it comes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: PdfPages | None = None
        self._count = 0  # pages of the whole document
        # Our report is letter landscape throughout: the first page's size stands for all.
        self._page_points = LETTER_LANDSCAPE
        self._page_size = QSize(1, 1)
        self._cache: OrderedDict[int, QImage] = OrderedDict()
        self.rendered: set[int] = set()  # every page drawn so far (the tests read it)

    def set_document(self, pages: PdfPages, count: int) -> None:
        """Show ``pages``, the first pages of a document of ``count`` (or all of it)."""
        self._pages = pages
        self._count = count
        if len(pages):
            self._page_points = pages.page_size(0)
        self._cache.clear()
        self._resize()
        self.update()

    def page_count(self) -> int:
        """How many pages the document has (written or not yet)."""
        return self._count

    def page_points(self) -> tuple[float, float]:
        """The page's width and height in points."""
        return self._page_points

    def set_page_width(self, width: int) -> None:
        """Lay the pages out at this width in pixels (height follows the page's proportions)."""
        width = max(width, 50)
        points_w, points_h = self._page_points
        size = QSize(width, round(width * points_h / points_w))
        if size == self._page_size:
            return
        self._page_size = size
        self._cache.clear()
        self._resize()
        self.update()

    def _resize(self) -> None:
        size, count = self._page_size, self._count
        # Nothing at all until the first pages come: no empty band at the top of the view.
        height = count * (size.height() + GAP) + GAP if count else 0
        self.setFixedSize(size.width() + 2 * GAP, height)

    def page_width_for_height(self, height: int) -> int:
        """The page width that makes a whole page this tall."""
        points_w, points_h = self._page_points
        return round(max(height, 50) * points_w / points_h)

    def page_top(self, index: int) -> int:
        """Where page ``index`` (from 0) starts."""
        return GAP + index * (self._page_size.height() + GAP)

    def page_at(self, y: int) -> int:
        """The page shown at height ``y``."""
        step = self._page_size.height() + GAP
        return min(max((y - GAP // 2) // step, 0), max(self._count - 1, 0))

    def _image(self, pages: PdfPages, index: int) -> QImage:
        image = self._cache.get(index)
        if image is not None:
            self._cache.move_to_end(index)
            return image
        ratio = self.devicePixelRatioF()
        dpi = self._page_size.width() * ratio * POINTS_PER_INCH / self._page_points[0]
        page = pages.render(index, dpi)
        # copy(): the QImage must own its pixels, the bytes object is gone after this call.
        image = QImage(
            page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB32
        ).copy()
        image.setDevicePixelRatio(ratio)
        self._cache[index] = image
        self.rendered.add(index)
        if len(self._cache) > CACHED_PAGES:
            self._cache.popitem(last=False)
        return image

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = event.rect()
        painter.fillRect(area, _BACKGROUND)
        pages = self._pages
        if pages is not None and self._count:
            written = len(pages)
            for index in range(self.page_at(area.top()), self.page_at(area.bottom()) + 1):
                target = QRect(GAP, self.page_top(index), *self._page_size.toTuple())
                if not target.intersects(area):
                    continue
                if index < written:
                    # At the image's own size: the renderer may round the page's height to
                    # one row more or less than the layout, and squeezing it into the slot
                    # dropped a row mid-page (a line of small print cut in two).
                    painter.drawImage(target.topLeft(), self._image(pages, index))
                else:
                    painter.fillRect(target, _PAPER)
                    painter.setPen(_NOTE)
                    painter.drawText(
                        target,
                        Qt.AlignmentFlag.AlignCenter,
                        f"Preparando la página {index + 1}…",
                    )
        painter.end()
