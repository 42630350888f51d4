from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pdfplumber
import pypdf
import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.reports.pdf_pagination import PageGeometry
from ism_desktop.reports.pdf_report import write_report_pdf
from tests.builders import meta, row
from tests.reports.conftest import PRINTED_AT

HEADER_LINES = (
    "GOBIERNO DEL ESTADO DE SONORA",
    "INFORME DE AVANCE PROGRAMÁTICO 2024",
    "PROGRAMA OPERATIVO ANUAL",
    "ETCA-III-04",
    "TRIMESTRE: PRIMERO",
    "DEPENDENCIA / ENTIDAD 30 INSTITUTO SONORENSE DE LAS MUJERES",
    "PROGRAMADO ORIGINAL MODIFICADO REALIZADO",
    "UNIDAD DE % DE AVANCE",
    "MEDIDA TRIMESTRAL",
    "PRIMERO SEGUNDO TERCERO CUARTO ANUAL PRIMERO SEGUNDO TERCERO CUARTO ANUAL PRIMERO SEGUNDO "
    "TERCERO CUARTO",
    "11-04-2024 10:44",
)


def _pages_text(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() for page in pdf.pages]


def _data_labels(path: Path) -> list[Counter[str]]:
    """Per page, how many MET, NUM and DEN labels stand in the DATOS column."""
    geometry = PageGeometry()
    counts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = page.extract_words()
            counts.append(
                Counter(
                    word["text"]
                    for word in words
                    if geometry.data_x - 1 <= word["x0"] < geometry.figures_x
                    and word["text"] in {"MET", "NUM", "DEN"}
                )
            )
    return counts


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory: pytest.TempPathFactory, seed_report: ProgressReport) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "informe.pdf"
    write_report_pdf(seed_report, path, printed_at=PRINTED_AT)
    return path


def test_every_page_has_the_form_header_date_and_page_number(seed_pdf: Path) -> None:
    pages = _pages_text(seed_pdf)

    assert len(pages) > 1
    for number, text in enumerate(pages, start=1):
        lines = text.splitlines()
        for expected in HEADER_LINES:
            assert any(expected in line for line in lines), (number, expected)
        assert f"Página {number} de {len(pages)}" in text


def test_rotated_column_titles_are_on_every_page(seed_pdf: Path) -> None:
    with pdfplumber.open(seed_pdf) as pdf:
        for page in pdf.pages:
            rotated = "".join(char["text"] for char in page.chars if not char["upright"])
            assert rotated == "TIPO METAVAL. ACUM.DATOS"


def test_rows_read_like_the_official_report(seed_pdf: Path) -> None:
    text = "\n".join(_pages_text(seed_pdf))

    # Lines of the official report's text, as printed.
    assert "GESTIÓN A SI MET 500.00 500.00 400.00 500.00 1900.00 500.00 500.00 400.00" in text
    assert (
        "P NO MET 100% 10% 100% 100% 100% 100% 10% 100% 100% 100% 99.44% 0.00% 0.00% 0.00%"
    ) in text
    assert "P SI MET 0.00% 0.00% 0.00% 100% 100.00% 0.00% 0.00% 0.00% 100% 100.00%" in text
    assert "ATENCIÓN A SI MET 1600.00 1600.00 1600.00 1600.00 6400.00" in text
    for progress in ("362.22%", "84.55%", "99.44%", "77.20%", "86.87%", "106.81%", "32.76%"):
        assert progress in text
    assert "UNIDAD ADMINISTRATIVA 009 ISM UNIDAD DE TRANSPARENCIA" in text
    assert "433 TRANSPARENCIA Y ACCESO A LA INFORMACIÓN" in text
    assert "EVALUACIÓN CUALITATIVA" in text


def test_spanish_characters_come_out_right(seed_pdf: Path) -> None:
    text = "\n".join(_pages_text(seed_pdf))

    for word in ("PEÑASCO", "ÍNDICE", "4º TRIMESTRE", "GÉNERO", "PÚBLICA", "CAPACITACIÓN"):
        assert word in text


def test_a_metas_rows_never_split_across_pages(seed_pdf: Path) -> None:
    per_page = _data_labels(seed_pdf)

    for counts in per_page:
        assert counts["MET"] == counts["NUM"] == counts["DEN"]
    assert sum(counts["MET"] for counts in per_page) == 56


