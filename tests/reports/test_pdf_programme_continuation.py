"""A page that goes on with a unit's metas repeats the programme and activity they are under."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

from ism_desktop.domain.codes import (
    Activity,
    ActivityCode,
    Programme,
    ProgrammeCode,
    Unit,
    UnitCode,
)
from ism_desktop.domain.figures import FigureRow
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import Catalogue, ProgressReport
from ism_desktop.reports.pdf_report import write_report_pdf
from tests.builders import meta, row
from tests.reports.conftest import PRINTED_AT

_COLUMN_TITLES = "PRIMERO SEGUNDO TERCERO CUARTO ANUAL"
_UNIT = "UNIDAD ADMINISTRATIVA 004 ISM DIRECCIÓN DE PRUEBA"
_FIRST = "E306E05 INSTITUCIONALIZACIÓN DE LA PERSPECTIVA DE GÉNERO"
_SECOND = "E408E04 COORDINACIÓN DE POLÍTICAS CONTRA LA VIOLENCIA"
_ACTIVITY_A = "668 PROMOCIÓN DE LOS DERECHOS HUMANOS"
_ACTIVITY_B = "041 ATENCIÓN A MUJERES EN SITUACIONES DE VIOLENCIA"


def _page_heads(path: Path, lines: int = 3) -> list[list[str]]:
    """Per page, the first ``lines`` lines under the column titles, as pdftotext reads them."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    heads = []
    for page in text.split("\f")[:-1]:
        rows = [" ".join(line.split()) for line in page.splitlines() if line.strip()]
        titles = next(i for i, line in enumerate(rows) if line.startswith(_COLUMN_TITLES))
        heads.append(rows[titles + 1 : titles + 1 + lines])
    return heads


def _catalogue() -> Catalogue:
    entity = "30"
    return Catalogue(
        units={(entity, UnitCode("004")): Unit(entity, UnitCode("004"), "ISM DIRECCIÓN DE PRUEBA")},
        programmes={
            (entity, ProgrammeCode(code)): Programme(entity, ProgrammeCode(code), name)
            for code, name in (
                ("E306E05", "INSTITUCIONALIZACIÓN DE LA PERSPECTIVA DE GÉNERO"),
                ("E408E04", "COORDINACIÓN DE POLÍTICAS CONTRA LA VIOLENCIA"),
            )
        },
        activities={
            (entity, ActivityCode(code)): Activity(entity, ActivityCode(code), name)
            for code, name in (
                ("668", "PROMOCIÓN DE LOS DERECHOS HUMANOS"),
                ("041", "ATENCIÓN A MUJERES EN SITUACIONES DE VIOLENCIA"),
            )
        },
    )


def _figures() -> FigureRow:
    return row([5, 5, 5, 5], achieved=[5, None, None, None])


def test_pages_of_a_second_programme_say_which_programme_and_activity(tmp_path: Path) -> None:
    metas = [meta(_figures(), description=f"META A{n:02d}") for n in range(5)]
    metas += [
        meta(_figures(), description=f"META B{n:02d}", programme="E408E04", activity="041")
        for n in range(40)
    ]
    report = ProgressReport(2024, Quarter.FIRST, tuple(metas), _catalogue())
    path = tmp_path / "informe.pdf"

    pages = write_report_pdf(report, path, printed_at=PRINTED_AT)

    heads = _page_heads(path)
    assert pages >= 3
    assert heads[0] == [_UNIT, _FIRST, _ACTIVITY_A]
    continued = [f"{_UNIT} (continuación)", _SECOND, _ACTIVITY_B]
    assert heads[1:] == [continued] * (pages - 1)


def test_a_long_narrative_carries_its_programme_to_the_next_page(tmp_path: Path) -> None:
    long_text = " ".join(f"ACCIÓN NÚMERO {n} CONFORME A LO PROGRAMADO." for n in range(500))
    metas = [
        meta(_figures(), description="META A"),
        meta(
            _figures(),
            description="META B",
            programme="E408E04",
            activity="041",
            evaluations={Quarter.FIRST: long_text},
        ),
    ]
    report = ProgressReport(2024, Quarter.FIRST, tuple(metas), _catalogue())
    path = tmp_path / "informe.pdf"

    pages = write_report_pdf(report, path, printed_at=PRINTED_AT)

    heads = _page_heads(path)
    assert pages >= 2
    assert heads[1:] == [[f"{_UNIT} (continuación)", _SECOND, _ACTIVITY_B]] * (pages - 1)


def test_a_meta_opening_a_page_with_a_new_activity_prints_only_its_own(tmp_path: Path) -> None:
    metas = [meta(_figures(), description=f"META A{n:02d}") for n in range(13)]
    metas += [meta(_figures(), description=f"META B{n:02d}", activity="041") for n in range(10)]
    report = ProgressReport(2024, Quarter.FIRST, tuple(metas), _catalogue())
    path = tmp_path / "informe.pdf"

    write_report_pdf(report, path, printed_at=PRINTED_AT)

    heads = _page_heads(path, lines=4)
    # The new activity's line stands once, under the programme, not after the old activity's.
    assert heads[1][:3] == [f"{_UNIT} (continuación)", _FIRST, _ACTIVITY_B]
    assert heads[1][3].startswith("META B00 EVENTO A SI MET ")


def test_page_three_of_the_seed_report_names_the_programme_of_its_metas(
    tmp_path: Path, seed_report: ProgressReport
) -> None:
    path = tmp_path / "informe.pdf"

    write_report_pdf(seed_report, path, printed_at=PRINTED_AT)

    # 001's metas under E408E04 began on page 2 and go on over page 3 (read off the page image).
    assert _page_heads(path)[2] == [
        "UNIDAD ADMINISTRATIVA 001 ISM COORDINACIÓN EJECUTIVA (continuación)",
        "E408E04 COORDINACIÓN DE POLÍTICAS PARA LA PREVENCIÓN, ATENCIÓN, SANCIÓN Y ERRADICACIÓN"
        " DE LA VIOLENCIA CONTRA LAS MUJERES",
        "524 ALERTA DE VIOLENCIA DE GÉNERO CONTRA LAS MUJERES",
    ]


def test_a_unit_opening_a_page_under_the_programme_before_it_names_that_programme(
    tmp_path: Path,
) -> None:
    metas = [meta(_figures(), description=f"META A{n:02d}") for n in range(13)]
    metas.append(meta(_figures(), description="META DE 005", unit="005"))
    catalogue = _catalogue()
    units = {**catalogue.units, ("30", UnitCode("005")): Unit("30", UnitCode("005"), "ISM OTRA")}
    report = ProgressReport(2024, Quarter.FIRST, tuple(metas), replace(catalogue, units=units))
    path = tmp_path / "informe.pdf"

    write_report_pdf(report, path, printed_at=PRINTED_AT)

    # The form prints no programme line where a unit starts under the programme before it; a
    # page that opens with that unit says which programme holds (not a «continuación»).
    heads = _page_heads(path, lines=4)
    assert heads[1][:3] == ["UNIDAD ADMINISTRATIVA 005 ISM OTRA", _FIRST, _ACTIVITY_A]
    assert heads[1][3].startswith("META DE 005 EVENTO A SI MET ")
