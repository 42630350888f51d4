"""The print preview: our own PDF, each page drawn only when it scrolls into view."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ism_desktop.gui.screen_fit import fit_to_screen
from ism_desktop.reports.pdf_raster import POINTS_PER_INCH, PdfPages

GAP = 12
# A few screens' worth of pages stay drawn; more would hold megabytes per page for nothing.
CACHED_PAGES = 8
FIT_WIDTH, FIT_PAGE = "Ajustar al ancho", "Página completa"
ZOOMS = (FIT_WIDTH, FIT_PAGE, "50 %", "75 %", "100 %", "150 %")


class PageStrip(QWidget):
    """The pages one under another; painting draws (and caches) only the pages in view."""

    def __init__(self, pages: PdfPages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages = pages
        # Our report is letter landscape throughout: the first page's size stands for all.
        self._page_points = pages.page_size(0) if len(pages) else (792.0, 612.0)
        self._page_size = QSize(1, 1)
        self._cache: OrderedDict[int, QImage] = OrderedDict()
        self.rendered: set[int] = set()  # every page drawn so far (the tests read it)

    def set_page_width(self, width: int) -> None:
        """Lay the pages out at this width in pixels (height follows the page's proportions)."""
        width = max(width, 50)
        points_w, points_h = self._page_points
        size = QSize(width, round(width * points_h / points_w))
        if size == self._page_size:
            return
        self._page_size = size
        self._cache.clear()
        self.setFixedSize(width + 2 * GAP, len(self._pages) * (size.height() + GAP) + GAP)
        self.update()

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
        return min(max((y - GAP // 2) // step, 0), max(len(self._pages) - 1, 0))

    def _image(self, index: int) -> QImage:
        image = self._cache.get(index)
        if image is not None:
            self._cache.move_to_end(index)
            return image
        ratio = self.devicePixelRatioF()
        dpi = self._page_size.width() * ratio * POINTS_PER_INCH / self._page_points[0]
        page = self._pages.render(index, dpi)
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
        painter.fillRect(area, QColor("#78909c"))
        if not len(self._pages):
            return
        for index in range(self.page_at(area.top()), self.page_at(area.bottom()) + 1):
            target = QRect(GAP, self.page_top(index), *self._page_size.toTuple())
            if target.intersects(area):
                painter.drawImage(target, self._image(index))
        painter.end()


class ReportPreviewDialog(QDialog):
    """Page through the report as it will print; «Imprimir…» prints these very pages."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        print_report: Callable[[QWidget], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Vista previa de impresión — {title}")
        self._pages = PdfPages(pdf)
        self._going_to = 0
        count = len(self._pages)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.page_box = QSpinBox()
        self.page_box.setRange(1, max(count, 1))
        self.page_box.setAccessibleName("Página")
        page_label = QLabel("&Página:")
        page_label.setBuddy(self.page_box)
        self.zoom_box = QComboBox()
        self.zoom_box.addItems(ZOOMS)
        self.zoom_box.setAccessibleName("Tamaño")
        zoom_label = QLabel("&Tamaño:")
        zoom_label.setBuddy(self.zoom_box)
        self.print_button = QPushButton("&Imprimir…")
        self.print_button.clicked.connect(lambda: print_report(self))
        close_button = QPushButton("&Cerrar")
        close_button.clicked.connect(self.close)
        for widget in (page_label, self.page_box, QLabel(f"de {count}"), zoom_label):
            bar.addWidget(widget)
        bar.addWidget(self.zoom_box)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(close_button)
        layout.addLayout(bar)
        self.strip = PageStrip(self._pages)
        self.pages_view = QScrollArea()
        self.pages_view.setWidget(self.strip)
        self.pages_view.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_view.setAccessibleName("Páginas del informe")
        layout.addWidget(self.pages_view, 1)
        self.page_box.valueChanged.connect(self.go_to_page)
        self.zoom_box.currentIndexChanged.connect(self._relayout)
        self.pages_view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.pages_view.viewport().installEventFilter(self)
        fit_to_screen(self, QSize(1100, 800), parent)

    def page_count(self) -> int:
        """How many pages the report has."""
        return len(self._pages)

    def go_to_page(self, number: int) -> None:
        """Scroll so page ``number`` (from 1) is at the top."""
        self._going_to = number
        self.pages_view.verticalScrollBar().setValue(self.strip.page_top(number - 1) - GAP // 2)
        self._going_to = 0

    def _on_scrolled(self, value: int) -> None:
        if self._going_to:
            return  # the page asked for stays in the box, even if the last ones cannot scroll up
        bar = self.pages_view.verticalScrollBar()
        at_end = value >= bar.maximum() > 0
        self.page_box.blockSignals(True)
        self.page_box.setValue(self.page_count() if at_end else self.strip.page_at(value + GAP) + 1)
        self.page_box.blockSignals(False)

    def _relayout(self) -> None:
        viewport = self.pages_view.viewport().size()
        zoom = self.zoom_box.currentText()
        if zoom == FIT_WIDTH:
            width = (
                viewport.width() - 2 * GAP - self.pages_view.verticalScrollBar().sizeHint().width()
            )
        elif zoom == FIT_PAGE:
            width = self.strip.page_width_for_height(viewport.height() - 2 * GAP)
        else:
            percent = int(zoom.split()[0])
            points = self._pages.page_size(0)[0] if self.page_count() else 792.0
            width = round(points * self.logicalDpiX() / POINTS_PER_INCH * percent / 100)
        page = self.page_box.value()
        self.strip.set_page_width(width)
        self.go_to_page(page)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The pages follow the visible area's width, known only once the layout has settled.
        if watched is self.pages_view.viewport() and event.type() == QEvent.Type.Resize:
            self._relayout()
        return super().eventFilter(watched, event)

    @override
    def done(self, result: int) -> None:
        super().done(result)
        self.strip.hide()
        self._pages.close()