def test_metadata_and_embedded_fonts(seed_pdf: Path) -> None:
    reader = pypdf.PdfReader(seed_pdf)

    assert reader.metadata is not None
    assert reader.metadata.title == "INFORME DE AVANCE PROGRAMÁTICO 2024 · ETCA-III-04"
    assert reader.metadata.author == "30 INSTITUTO SONORENSE DE LAS MUJERES"
    assert reader.metadata.subject == "Ejercicio 2024, trimestre PRIMERO"
    # Each page's fonts by name, the subset tag («AAAAAA+») left out: a page whose font
    # dictionary came out empty, or one font of the two, no longer passes unseen.
    used: list[set[str]] = []
    for page in reader.pages:
        resources: Any = page["/Resources"]
        fonts: dict[str, Any] = resources["/Font"]
        used.append(set())
        for font in fonts.values():
            font = font.get_object()
            used[-1].add(str(font["/BaseFont"]).rsplit("+", 1)[-1])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()  # embedded
    assert len(used) > 1
    assert used == [{"DejaVuSans", "DejaVuSans-Bold"}] * len(used)


def test_unit_report_holds_only_that_unit(tmp_path: Path, seed_report: ProgressReport) -> None:
    path = tmp_path / "unidad.pdf"

    pages = write_report_pdf(seed_report, path, unit=UnitCode("004"), printed_at=PRINTED_AT)

    text = "\n".join(_pages_text(path))
    assert pages == len(_pages_text(path))
    assert "UNIDAD ADMINISTRATIVA 004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA" in text
    assert "UNIDAD ADMINISTRATIVA 001" not in text
    assert sum(c["MET"] for c in _data_labels(path)) == 7
    metadata = pypdf.PdfReader(path).metadata
    assert metadata is not None
    assert metadata.author == "004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA"


def test_later_quarter_prints_its_name_and_zero_for_unreported(
    tmp_path: Path, seed_report: ProgressReport
) -> None:
    path = tmp_path / "t2.pdf"

    write_report_pdf(seed_report, path, quarter=Quarter.SECOND, printed_at=PRINTED_AT)

    text = "\n".join(_pages_text(path))
    assert "TRIMESTRE: SEGUNDO" in text
    assert "TRIMESTRE: PRIMERO" not in text
    assert "SE REALIZARON 761" not in text  # the first quarter's narrative is not the second's


def test_long_narrative_continues_on_the_next_page(tmp_path: Path) -> None:
    sentences = " ".join(
        f"ACTIVIDAD NÚMERO {n} REALIZADA CONFORME A LO PROGRAMADO." for n in range(600)
    )
    long = meta(
        row([10, 10, 10, 10], achieved=[9, None, None, None]),
        description="META CON UNA EVALUACIÓN MUY LARGA",
        evaluations={Quarter.FIRST: sentences + " FIN DE LA EVALUACIÓN"},
    )
    short = meta(row([5, 5, 5, 5], achieved=[5, None, None, None]), description="META SIGUIENTE")
    report = ProgressReport(2024, Quarter.FIRST, (long, short))
    path = tmp_path / "largo.pdf"

    pages = write_report_pdf(report, path, printed_at=PRINTED_AT)

    texts = _pages_text(path)
    assert pages >= 3
    assert "90.00%" in texts[0]  # the figures stay on the first page
    assert "FIN DE LA EVALUACIÓN" not in texts[0]
    assert any("FIN DE LA EVALUACIÓN" in text for text in texts[1:])
    assert [c["MET"] for c in _data_labels(path)].count(1) == 2


def test_big_figures_stay_inside_their_column(tmp_path: Path) -> None:
    big = meta(row([123456789, 0, 0, 0], achieved=["98765432.1", None, None, None]))
    path = tmp_path / "grande.pdf"

    write_report_pdf(ProgressReport(2024, Quarter.FIRST, (big,)), path, printed_at=PRINTED_AT)

    geometry = PageGeometry()
    with pdfplumber.open(path) as pdf:
        words = pdf.pages[0].extract_words()
    figure = next(w for w in words if w["text"] == "123456789.00")
    assert figure["x1"] <= geometry.figures_x + geometry.figure_width
    assert any(w["text"] == "98765432.10" for w in words)
