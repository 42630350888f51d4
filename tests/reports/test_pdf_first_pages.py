"""First pages written on their own are the whole document's first pages; the whole is unchanged."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from reportlab import rl_config

from ism_desktop.domain.report import ProgressReport
from ism_desktop.reports.pdf_pagination import PageGeometry, Paginator
from ism_desktop.reports.pdf_report import PdfRenderer, write_pdf
from ism_desktop.reports.report_layout import layout_report
from tests.reports.conftest import PRINTED_AT


def _texts(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [page.extract_text() for page in document.pages]


@pytest.fixture
def fixed_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    """No creation date nor random document id: two writings of a document can be compared."""
    monkeypatch.setattr(rl_config, "invariant", 1)


@pytest.mark.usefixtures("fixed_dates")
def test_first_pages_then_the_whole_from_one_pagination(seed_report: ProgressReport) -> None:
    renderer = PdfRenderer(layout_report(seed_report, printed_at=PRINTED_AT))
    pages = renderer.paginate()
    head, whole, exported = io.BytesIO(), io.BytesIO(), io.BytesIO()

    renderer.draw(head, pages, 3)
    renderer.draw(whole, pages)
    write_pdf(layout_report(seed_report, printed_at=PRINTED_AT), exported)

    assert len(pages) > 3
    # Written after the first pages, the whole is still byte for byte what the program exports.
    assert whole.getvalue() == exported.getvalue()
    head_texts, whole_texts = _texts(head.getvalue()), _texts(whole.getvalue())
    assert head_texts == whole_texts[:3]
    assert f"Página 1 de {len(pages)}" in head_texts[0]


def test_drawing_stops_where_the_listener_says(seed_report: ProgressReport) -> None:
    renderer = PdfRenderer(layout_report(seed_report, printed_at=PRINTED_AT))
    pages = renderer.paginate()
    heard: list[int] = []

    def after_page(number: int) -> None:
        heard.append(number)
        if number == 2:
            raise InterruptedError("la escucha pidió parar tras la página 2")

    target = io.BytesIO()
    with pytest.raises(InterruptedError, match="tras la página 2"):
        renderer.draw(target, pages, after_page=after_page)

    assert heard == [1, 2]
    assert target.getvalue() == b""


@pytest.mark.usefixtures("fixed_dates")
def test_a_first_look_is_the_first_pages_without_the_count(seed_report: ProgressReport) -> None:
    renderer = PdfRenderer(layout_report(seed_report, printed_at=PRINTED_AT))
    pages = renderer.paginate()
    first_look, head = io.BytesIO(), io.BytesIO()

    renderer.draw(first_look, pages, 3, counted=False)
    renderer.draw(head, pages, 3)

    looked, counted = _texts(first_look.getvalue()), _texts(head.getvalue())
    assert [text.replace(f" de {len(pages)}", "") for text in counted] == looked
    assert "Página 1\n" in looked[0] + "\n"
    assert " de " not in looked[0].splitlines()[-1]


def test_pages_come_one_by_one_as_paginate_lays_them_out(seed_report: ProgressReport) -> None:
    layout = layout_report(seed_report, printed_at=PRINTED_AT)
    paginator = Paginator(PageGeometry())
    each_page = paginator.each_page(layout)

    first = next(each_page)

    # The first page comes when the second has begun, long before the last.
    assert len(paginator.pages) == 2
    pages = [first, *each_page]
    assert pages == PdfRenderer(layout).paginate()
    assert pages == paginator.pages
