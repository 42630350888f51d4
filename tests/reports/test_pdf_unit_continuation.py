"""A page that goes on with a unit's metas says first whose they are: «… (continuación)»."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from ism_desktop.domain.codes import Unit, UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import Catalogue, ProgressReport
from ism_desktop.reports.pdf_report import write_report_pdf
from tests.builders import meta, row
from tests.reports.conftest import PRINTED_AT

_COLUMN_TITLES = "PRIMERO SEGUNDO TERCERO CUARTO ANUAL"


def _first_body_lines(path: Path) -> list[str]:
    """Per page, the first line under the column titles."""
    firsts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            lines = page.extract_text().splitlines()
            titles = next(i for i, line in enumerate(lines) if line.startswith(_COLUMN_TITLES))
            firsts.append(lines[titles + 1])
    return firsts


def test_every_page_of_the_seed_report_starts_with_its_unit(
    tmp_path: Path, seed_report: ProgressReport
) -> None:
    path = tmp_path / "informe.pdf"

    write_report_pdf(seed_report, path, printed_at=PRINTED_AT)

    firsts = _first_body_lines(path)
    assert len(firsts) > 5
    for number, line in enumerate(firsts, start=1):
        assert line.startswith("UNIDAD ADMINISTRATIVA "), (number, line)
    # 001 goes on over page 2, as its metas do (read off the report printed without the line).
    assert firsts[1] == "UNIDAD ADMINISTRATIVA 001 ISM COORDINACIÓN EJECUTIVA (continuación)"


def test_many_metas_and_a_long_narrative_carry_the_unit_to_every_page(tmp_path: Path) -> None:
    long_text = " ".join(
        f"ACTIVIDAD NÚMERO {n} REALIZADA CONFORME A LO PROGRAMADO." for n in range(600)
    )
    metas = [
        meta(row([5, 5, 5, 5], achieved=[5, None, None, None]), description=f"META {n:02d}")
        for n in range(30)
    ]
    metas.append(
        meta(
            row([5, 5, 5, 5], achieved=[5, None, None, None]),
            description="META LARGA",
            evaluations={Quarter.FIRST: long_text},
        )
    )
    metas.append(
        meta(row([1, 1, 1, 1], achieved=[1, None, None, None]), description="OTRA", unit="005")
    )
    names = {"004": "ISM DIRECCIÓN DE PRUEBA", "005": "ISM OTRA UNIDAD"}
    catalogue = Catalogue(
        units={
            ("30", UnitCode(code)): Unit("30", UnitCode(code), name) for code, name in names.items()
        }
    )
    report = ProgressReport(2024, Quarter.FIRST, tuple(metas), catalogue)
    path = tmp_path / "informe.pdf"

    pages = write_report_pdf(report, path, printed_at=PRINTED_AT)

    firsts = _first_body_lines(path)
    unit = "UNIDAD ADMINISTRATIVA 004 ISM DIRECCIÓN DE PRUEBA"
    assert pages >= 5
    assert firsts[0] == unit
    # Pages of metas, then pages of the long narrative alone: all of them 004's.
    assert firsts[1:] == [f"{unit} (continuación)"] * (pages - 1)
    with pdfplumber.open(path) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert text.count("UNIDAD ADMINISTRATIVA 005 ISM OTRA UNIDAD\n") == 1
    assert "005 ISM OTRA UNIDAD (continuación)" not in text


def test_a_description_longer_than_a_page_leaves_no_page_with_only_the_unit_line(
    tmp_path: Path,
) -> None:
    huge = " ".join(f"PALABRA{n}" for n in range(1500))
    metas = [
        meta(row([5, 5, 5, 5], achieved=[5, None, None, None]), description=f"META {n:02d}")
        for n in range(5)
    ]
    metas.append(meta(row([5, 5, 5, 5], achieved=[5, None, None, None]), description=huge))
    path = tmp_path / "informe.pdf"

    pages = write_report_pdf(
        ProgressReport(2024, Quarter.FIRST, tuple(metas)), path, printed_at=PRINTED_AT
    )

    assert pages == 2
    with pdfplumber.open(path) as pdf:
        assert "PALABRA0 " in pdf.pages[1].extract_text()  # cut to a page, on the second
