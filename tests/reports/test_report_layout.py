from __future__ import annotations

from decimal import Decimal

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.reports.report_layout import (
    HeadingLevel,
    MetaEntry,
    layout_report,
    unit_groups,
)
from tests.reports.conftest import PRINTED_AT


def _headings(entry: MetaEntry) -> list[str]:
    return [heading.text for heading in entry.headings]


def _entry(report: ProgressReport, description: str, quarter: Quarter = Quarter.FIRST) -> MetaEntry:
    layout = layout_report(report, quarter, printed_at=PRINTED_AT)
    return next(e for e in layout.entries() if e.meta.description.startswith(description))


def test_first_meta_prints_unit_programme_and_activity(seed_report: ProgressReport) -> None:
    first = next(iter(layout_report(seed_report, printed_at=PRINTED_AT).entries()))

    assert _headings(first) == [
        "UNIDAD ADMINISTRATIVA   001 ISM COORDINACIÓN EJECUTIVA",
        "E306E05 INSTITUCIONALIZACIÓN DE LA PERSPECTIVA DE GÉNERO EN LA GESTIÓN PÚBLICA",
        "668 PROMOCIÓN DE LOS DERECHOS HUMANOS DE LAS MUJERES",
    ]


def test_headings_print_only_when_they_change(seed_report: ProgressReport) -> None:
    # As in the printed report: 003 starts under 002's programme and activity, so only the
    # unit line is printed; 004 keeps the programme and changes the activity.
    assert _headings(_entry(seed_report, "ÍNDICE DE CALIDAD EN LOS INFORMES TRIMESTRALES")) == [
        "UNIDAD ADMINISTRATIVA   003 ISM DIRECCIÓN DE ADMINISTRACIÓN Y FINANZAS"
    ]
    assert _headings(_entry(seed_report, "ÍNDICE DE CALIDAD EN LOS INFORMES SOBRE")) == []
    assert _headings(_entry(seed_report, "APOYO Y GESTIONES SOCIALES")) == [
        "UNIDAD ADMINISTRATIVA   004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA",
        "668 PROMOCIÓN DE LOS DERECHOS HUMANOS DE LAS MUJERES",
    ]
    assert _headings(_entry(seed_report, "ASESORÍA LEGAL")) == []


def test_a_unit_on_its_own_repeats_the_inherited_lines(seed_report: ProgressReport) -> None:
    layout = layout_report(seed_report, printed_at=PRINTED_AT)
    groups = {group.unit.code: group for group in unit_groups(layout.sections[0])}

    assert list(groups) == ["001", "002", "003", "004", "005", "006", "008", "009"]
    assert [h.level for h in groups["003"].entries[0].headings] == list(HeadingLevel)
    assert _headings(groups["003"].entries[0])[1:] == [
        "E306E05 INSTITUCIONALIZACIÓN DE LA PERSPECTIVA DE GÉNERO EN LA GESTIÓN PÚBLICA",
        "287 COORDINACIÓN ADMINISTRATIVA",
    ]
    assert sum(len(group.entries) for group in groups.values()) == 56


def test_rows_print_like_the_form(seed_report: ProgressReport) -> None:
    entry = _entry(seed_report, "PORCENTAJE DE CUMPLIMIENTO DE LAS OBLIGACIONES")
    met, num, den = entry.rows

    assert " ".join(met.texts) == (
        "100% 10% 100% 100% 100% 100% 10% 100% 100% 100% 99.44% 0.00% 0.00% 0.00%"
    )
    assert " ".join(num.texts) == (
        "100.00 10.00 100.00 100.00 100.00 100.00 10.00 100.00 100.00 100.00 99.44 0.00 0.00 0.00"
    )
    assert den.texts[10] == "100.00"
    assert entry.progress_text == "99.44%"
    assert (entry.kind_text, entry.cumulative_text) == ("P", "NO")


def test_cumulative_percentage_annual_prints_two_decimals(seed_report: ProgressReport) -> None:
    met = _entry(seed_report, "DIFUSIÓN Y CAPACITACIÓN PARA PREVENIR").rows[0]

    assert " ".join(met.texts) == (
        "0.00% 0.00% 0.00% 100% 100.00% 0.00% 0.00% 0.00% 100% 100.00% 0.00% 0.00% 0.00% 0.00%"
    )


def test_absolute_meta_has_an_empty_den_row(seed_report: ProgressReport) -> None:
    entry = _entry(seed_report, "ESTUDIOS SOCIOECONÓMICOS")

    assert entry.rows[2].texts == ()
    assert entry.progress == Decimal("84.55")
    assert " ".join(entry.rows[1].texts[:5]) == "900.00 900.00 800.00 800.00 3400.00"


def test_quarters_after_the_reported_one_are_blank_in_data(seed_report: ProgressReport) -> None:
    entry = _entry(seed_report, "ESTUDIOS SOCIOECONÓMICOS")

    assert entry.rows[1].figures[10:] == (Decimal("761.00"), None, None, None)
    assert entry.rows[1].texts[10:] == ("761.00", "0.00", "0.00", "0.00")


def test_later_quarter_shows_not_reported_as_zero(seed_report: ProgressReport) -> None:
    entry = _entry(seed_report, "ESTUDIOS SOCIOECONÓMICOS", Quarter.SECOND)

    assert entry.progress is None
    assert entry.progress_text == "0.00%"
    assert entry.evaluation == ""


def test_unit_filter_and_author(seed_report: ProgressReport) -> None:
    layout = layout_report(seed_report, unit=UnitCode("004"), printed_at=PRINTED_AT)

    assert layout.meta_count == 7
    assert layout.author == "004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA"
    assert layout.subject == "Ejercicio 2024, trimestre PRIMERO"
    assert layout_report(seed_report).author == "30 INSTITUTO SONORENSE DE LAS MUJERES"


def test_unit_without_metas_is_refused_in_spanish(seed_report: ProgressReport) -> None:
    with pytest.raises(ValueError, match="la unidad administrativa 007 no tiene metas"):
        layout_report(seed_report, unit=UnitCode("007"))
