"""The print preview: our own PDF, the first pages at once, the whole as soon as it is written."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSlider,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ism_desktop.gui.page_strip import GAP, PageStrip
from ism_desktop.gui.preview_writer import DocumentWriter
from ism_desktop.gui.screen_fit import fit_to_screen
from ism_desktop.reports.pdf_raster import POINTS_PER_INCH, PdfPages

FIT_WIDTH, FIT_PAGE = "Ajustar al ancho", "Página completa"
# Closed up, as the program writes every percentage («84.55%»).
ZOOMS = (FIT_WIDTH, FIT_PAGE, "50%", "75%", "100%", "150%")
FAILED_TITLE = "No se pudo preparar la vista previa"
# Where the size and zoom it was closed with are kept, for the next one (ETCA or PAIMEF).
SIZE_KEY, ZOOM_KEY = "vista_previa/tamano", "vista_previa/zoom"
# Read where the cursor is (the page number, the size): a screen of the pages down or up.
_PAGE_KEYS = {
    Qt.Key.Key_PageDown: QAbstractSlider.SliderAction.SliderPageStepAdd,
    Qt.Key.Key_PageUp: QAbstractSlider.SliderAction.SliderPageStepSub,
}
# As in a PDF reader: Ctrl+Home / Ctrl+End anywhere, Home / End on the pages (in a box they
# move along its text). True: the last page.
_END_KEYS = {Qt.Key.Key_Home: False, Qt.Key.Key_End: True}


class ReportPreviewDialog(QDialog):
    """Page through the report as it will print; «Imprimir…» prints the whole, once written.

    ``writer`` writes the document (first pages, then the whole); the dialog starts it and
    stops it when closed, even halfway. ``settings``: where it keeps its size and zoom for
    the next preview (None: it opens as the first time).
    """

    document_completed = Signal()

    def __init__(
        self,
        writer: DocumentWriter,
        title: str,
        print_report: Callable[[QWidget, bytes], None],
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Vista previa de impresión — {title}")
        self._settings = settings
        self._writer = writer
        self._pages: PdfPages | None = None
        self._whole: bytes | None = None  # the complete document, once written
        self._closed = False
        self._going_to = 0
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.page_box = QSpinBox()
        self.page_box.setRange(1, 1)
        self.page_box.setAccessibleName("Página")
        page_label = QLabel("&Página:")
        page_label.setBuddy(self.page_box)
        self.count_label = QLabel("de …")
        self.zoom_box = QComboBox()
        self.zoom_box.addItems(ZOOMS)
        zoom = None if settings is None else settings.value(ZOOM_KEY)
        if zoom in ZOOMS:  # before the pages follow it: there are none yet
            self.zoom_box.setCurrentText(str(zoom))
        self.zoom_box.setAccessibleName("Tamaño")
        zoom_label = QLabel("&Tamaño:")
        zoom_label.setBuddy(self.zoom_box)
        self.status_label = QLabel("Preparando la vista previa…")
        self.print_button = QPushButton("&Imprimir…")
        self.print_button.setEnabled(False)
        self.print_button.setToolTip("Se puede imprimir en cuanto estén listas todas las páginas.")
        self._print_report = print_report
        self.print_button.clicked.connect(self._on_print_clicked)
        # Ctrl+P prints here too: the window's own Ctrl+P does not reach a dialog in front of it.
        print_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        print_key.activated.connect(self.print_button.click)  # not while disabled: pages missing
        close_button = QPushButton("&Cerrar")
        close_button.clicked.connect(self.close)
        # Enter in the page box only goes to the page: a dialog's buttons take Enter by
        # default, and a page number typed started a print.
        for button in (self.print_button, close_button):
            button.setAutoDefault(False)
        for widget in (page_label, self.page_box, self.count_label, zoom_label, self.zoom_box):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.status_label)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(close_button)
        layout.addLayout(bar)
        self.strip = PageStrip()
        self.pages_view = QScrollArea()
        self.pages_view.setWidget(self.strip)
        self.pages_view.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_view.setAccessibleName("Páginas del informe")
        layout.addWidget(self.pages_view, 1)
        self.page_box.valueChanged.connect(self.go_to_page)
        self.zoom_box.currentIndexChanged.connect(self._relayout)
        self.pages_view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.pages_view.viewport().installEventFilter(self)
        self.pages_view.installEventFilter(self)
        # The preview opens with the cursor in «Página»: Page Down there stepped the number by
        # ten (nothing, on a one-page report) and the page's lower half was four Tabs away.
        for box in (self.page_box, self.zoom_box):
            box.installEventFilter(self)
        # As closed last, within this screen (a larger monitor's size is pulled back into it).
        size = None if settings is None else settings.value(SIZE_KEY)
        fit_to_screen(self, size if isinstance(size, QSize) else QSize(1100, 800), parent)
        writer.first_look_written.connect(self._on_first_look_written)
        writer.head_written.connect(self._on_head_written)
        writer.progressed.connect(self._on_progressed)
        writer.completed.connect(self._on_completed)
        writer.failed.connect(self._on_failed)
        writer.start()

    def page_count(self) -> int:
        """How many pages the report has (known before they are all written)."""
        return self.strip.page_count()

    def is_complete(self) -> bool:
        """Whether the whole document is written (and can be printed)."""
        return self._whole is not None

    def go_to_page(self, number: int) -> None:
        """Scroll so page ``number`` (from 1) is at the top."""
        self._going_to = number
        self.pages_view.verticalScrollBar().setValue(self.strip.page_top(number - 1) - GAP // 2)
        self._going_to = 0

    def _go_to_end(self, *, last: bool) -> None:
        number = self.page_count() if last else 1
        self.page_box.setValue(number)
        self.go_to_page(number)  # also when the box said it: the view may be lower on it

    def _on_print_clicked(self) -> None:
        if self._whole is not None:
            self._print_report(self, self._whole)

    def say_printed(self, note: str) -> None:
        """Say ``note`` (where the pages went) here: the status bar is under the preview.

        Shortened in its middle to the room left of «Imprimir…» (whole under the pointer): a
        file deep in a folder widened the preview past the screen, its buttons out of sight.
        """
        left = self.zoom_box.geometry().right() + 12
        room = max(self.print_button.geometry().left() - left - 12, 100)
        elided = self.status_label.fontMetrics().elidedText(
            note, Qt.TextElideMode.ElideMiddle, room
        )
        self.status_label.setText(elided)
        self.status_label.setToolTip(note)
        self.status_label.show()

    def _on_first_look_written(self, pdf: bytes) -> None:
        if self._closed:
            return
        self._show(pdf, None, counted=False)
        self._relayout()
        self.status_label.setText("Contando las páginas…")

    def _on_head_written(self, pdf: bytes, count: int) -> None:
        if self._closed:
            return
        first = self._pages is None
        # After a first look: the same pages, now numbered «de» the whole, where they were.
        self._show(pdf, count)
        if first:
            self._relayout()
        self.status_label.setText(f"Preparando las {count} páginas para imprimir…")

    def _on_progressed(self, written: int, count: int) -> None:
        if not self._closed:
            self.status_label.setText(
                f"Preparando las páginas para imprimir: {written} de {count}…"
            )

    def _on_completed(self, pdf: bytes) -> None:
        if self._closed:
            return
        first = self._pages is None
        # Same pages at the same places: the view stays where the person is.
        self._show(pdf, None)
        if first:
            self._relayout()
        self._whole = pdf
        self.status_label.hide()
        self.print_button.setEnabled(True)
        self.print_button.setToolTip("")
        self.document_completed.emit()

    def _on_failed(self, message: str) -> None:
        if self._closed:
            return
        self.reject()
        QMessageBox.warning(self.parentWidget(), FAILED_TITLE, message)

    def _show(self, pdf: bytes, count: int | None, *, counted: bool = True) -> None:
        """Show ``pdf``: the first ``count`` pages, or all (``None``); not ``counted``: «de …»."""
        pages = PdfPages(pdf)
        whole = len(pages) if count is None else count
        old, self._pages = self._pages, pages
        self.strip.set_document(pages, whole)
        if old is not None:
            old.close()
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, max(whole, 1))
        self.page_box.blockSignals(False)
        self.count_label.setText(f"de {whole}" if counted else "de …")

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
            percent = int(zoom.removesuffix("%"))
            points = self.strip.page_points()[0]
            width = round(points * self.logicalDpiX() / POINTS_PER_INCH * percent / 100)
        page = self.page_box.value()
        self.strip.set_page_width(width)
        self.go_to_page(page)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The pages follow the visible area's width, known only once the layout has settled.
        if watched is self.pages_view.viewport() and event.type() == QEvent.Type.Resize:
            self._relayout()
        elif isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            last = _END_KEYS.get(Qt.Key(event.key()))
            control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if last is not None and (control or watched is self.pages_view):
                self._go_to_end(last=last)
                return True
            step = _PAGE_KEYS.get(Qt.Key(event.key()))
            if step is not None and watched in (self.page_box, self.zoom_box):
                self.pages_view.verticalScrollBar().triggerAction(step)
                return True
        return super().eventFilter(watched, event)

    @override
    def done(self, result: int) -> None:
        # The writing stops first (after the page in hand): nothing arrives once closed.
        self._closed = True
        self._writer.stop()
        if self._settings is not None:
            self._settings.setValue(SIZE_KEY, self.size())
            self._settings.setValue(ZOOM_KEY, self.zoom_box.currentText())
        super().done(result)
        self.strip.hide()
        if self._pages is not None:
            self._pages.close()
            self._pages = None
