"""The ETCA-III-04 report as PDF, drawn on a reportlab canvas in the official form's layout.

Everything is measured and paginated first (``pdf_pagination``), then drawn page by page. The
text of a page goes into one PDF text object, which keeps a 5,000-meta report to a few seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from ism_desktop import APP_NAME, __version__
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.reports.pdf_cells import LINE_PITCH, FittedText, fit_figure
from ism_desktop.reports.pdf_columns import fitted_geometry
from ism_desktop.reports.pdf_fonts import BOLD, REGULAR, FontMetrics, register_fonts
from ism_desktop.reports.pdf_pagination import Page, PageGeometry, Paginator, PlacedMeta
from ism_desktop.reports.report_layout import (
    FIGURE_TITLES,
    FORM_CODE,
    GOVERNMENT,
    PROGRAMME_TITLE,
    SERIES_TITLES,
    ReportLayout,
    entity_line,
    layout_report,
    print_date,
    quarter_line,
    report_title,
)

_HEADER_TOP = 543.0
_HEADER_MID = 528.0
_HEADER_BOTTOM = 506.0
_TITLE_SIZE = 5.5
_RULE_GREY = 0.78
_PROGRESS_SIZE = 6.5
# Told after each page or sheet written: how many are done, of how many.
PageCount = Callable[[int, int], None]


class TextRun:
    """The text of one page as a single PDF text object; fonts are switched only on change."""

    def __init__(self, canvas: Canvas) -> None:
        self._object = canvas.beginText()
        self._font: tuple[str, float] | None = None

    def put(self, x: float, y: float, text: str, font: str, size: float) -> None:
        """Add ``text`` with its baseline starting at ``(x, y)``."""
        if self._font != (font, size):
            self._object.setFont(font, size)
            self._font = (font, size)
        self._object.setTextOrigin(x, y)
        self._object.textOut(text)

    def draw(self, canvas: Canvas) -> None:
        """Put the page's text on the canvas."""
        canvas.drawText(self._object)


