"""What rules 4.3.8 and 3.5.1 ask the informe to show: each acción's material probatorio and
the progress of its metas, and the transversal activities' share against the 5 % ceiling."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from io import BytesIO

import pdfplumber
from openpyxl import load_workbook

from ism_desktop.domain.paimef.informe import PaimefInforme, build_informe
from ism_desktop.domain.paimef.programme import AnnualProgramme
from ism_desktop.domain.paimef.programme_rules import check_programme
from ism_desktop.reports.paimef.informe_pdf import informe_pdf
from ism_desktop.reports.paimef.informe_xlsx import informe_xlsx
from tests.paimef_builders import action, programme

AS_OF = date(2026, 4, 1)
# The «Metas» column of the PDF's acción tables: 1.5 cm margin + 1.4 cm clave + 7.8 cm acción.
_CM = 72 / 2.54
_GOALS_COLUMN = (10.7 * _CM, 16.9 * _CM)


def _informe(value: AnnualProgramme) -> PaimefInforme:
    return build_informe(value, AS_OF, [], [], check_programme(value, AS_OF))


def _pdf_text(value: AnnualProgramme) -> tuple[str, str]:
    """The whole text, and the «Metas» column read top to bottom, each a line of words."""
    with pdfplumber.open(BytesIO(informe_pdf(_informe(value)))) as pdf:
        page = pdf.pages[0]
        column = page.crop((_GOALS_COLUMN[0], 0, _GOALS_COLUMN[1], page.height))
        whole = "\n".join(each.extract_text() or "" for each in pdf.pages)
        texts = (whole, column.extract_text() or "")
    return " ".join(texts[0].split()), " ".join(texts[1].split())


def _over_five_percent() -> AnnualProgramme:
    # 7 500 transversal of 100 000: 7.50 %, 2 500 over the 5 000 allowed.
    actions = list(programme().actions)
    actions[0] = action("A.1", "A", "A-I", "27500.00")
    actions[1] = action("A.2", "A", "A-III", "7500.00", transversal=True)
    return programme(*actions)


def test_the_pdf_shows_each_accions_evidence_and_the_progress_of_its_metas() -> None:
    _whole, column = _pdf_text(programme())

    assert "Metas y material probatorio" in column
    # C.1: 120 of 300 women = 40.00 %; its other meta not reported yet.
    assert (
        "Mujeres atendidas: 300 PERSONA, alcanzado 120 (40.00%) Sesiones: 900 SESIÓN "
        "(sin reportar) Material probatorio: Listas de asistencia"
    ) in column
    assert column.count("Material probatorio: Listas de asistencia") == 4


def test_an_accion_without_evidence_says_so() -> None:
    actions = list(programme().actions)
    actions[2] = action("B.1", "B", "B-II", "25000.00", evidence="")
    _whole, column = _pdf_text(programme(*actions))

    assert "Material probatorio: sin registrar" in column


def test_the_pdf_shows_the_transversal_share_within_the_ceiling() -> None:
    whole, _column = _pdf_text(programme())

    assert (
        "Actividades transversales (coordinación, monitoreo y seguimiento; numeral 3.5.1): "
        "$5,000.00, el 5.00% de $100,000.00 programados; el máximo es 5% ($5,000.00)."
    ) in whole


def test_the_pdf_says_when_the_transversal_share_passes_the_ceiling() -> None:
    whole, _column = _pdf_text(_over_five_percent())

    assert (
        "Actividades transversales (coordinación, monitoreo y seguimiento; numeral 3.5.1): "
        "$7,500.00, el 7.50% de $100,000.00 programados: rebasan el máximo de 5% ($5,000.00) "
        "por $2,500.00."
    ) in whole
    # And the review lists it as the error it is.
    assert "ERROR 3.5.1 — Numeral 3.5.1: las actividades transversales" in whole


def test_the_xlsx_holds_the_same_evidence_progress_and_share() -> None:
    book = load_workbook(BytesIO(informe_xlsx(_informe(_over_five_percent()))))
    sheet = book["Avance"]
    cells = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value]

    assert "Metas y material probatorio" in cells
    assert (
        "Mujeres atendidas: 300 PERSONA, alcanzado 120 (40.00%)\nSesiones: 900 SESIÓN "
        "(sin reportar)\nMaterial probatorio: Listas de asistencia"
    ) in cells
    assert (
        "Actividades transversales (coordinación, monitoreo y seguimiento; numeral 3.5.1): "
        "$7,500.00, el 7.50% de $100,000.00 programados: rebasan el máximo de 5% ($5,000.00) "
        "por $2,500.00."
    ) in cells


def test_a_share_a_centavo_over_is_not_printed_as_five_percent() -> None:
    # 5 000.01 of 100 000.01 is 5.00005 %: «5.00%» would contradict «rebasan».
    actions = list(programme().actions)
    actions[1] = action("A.2", "A", "A-III", "5000.01", transversal=True)
    whole, _column = _pdf_text(programme(*actions))

    assert (
        "$5,000.01, el 5.01% de $100,000.01 programados: rebasan el máximo de 5% ($5,000.00) "
        "por $0.01."
    ) in whole
    assert Decimal("5000.01") * 100 / Decimal("100000.01") > 5
