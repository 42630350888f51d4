"""The PAIMEF workbook printed by LibreOffice: each page of a table says what its columns are."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import compute_deadlines
from ism_desktop.domain.paimef.indicator_captures import indicator_results, missing_captures
from ism_desktop.domain.paimef.informe import PaimefInforme, build_informe
from ism_desktop.domain.paimef.programme_rules import check_programme
from ism_desktop.reports.paimef.informe_xlsx import informe_xlsx
from tests.libreoffice import to_pdf
from tests.paimef_builders import programme

pytestmark = pytest.mark.slow


def _informe_of_december() -> PaimefInforme:
    """In December every period of the year is listed: the «Indicadores» sheet runs 3 pages."""
    value = programme()
    as_of = date(2026, 12, 5)
    return build_informe(
        value,
        as_of,
        indicator_results(2026, {}),
        compute_deadlines(2026, value.dates, BusinessCalendar()),
        [*check_programme(value, as_of), *missing_captures(2026, {}, as_of)],
    )


def test_every_printed_page_of_the_indicators_repeats_the_column_headings(
    tmp_path: Path,
) -> None:
    path = tmp_path / "informe.xlsx"
    path.write_bytes(informe_xlsx(_informe_of_december()))

    printed = to_pdf(path, tmp_path / "pdf", tmp_path / "perfil")

    with pdfplumber.open(printed) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    indicator_pages = [text for text in pages if "PAIMEF 2026 — Indicadores" in text]
    assert len(indicator_pages) > 1
    for text in indicator_pages:
        assert "Núm. Indicador Periodo Valor Unidad Frecuencia" in text


def _first_column_tops(page: pdfplumber.page.Page) -> list[tuple[str, float]]:
    """Each row's «Núm.» as printed, with how far down the page it stands."""
    words = page.extract_words()
    left = min(word["x0"] for word in words if word["text"] == "Núm.")
    return [
        (word["text"], word["top"])
        for word in words
        if abs(word["x0"] - left) < 1 and word["text"].isdigit()
    ]


def test_a_printed_row_is_as_tall_as_its_text(tmp_path: Path) -> None:
    # Indicators 1 and 2 print their names on two lines each (checked on the page): their
    # rows were three lines tall for indicator 2, a blank line under each of its four rows.
    path = tmp_path / "informe.xlsx"
    path.write_bytes(informe_xlsx(_informe_of_december()))

    printed = to_pdf(path, tmp_path / "pdf", tmp_path / "perfil")

    with pdfplumber.open(printed) as pdf:
        page = next(p for p in pdf.pages if "Indicadores" in (p.extract_text() or ""))
        tops = _first_column_tops(page)
    assert [number for number, _top in tops[:3]] == ["1", "2", "2"]
    one, two, two_again = (top for _number, top in tops[:3])
    assert two_again - two == pytest.approx(two - one, abs=0.5)