class PdfRenderer:
    """Draws a paginated layout; one instance per document."""

    def __init__(self, layout: ReportLayout, geometry: PageGeometry | None = None) -> None:
        register_fonts()
        self._layout = layout
        self._regular = FontMetrics(REGULAR)
        self._geo = geometry or fitted_geometry(layout, self._regular)
        self._bold = FontMetrics(BOLD)
        self._date = print_date(layout.printed_at)
        self._incomplete = layout.incomplete_mark

    def render(self, target: Path | BinaryIO, on_page: PageCount | None = None) -> int:
        """Write the PDF; return its page count. ``on_page`` hears each page drawn, of all."""
        pages = self.paginate()
        count = len(pages)
        after_page = None if on_page is None else lambda number: on_page(number, count)
        self.draw(target, pages, after_page=after_page)
        return count

    def paginate(self) -> list[Page]:
        """Every page of the document, laid out and not yet drawn."""
        return Paginator(self._geo).paginate(self._layout)

    def each_page(self) -> Iterator[Page]:
        """The pages of ``paginate``, each as soon as it is laid out."""
        return Paginator(self._geo).each_page(self._layout)

    def draw(
        self,
        target: Path | BinaryIO,
        pages: Sequence[Page],
        count: int | None = None,
        after_page: Callable[[int], None] | None = None,
        *,
        counted: bool = True,
    ) -> None:
        """Write the first ``count`` of ``pages`` (all by default), each «Página X de» all.

        ``after_page`` hears each page number as it is drawn; an exception it raises stops
        the writing there (nothing is written to ``target`` then). Not ``counted``: ``pages``
        are only the first of the document, and each says «Página X» alone.
        """
        canvas = Canvas(
            str(target) if isinstance(target, Path) else target,
            pagesize=(self._geo.width, self._geo.height),
            # Else every page names Helvetica, a font that is not embedded.
            initialFontName=REGULAR,
            initialFontSize=self._geo.text_size,
        )
        canvas.setTitle(self._layout.title)
        canvas.setAuthor(self._layout.author)
        canvas.setSubject(self._layout.subject)
        canvas.setCreator(f"{APP_NAME} {__version__}")
        canvas.setKeywords(f"{FORM_CODE}, avance programático")
        total = len(pages) if counted else None
        for number, page in enumerate(pages[:count], start=1):
            self._draw_page(canvas, page, number, total)
            canvas.showPage()
            if after_page is not None:
                after_page(number)
        canvas.save()

    def text_run(self, canvas: Canvas) -> TextRun:
        """The text collector of one page (the benchmark records the strings through it)."""
        return TextRun(canvas)

    def _draw_page(self, canvas: Canvas, page: Page, number: int, total: int | None) -> None:
        run = self.text_run(canvas)
        self._draw_header(canvas, run, page)
        canvas.setLineWidth(0.3)
        canvas.setStrokeGray(_RULE_GREY)
        for placed in page.metas:
            self._draw_meta(canvas, run, placed)
        geo = self._geo
        for line in page.lines:
            run.put(geo.left, line.baseline, line.text, BOLD if line.bold else REGULAR, line.size)
        run.put(geo.left, 20, self._date, REGULAR, 6.5)
        if self._incomplete is not None:
            # On every page: a page printed alone must not pass for a finished report.
            self._centred(run, geo.width / 2, 20, self._incomplete, 6.5)
        footer = f"Página {number}" if total is None else f"Página {number} de {total}"
        run.put(geo.right - self._regular.width(footer, 6.5), 20, footer, REGULAR, 6.5)
        run.draw(canvas)

    def _centred(
        self, run: TextRun, centre: float, y: float, text: str, size: float, bold: bool = True
    ) -> None:
        metrics = self._bold if bold else self._regular
        run.put(centre - metrics.width(text, size) / 2, y, text, BOLD if bold else REGULAR, size)

    def _draw_header(self, canvas: Canvas, run: TextRun, page: Page) -> None:
        geo, layout = self._geo, self._layout
        middle = geo.width / 2
        self._centred(run, middle, 584, GOVERNMENT, 9)
        self._centred(run, middle, 573, report_title(layout.year), 8.5)
        self._centred(run, middle, 563, PROGRAMME_TITLE, 7.5)
        for y, text, size in ((584, FORM_CODE, 9.0), (573, quarter_line(layout.quarter), 7.5)):
            run.put(geo.right - self._bold.width(text, size), y, text, BOLD, size)
        run.put(geo.left, 549, entity_line(page.entity), BOLD, 7.5)
        self._draw_column_titles(canvas, run)

    def _draw_column_titles(self, canvas: Canvas, run: TextRun) -> None:
        geo = self._geo
        top, mid, bottom = _HEADER_TOP, _HEADER_MID, _HEADER_BOTTOM
        canvas.setLineWidth(0.5)
        canvas.setStrokeGray(0)
        canvas.rect(geo.left, bottom, geo.right - geo.left, top - bottom)
        edges = [geo.measure_x, geo.kind_x, geo.cumulative_x, geo.data_x, geo.figures_x]
        edges += [geo.figure_left(i) for i in range(1, 14)]
        edges.append(geo.progress_x)
        for x in edges:
            span_top = mid if geo.figures_x < x < geo.progress_x and _inner_edge(geo, x) else top
            canvas.line(x, bottom, x, span_top)
        canvas.line(geo.figures_x, mid, geo.progress_x, mid)
        centre = geo.measure_x + geo.measure_width / 2
        self._centred(run, centre, 526, "UNIDAD DE", _TITLE_SIZE)
        self._centred(run, centre, 519, "MEDIDA", _TITLE_SIZE)
        for x, width, title in (
            (geo.kind_x, geo.kind_width, "TIPO META"),
            (geo.cumulative_x, geo.cumulative_width, "VAL. ACUM."),
            (geo.data_x, geo.data_width, "DATOS"),
        ):
            self._rotated(canvas, x + width / 2 + 1.8, (top + bottom) / 2, title)
        first = 0
        for title, columns in SERIES_TITLES:
            left, right = geo.figure_left(first), geo.figure_left(first + columns)
            self._centred(run, (left + right) / 2, mid + 4.5, title, 6.5)
            first += columns
        for index, title in enumerate(FIGURE_TITLES):
            centre = (geo.figure_left(index) + geo.figure_left(index + 1)) / 2
            self._centred(run, centre, bottom + 7, title, _TITLE_SIZE)
        centre = geo.progress_x + (geo.right - geo.progress_x) / 2
        self._centred(run, centre, 526, "% DE AVANCE", _TITLE_SIZE)
        self._centred(run, centre, 519, "TRIMESTRAL", _TITLE_SIZE)

    def _rotated(self, canvas: Canvas, x: float, centre_y: float, text: str) -> None:
        # The form prints these three narrow titles bottom to top.
        width = self._bold.width(text, 5.0)
        canvas.saveState()
        canvas.translate(x, centre_y - width / 2)
        canvas.rotate(90)
        canvas.setFont(BOLD, 5.0)
        canvas.drawString(0, 0, text)
        canvas.restoreState()

    def _draw_meta(self, canvas: Canvas, run: TextRun, placed: PlacedMeta) -> None:
        geo, entry = self._geo, placed.entry
        canvas.line(geo.left, placed.top, geo.right, placed.top)
        top = placed.top - geo.block_padding
        size, leading = geo.text_size, geo.text_leading
        for index, text in enumerate(placed.description):
            run.put(geo.left + 1, top - (index + 1) * leading + 1.5, text, REGULAR, size)
        for index, text in enumerate(placed.measure):
            run.put(geo.measure_x + 1.5, top - (index + 1) * leading + 1.5, text, REGULAR, size)
        first = top - geo.row_height + 2
        self._centred(run, geo.kind_x + geo.kind_width / 2, first, entry.kind_text, size, False)
        centre = geo.cumulative_x + geo.cumulative_width / 2
        self._centred(run, centre, first, entry.cumulative_text, size, False)
        figure_size, widths = geo.figure_size, geo.column_widths
        measure = self._regular.width
        for row_index, row in enumerate(entry.rows):
            baseline = first - row_index * geo.row_height
            run.put(geo.data_x + 1.5, baseline, row.kind.value, REGULAR, size)
            right = geo.figures_x - 2
            for text, width in zip(row.texts, widths, strict=False):
                right += width
                room = width - 4  # 2 pt clear of either rule, so neighbours stay 4 pt apart
                text_width = measure(text, figure_size)
                if text_width <= room:
                    run.put(right - text_width, baseline, text, REGULAR, figure_size)
                    continue
                # Too wide for its column: smaller, or over two lines, rather than overprint
                # its neighbour or lose a digit.
                fitted = fit_figure(
                    text,
                    room,
                    figure_size,
                    self._regular,
                    height=geo.row_height,
                    max_lines=2,
                )
                self._put_fitted(run, fitted, right, baseline, baseline - 2, geo.row_height)
        self._draw_progress(run, entry.progress_text, top, first - geo.row_height)

    def _draw_progress(self, run: TextRun, text: str, top: float, baseline: float) -> None:
        geo = self._geo
        centre = geo.progress_x + (geo.right - geo.progress_x) / 2
        room = geo.right - geo.progress_x - 4
        natural = self._regular.width(text, _PROGRESS_SIZE)
        if natural <= room:
            run.put(centre - natural / 2, baseline, text, REGULAR, _PROGRESS_SIZE)
            return
        fitted = fit_figure(
            text,
            room,
            _PROGRESS_SIZE,
            self._regular,
            height=3 * geo.row_height,
            max_lines=3,
        )
        right = centre + fitted.widest / 2
        bottom = top - 3 * geo.row_height
        self._put_fitted(run, fitted, right, baseline, bottom, 3 * geo.row_height)

    @staticmethod
    def _put_fitted(
        run: TextRun,
        fitted: FittedText,
        right: float,
        baseline: float,
        bottom: float,
        height: float,
    ) -> None:
        """Set ``fitted`` flush right at ``right``: one line on ``baseline``, else centred.

        Several lines stand centred between ``bottom`` and ``bottom + height``.
        """
        if len(fitted.lines) == 1:
            run.put(right - fitted.widths[0], baseline, fitted.lines[0], REGULAR, fitted.size)
            return
        lowest = bottom + (height - fitted.block_height()) / 2
        pitch = LINE_PITCH * fitted.size
        last = len(fitted.lines) - 1
        for index, (line, line_width) in enumerate(zip(fitted.lines, fitted.widths, strict=True)):
            y = lowest + (last - index) * pitch
            run.put(right - line_width, y, line, REGULAR, fitted.size)


def _inner_edge(geo: PageGeometry, x: float) -> bool:
    """True for a column edge inside a series (those stop at the series title's line)."""
    boundaries = (geo.figure_left(5), geo.figure_left(10))
    return all(abs(x - boundary) > 0.01 for boundary in boundaries)


def write_pdf(
    layout: ReportLayout, target: Path | BinaryIO, on_page: PageCount | None = None
) -> int:
    """Write a laid-out report as PDF to a file or binary stream; return the page count.

    ``on_page(number, count)`` is called after each page is drawn (on the writing thread).
    """
    return PdfRenderer(layout).render(target, on_page)


def write_report_pdf(
    report: ProgressReport,
    target: Path | BinaryIO,
    *,
    quarter: Quarter | None = None,
    unit: UnitCode | None = None,
    printed_at: datetime | None = None,
) -> int:
    """Lay out and write a report (one unit's, or the whole institution's) as PDF."""
    return write_pdf(layout_report(report, quarter, unit, printed_at), target)
