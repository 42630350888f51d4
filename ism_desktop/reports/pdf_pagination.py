"""Measuring and paginating the printed report before anything is drawn.

Pagination runs first so that every page can say «Página X de Y». The rules of the form: the
group lines before a meta and the meta's MET/NUM/DEN rows stay together on one page (with the
EVALUACIÓN CUALITATIVA title and the narrative's first line); a long narrative continues on the
next page line by line; every dependency or entity starts on a new page. A page that goes on
with a unit's metas or narrative first repeats the unit's line, «(continuación)», and the
programme and activity lines in force, so that a page read alone still says whose metas it holds
and under which programme; one that goes on with a narrative then says «EVALUACIÓN CUALITATIVA
(continuación)» above it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import landscape, letter

from ism_desktop.domain.codes import Entity
from ism_desktop.reports.pdf_fonts import BOLD, REGULAR, FontMetrics
from ism_desktop.reports.report_layout import (
    EVALUATION_LABEL,
    Heading,
    HeadingLevel,
    MetaEntry,
    ReportLayout,
)

CONTINUED = "(continuación)"


@dataclass(frozen=True)
class PageGeometry:
    """Sizes in points of a landscape letter page laid out like the official form."""

    width: float = landscape(letter)[0]
    height: float = landscape(letter)[1]
    margin_x: float = 20.0
    body_top: float = 502.0
    body_bottom: float = 34.0
    description_width: float = 128.0
    measure_width: float = 46.0
    kind_width: float = 14.0
    cumulative_width: float = 15.0
    data_width: float = 21.0
    figure_width: float = 34.0
    # The 14 figure columns' own widths, when a report's figures widen some (``pdf_columns``);
    # empty: each is ``figure_width`` wide, as on the form.
    figure_widths: tuple[float, ...] = ()
    text_size: float = 6.0
    text_leading: float = 7.0
    figure_size: float = 6.0
    row_height: float = 8.0
    heading_size: float = 6.5
    heading_leading: float = 9.5
    meta_gap: float = 4.0
    block_padding: float = 1.5

    @property
    def left(self) -> float:
        """Left edge of the printable area."""
        return self.margin_x

    @property
    def right(self) -> float:
        """Right edge of the printable area."""
        return self.width - self.margin_x

    @property
    def measure_x(self) -> float:
        """Left edge of the UNIDAD DE MEDIDA column."""
        return self.left + self.description_width

    @property
    def kind_x(self) -> float:
        """Left edge of the TIPO META column."""
        return self.measure_x + self.measure_width

    @property
    def cumulative_x(self) -> float:
        """Left edge of the VAL. ACUM. column."""
        return self.kind_x + self.kind_width

    @property
    def data_x(self) -> float:
        """Left edge of the DATOS (MET/NUM/DEN) column."""
        return self.cumulative_x + self.cumulative_width

    @property
    def figures_x(self) -> float:
        """Left edge of the first of the 14 figure columns."""
        return self.data_x + self.data_width

    @property
    def column_widths(self) -> tuple[float, ...]:
        """The widths of the 14 figure columns, left to right."""
        return self.figure_widths or (self.figure_width,) * 14

    def figure_left(self, index: int) -> float:
        """Left edge of figure column ``index`` (0 to 14; 14 is the right edge of the last)."""
        return self.figures_x + sum(self.column_widths[:index])

    @property
    def progress_x(self) -> float:
        """Left edge of the % DE AVANCE TRIMESTRAL column."""
        return self.figure_left(14)

    @property
    def body_height(self) -> float:
        """Height available for content on every page."""
        return self.body_top - self.body_bottom


@dataclass(frozen=True, slots=True)
class PlacedMeta:
    """A meta's figures block at a height on a page (``top`` is the block's upper edge)."""

    top: float
    entry: MetaEntry
    description: tuple[str, ...]
    measure: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlacedLine:
    """One line of text at a baseline; ``bold`` for group lines and titles."""

    baseline: float
    text: str
    bold: bool
    size: float


@dataclass
class Page:
    """What one page holds: its entity (for the header) and its placed content."""

    entity: Entity
    metas: list[PlacedMeta] = field(default_factory=list)
    lines: list[PlacedLine] = field(default_factory=list)


class TextWrapper:
    """Greedy word wrapping by real glyph widths; a word wider than the column is cut."""

    def __init__(self, metrics: FontMetrics, size: float) -> None:
        self._metrics = metrics
        self._size = size
        self._space = metrics.width(" ", size)
        # The widths of the words met so far, at this wrapper's size (a report repeats them).
        self._words: dict[str, float] = {}

    def wrap(self, text: str, width: float) -> tuple[str, ...]:
        """The lines of ``text`` within ``width`` points; line breaks in the text are kept."""
        lines: list[str] = []
        for paragraph in text.splitlines() or [""]:
            lines.extend(self._wrap_paragraph(paragraph, width))
        return tuple(lines)

    def _wrap_paragraph(self, paragraph: str, width: float) -> list[str]:
        measure = self._metrics.width
        size, space, words = self._size, self._space, self._words
        lines: list[str] = []
        current: list[str] = []
        used = 0.0
        for word in paragraph.split():
            word_width = words.get(word)
            if word_width is None:
                word_width = words[word] = measure(word, size)
            if word_width > width:
                if current:
                    lines.append(" ".join(current))
                pieces = self._cut(word, width)
                lines.extend(pieces[:-1])
                current, used = [pieces[-1]], measure(pieces[-1], size)
                continue
            needed = word_width if not current else used + space + word_width
            if needed <= width:
                current.append(word)
                used = needed
            else:
                lines.append(" ".join(current))
                current, used = [word], word_width
        if current or not lines:
            lines.append(" ".join(current))
        return lines

    def _cut(self, word: str, width: float) -> list[str]:
        # The form cuts long units of measure mid-word too (PORCENTAJ / E).
        pieces: list[str] = []
        piece = ""
        for char in word:
            if piece and self._metrics.width(piece + char, self._size) > width:
                pieces.append(piece)
                piece = char
            else:
                piece += char
        pieces.append(piece)
        return pieces


class Paginator:
    """Places the report's content on pages, top to bottom."""

    def __init__(self, geometry: PageGeometry) -> None:
        self._geo = geometry
        regular = FontMetrics(REGULAR)
        self._text = TextWrapper(regular, geometry.text_size)
        self._heading = TextWrapper(FontMetrics(BOLD), geometry.heading_size)
        self.pages: list[Page] = []
        self._y = 0.0
        # The group lines in force: those the metas placed so far were printed under.
        self._context: dict[HeadingLevel, Heading] = {}

    def paginate(self, layout: ReportLayout) -> list[Page]:
        """Every page of the report, in order."""
        for _page in self.each_page(layout):
            pass
        return self.pages

    def each_page(self, layout: ReportLayout) -> Iterator[Page]:
        """The pages of ``paginate``, each as soon as nothing more goes on it.

        The first pages of a long report can be shown while the rest is still being placed.
        """
        done = 0
        for section in layout.sections:
            self._context = {}
            self._new_page(section.entity)
            for entry in section.entries:
                self._place_entry(entry)
                # Only the last page still takes content: those before it are finished.
                while done < len(self.pages) - 1:
                    yield self.pages[done]
                    done += 1
        if not self.pages:
            self.pages.append(Page(Entity("", "")))
        yield from self.pages[done:]

    @staticmethod
    def _fit(lines: tuple[str, ...], limit: int) -> tuple[str, ...]:
        # Only a description longer than a whole page is cut; the stored text stays complete.
        if len(lines) <= limit:
            return lines
        kept = max(limit, 1)
        return (*lines[: kept - 1], lines[kept - 1] + " …")

    def _new_page(self, entity: Entity) -> None:
        self.pages.append(Page(entity))
        self._y = self._geo.body_top

    def _top_lines(self, own: Mapping[HeadingLevel, Heading]) -> list[str]:
        """The group lines heading a page that goes on with a unit: ``own`` and those in force.

        Each level the next meta does not print itself is repeated from the metas before it,
        the unit's line marked «(continuación)», so that a page read alone says whose metas
        they are and under which programme and activity.
        """
        texts = []
        for level in HeadingLevel:
            if level in own:
                texts.append(own[level].text)
            elif level in self._context:
                text = self._context[level].text
                texts.append(f"{text} {CONTINUED}" if level is HeadingLevel.UNIT else text)
        width = self._geo.right - self._geo.left
        return [line for text in texts for line in self._heading.wrap(text, width)]

    def _continue_page(self, entity: Entity, own: Mapping[HeadingLevel, Heading]) -> Page:
        """A new page of the same section, headed by the group lines in force."""
        self._new_page(entity)
        page = self.pages[-1]
        for text in self._top_lines(own):
            self._put_heading(page, text)
        return page

    def _put_heading(self, page: Page, text: str) -> None:
        self._y -= self._geo.heading_leading
        page.lines.append(PlacedLine(self._y + 2, text, True, self._geo.heading_size))

    def _put_label(self, page: Page, text: str, height: float) -> None:
        self._y -= height
        page.lines.append(PlacedLine(self._y + 1.5, text, True, self._geo.text_size))

    def _place_entry(self, entry: MetaEntry) -> None:
        geo = self._geo
        full_width = geo.right - geo.left
        own = {heading.level: heading for heading in entry.headings}
        headings = [
            line
            for heading in entry.headings
            for line in self._heading.wrap(heading.text, full_width)
        ]
        narrative = self._text.wrap(entry.evaluation, full_width) if entry.evaluation else ()
        title = geo.text_leading + 1 if narrative else 0.0
        first_line = geo.text_leading if narrative else 0.0
        fixed = len(headings) * geo.heading_leading + title + first_line + geo.meta_gap
        # On a page of its own, a meta stands under all the group lines in force.
        top_lines = self._top_lines(own)
        page_top = len(top_lines) * geo.heading_leading + title + first_line + geo.meta_gap
        room = int((geo.body_height - page_top) // geo.text_leading)
        description = self._fit(
            self._text.wrap(entry.meta.description, geo.description_width - 4), room
        )
        measure = self._fit(
            self._text.wrap(entry.meta.unit_of_measure, geo.measure_width - 3), room
        )
        text_lines = max(len(description), len(measure))
        block = (
            max(3 * geo.row_height, text_lines * geo.text_leading)
            + geo.block_padding
            + geo.meta_gap
        )
        kept = fixed - geo.meta_gap + block
        if self._y - kept < geo.body_bottom and self._y < geo.body_top:
            page = self._continue_page(self.pages[-1].entity, own)
        else:
            page = self.pages[-1]
            for text in headings:
                self._put_heading(page, text)
        self._context.update(own)
        page.metas.append(PlacedMeta(self._y, entry, description, measure))
        self._y -= block
        if not narrative:
            self._y -= geo.meta_gap
            return
        self._put_label(page, EVALUATION_LABEL, title)
        for text in narrative:
            if self._y - geo.text_leading < geo.body_bottom:
                page = self._continue_page(page.entity, {})
                # Under the group lines, the text alone would not say what it is.
                self._put_label(page, f"{EVALUATION_LABEL} {CONTINUED}", title)
            self._y -= geo.text_leading
            page.lines.append(PlacedLine(self._y + 1.5, text, False, geo.text_size))
        self._y -= geo.meta_gap * 2
