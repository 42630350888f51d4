"""The PAIMEF informe as PDF (letter, landscape); the legend of numeral 8.1 on every page."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ism_desktop import APP_NAME, __version__
from ism_desktop.domain.paimef.informe import PaimefInforme
from ism_desktop.reports.paimef.informe_tables import (
    ACTION_HEADINGS,
    DEADLINE_HEADINGS,
    FINDING_HEADINGS,
    INDICATOR_HEADINGS,
    Row,
    action_sections,
    deadline_rows,
    finding_rows,
    indicator_rows,
    total_row,
    transversal_line,
)
from ism_desktop.reports.pdf_fonts import BOLD, REGULAR, register_fonts

_PAGE = landscape(letter)
_MARGIN = 1.5 * cm
_BODY = ParagraphStyle("cuerpo", fontName=REGULAR, fontSize=7.5, leading=9)
_BODY_BOLD = ParagraphStyle("negritas", parent=_BODY, fontName=BOLD)
# A table's ALIGN does not move a Paragraph: figures need right-aligned styles of their own.
_FIGURE = ParagraphStyle("cifra", parent=_BODY, alignment=TA_RIGHT)
_FIGURE_BOLD = ParagraphStyle("cifra_negritas", parent=_BODY_BOLD, alignment=TA_RIGHT)
_TITLE = ParagraphStyle("titulo", fontName=BOLD, fontSize=13, leading=16, spaceAfter=4)
_HEADING = ParagraphStyle(
    "seccion", fontName=BOLD, fontSize=10, leading=13, spaceBefore=8, spaceAfter=4
)
_SUBHEADING = ParagraphStyle(
    "vertiente", fontName=BOLD, fontSize=8.5, leading=11, spaceBefore=4, spaceAfter=2
)
# Money up to $99,999,999,999.99 in bold on one line: a total may pass a billion.
_ACTION_WIDTHS = (1.4 * cm, 7.8 * cm, 6.2 * cm, 3.6 * cm, 3.6 * cm, 2.0 * cm)
_INDICATOR_WIDTHS = (1.4 * cm, 11.6 * cm, 3.8 * cm, 2.2 * cm, 3.0 * cm, 2.6 * cm)
_DEADLINE_WIDTHS = (2.0 * cm, 1.8 * cm, 11.8 * cm, 2.6 * cm, 2.0 * cm, 4.4 * cm)
_FINDING_WIDTHS = (2.0 * cm, 3.4 * cm, 1.8 * cm, 17.4 * cm)  # the rule codes, whole


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    )


def _table(
    headings: tuple[str, ...], rows: list[Row], widths: tuple[float, ...], numeric: int = 0
) -> Table:
    first_figure = len(headings) - numeric  # the last ``numeric`` columns hold figures

    def cells(texts: tuple[object, ...], bold: bool) -> list[Any]:
        return [
            Paragraph(
                _escape(str(text)),
                (_FIGURE_BOLD if bold else _FIGURE)
                if column >= first_figure
                else (_BODY_BOLD if bold else _BODY),
            )
            for column, text in enumerate(texts)
        ]

    data: list[list[Any]] = [cells(headings, True)]
    data += [cells(tuple(row.cells), row.total) for row in rows]
    # A row may run on to the next page: one acción with forty metas is taller than a page.
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Draws «Página X de Y», the date and the 8.1 legend once the page count is known."""

    legend = ""
    title = ""
    dated = ""  # «Fecha de corte: …», as page 1 says it: a loose page is dated too
    after_page: Callable[[int], None] | None = None  # told each page laid out, by its number

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()
        if self.after_page is not None:
            # What it raises stops the build: the pages are only drawn by ``save``.
            self.after_page(len(self._pages))

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        width, _height = _PAGE
        self.setFont(REGULAR, 7.5)
        self.drawCentredString(width / 2, 0.9 * cm, self.legend)
        self.setFont(REGULAR, 7)
        self.drawString(_MARGIN, 0.5 * cm, self.title)
        page = f"Página {self._pageNumber} de {total}"
        self.drawRightString(width - _MARGIN, 0.5 * cm, f"{self.dated} · {page}")


def _dated(informe: PaimefInforme) -> str:
    return f"Fecha de corte: {informe.as_of:%d/%m/%Y}"


def informe_pdf(informe: PaimefInforme, on_page: Callable[[int], None] | None = None) -> bytes:
    """The informe as PDF bytes; ``on_page`` hears each page's number once it is laid out.

    What ``on_page`` raises stops the writing there (the whole is only known at its end).
    """
    register_fonts()
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=_PAGE,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=1.6 * cm,
        title=informe.title,
        author=informe.programme.institution,
        creator=f"{APP_NAME} {__version__}",
    )
    story: list[Any] = [
        Paragraph(_escape(informe.title), _TITLE),
        Paragraph(
            _escape(
                f"{informe.programme.institution}. {_dated(informe)}. "
                "Programa de Apoyo a las Instancias de Mujeres en las Entidades Federativas "
                "(PAIMEF), Reglas de Operación 2020."
            ),
            _BODY,
        ),
        Paragraph("1. Avance del Programa Anual por vertiente y acción", _HEADING),
    ]
    for heading, rows in action_sections(informe):
        story.append(Paragraph(_escape(heading), _SUBHEADING))
        story.append(_table(ACTION_HEADINGS, rows, _ACTION_WIDTHS, numeric=3))
    story += [Spacer(1, 6), _table(ACTION_HEADINGS, [total_row(informe)], _ACTION_WIDTHS, 3)]
    story += [Spacer(1, 4), Paragraph(_escape(transversal_line(informe)), _BODY)]
    story.append(Paragraph("2. Indicadores de la MIR (Anexo 5)", _HEADING))
    story.append(_table(INDICATOR_HEADINGS, indicator_rows(informe), _INDICATOR_WIDTHS))
    story.append(Paragraph("3. Plazos de las Reglas de Operación", _HEADING))
    story.append(_table(DEADLINE_HEADINGS, deadline_rows(informe), _DEADLINE_WIDTHS))
    story.append(Paragraph("4. Revisión con las Reglas de Operación", _HEADING))
    findings = finding_rows(informe)
    if findings:
        story.append(_table(FINDING_HEADINGS, findings, _FINDING_WIDTHS))
    else:
        story.append(Paragraph("Sin errores ni avisos.", _BODY))

    canvas_class = type(
        "InformeCanvas",
        (_NumberedCanvas,),
        {
            "legend": informe.legend,
            "title": informe.title,
            "dated": _dated(informe),
            # Kept as it is: a function on the class would be called as a method of the canvas.
            "after_page": None if on_page is None else staticmethod(on_page),
        },
    )
    document.build(story, canvasmaker=canvas_class)
    return buffer.getvalue()
