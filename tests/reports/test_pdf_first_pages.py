"""First pages written on their own are the whole document's first pages; the whole is unchanged."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from reportlab import rl_config

from ism_desktop.domain.report import ProgressReport
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
            raise InterruptedError

    target = io.BytesIO()
    with pytest.raises(InterruptedError):
        renderer.draw(target, pages, after_page=after_page)

    assert heard == [1, 2]
    assert target.getvalue() == b""
