"""The official 2024 first-quarter report: no errors, and the warnings a reviewer would raise.

Its 56 real narratives quote right and wrong figures, differences against the modified target,
list numbers, dates, article numbers and another period's quarter: the reader must tell them apart.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.validation.engine import (
    ValidationResult,
    validate_meta,
    validate_report,
)
from ism_desktop.domain.validation.narrative_facts import NarrativeFacts
from ism_desktop.domain.validation.narrative_mentions import Direction
from ism_desktop.exchange.etca.text import parse_etca_text
from tests.domain.validation.validation_cases import with_narrative

Q1 = Quarter.FIRST

# (start of the meta's description, rule): every warning of the report, by hand.
EXPECTED_WARNINGS = sorted(
    [
        ("SUSCRIPCIÓN DE CONVENIOS PARA LA IGUALDAD", "META_MODIFICADA"),
        ("SUSCRIPCIÓN DE CONVENIOS PARA LA IGUALDAD", "AVANCE_FUERA_DE_RANGO"),
        ("SUSCRIPCIÓN DE CONVENIOS PARA LA IGUALDAD", "NARRATIVA_CUMPLIMIENTO"),
        ("EVENTOS EMBLEMÁTICOS", "META_MODIFICADA"),
        ("CAPACITACIÓN AL FUNCIONARIADO DE LOS MUNICIPIOS", "META_MODIFICADA"),
        ("ÍNDICE DE CALIDAD EN LOS INFORMES SOBRE GASTO", "META_MODIFICADA"),
        ("ÍNDICE DE CALIDAD EN LOS INFORMES SOBRE GASTO", "REALIZADO_SIN_PROGRAMA"),
        ("CAPTURA DE EXPEDIENTE", "META_MODIFICADA"),
        ("CAPTURA DE EXPEDIENTE", "NARRATIVA_CONTRA_MODIFICADO"),
        ("EVENTOS DE PROMOCIÓN Y ATENCIÓN", "META_MODIFICADA"),
        ("EVENTOS DE PROMOCIÓN Y ATENCIÓN", "AVANCE_FUERA_DE_RANGO"),
        ("EVENTOS DE PROMOCIÓN Y ATENCIÓN", "NARRATIVA_CONTRA_MODIFICADO"),
        ("EVENTOS DE PROMOCIÓN Y ATENCIÓN", "NARRATIVA_CUMPLIMIENTO"),
        ("CAMPAÑA DE FOMENTO A LA DENUNCIA", "META_MODIFICADA"),
        ("SESIONES DEL SISTEMA ESTATAL PARA PREVENIR", "META_MODIFICADA"),
        ("CUMPLIMIENTO DE ACUERDOS DEL SISTEMA ESTATAL", "NARRATIVA_PERIODO"),
        ("INSTALACIÓN DE LOS CONSEJOS MUNICIPALES", "META_MODIFICADA"),
        ("INSTALACIÓN DE SISTEMAS MUNICIPALES", "META_MODIFICADA"),
        ("REALIZACIÓN DE SESIONES DE LA JUNTA", "NARRATIVA_SOLO_EVIDENCIA"),
        ("SEGUIMIENTO DE LÍNEAS DE ACCIÓN DE 13", "NARRATIVA_SOLO_EVIDENCIA"),
        ("CAPACITACIÓN AL PÚBLICO EN GENERAL", "NARRATIVA_SOLO_EVIDENCIA"),
        ("CAPACITACIÓN SOBRE LA PREVENCIÓN", "NARRATIVA_SOLO_EVIDENCIA"),
        ("MESAS DE TRABAJO Y ASESORÍA DIRECTA", "META_MODIFICADA"),
        ("MESAS DE TRABAJO Y ASESORÍA DIRECTA", "NARRATIVA_NO_PROGRAMADO"),
        ("PORCENTAJE DE CUMPLIMIENTO DE LAS OBLIGACIONES", "PROGRAMADO_ATIPICO"),
    ]
)


@pytest.fixture(scope="module")
def report(seed_text: str) -> ProgressReport:
    return parse_etca_text(seed_text).report


@pytest.fixture(scope="module")
def result(report: ProgressReport) -> ValidationResult:
    return validate_report(report, Q1)


def named(report: ProgressReport, start: str) -> Meta:
    (meta,) = [m for m in report.metas if m.description.startswith(start)]
    return meta


def narrative(report: ProgressReport, start: str) -> NarrativeFacts:
    return NarrativeFacts(named(report, start).evaluation(Q1))


def test_the_official_report_has_no_errors(result: ValidationResult) -> None:
    assert result.errors == ()
    assert result.has_errors is False
    assert len(result.metas) == 56


def test_its_warnings_are_the_ones_a_reviewer_would_raise(result: ValidationResult) -> None:
    found = sorted(
        (next(s for s, _ in EXPECTED_WARNINGS if item.meta.description.startswith(s)), f.rule)
        for item in result.metas
        for f in item.findings
    )

    assert found == EXPECTED_WARNINGS


@pytest.mark.parametrize(
    ("meta", "figures", "differences"),
    [
        ("APOYO Y GESTIONES SOCIALES", ["386"], [("114 MENOS", Direction.BELOW)]),
        ("ASESORÍA LEGAL", ["695", "800"], [("105 MENOS", Direction.BELOW)]),
        ("ESTUDIOS SOCIOECONÓMICOS", ["761"], [("139 ESTUDIOS MENOS", Direction.BELOW)]),
        ("CAPTURA DE EXPEDIENTE", ["978"], [("REBASANDO LA META CON 78", Direction.ABOVE)]),
        ("ATENCIÓN PSICOLÓGICA", ["1709"], [("REBASANDO LA META CON 109", Direction.ABOVE)]),
        ("EVENTOS DE PROMOCIÓN", ["39"], [("REBASÓ LA META CON 9", Direction.ABOVE)]),
        ("ACCIONES DE SEGUIMIENTO AL PROGRAMA", ["10"], [("DOS ACCIONES MÁS", Direction.ABOVE)]),
        ("PROGRAMA DE CAPACITACIÓN EN PERSPECTIVA", ["650", "213"], []),
        ("INSTALACIÓN DE LOS CONSEJOS", ["DOS"], []),
        ("REALIZAR SEGUIMIENTO AL PLAN ANUAL", ["1"], []),
        # A numbered list of six agreements with their dates: no quantity.
        ("SUSCRIPCIÓN DE CONVENIOS PARA LA IGUALDAD", [], []),
        # Articles 70, 71, 81 and 82 of the transparency laws: references.
        ("PORCENTAJE DE CUMPLIMIENTO DE LAS OBLIGACIONES", [], []),
        ("REALIZACIÓN DE PROPUESTAS DE ARMONIZACIÓN", [], []),  # "EL 6 PARLAMENTO"
        ("DIFUSIÓN DE LA ALERTA", [], []),  # "OBJETIVO AVGM (2)"
        ("DIÁLOGOS POR LA PAZ", [], []),  # "27 DE MARZO DE 2024"
    ],
)
def test_quantities_read_in_real_narratives(
    report: ProgressReport, meta: str, figures: list[str], differences: list[tuple[str, Direction]]
) -> None:
    facts = narrative(report, meta)

    assert [f.text for f in facts.figures] == figures
    assert [(d.text, d.direction) for d in facts.differences] == differences


def test_true_differences_match_the_grid_and_none_is_wrong(result: ValidationResult) -> None:
    # 500 − 386 = 114, 800 − 695 = 105, 900 − 761 = 139, 1709 − 1600 = 109, 12 − 10 = 2.
    assert [f for f in result.findings if f.rule == "NARRATIVA_DIFERENCIA"] == []
    assert [f for f in result.findings if f.rule == "NARRATIVA_CIFRA"] == []


def test_differences_measured_against_the_modified_target(
    report: ProgressReport, result: ValidationResult
) -> None:
    capture = result.for_meta(named(report, "CAPTURA DE EXPEDIENTE").stable_id)
    events = result.for_meta(named(report, "EVENTOS DE PROMOCIÓN").stable_id)

    assert [f.message for f in capture if f.rule == "NARRATIVA_CONTRA_MODIFICADO"] == [
        "La evaluación cita «REBASANDO LA META CON 78», que es la diferencia contra la meta "
        "modificada (978 frente a 900); el avance oficial se mide contra la original (270)."
    ]
    assert [f.message for f in events if f.rule == "NARRATIVA_CONTRA_MODIFICADO"] == [
        "La evaluación cita «REBASÓ LA META CON 9», que es la diferencia contra la meta "
        "modificada (39 frente a 30); el avance oficial se mide contra la original (50)."
    ]


def test_claims_that_contradict_the_official_progress(
    report: ProgressReport, result: ValidationResult
) -> None:
    agreements = result.for_meta(
        named(report, "SUSCRIPCIÓN DE CONVENIOS PARA LA IGUALDAD").stable_id
    )
    events = result.for_meta(named(report, "EVENTOS DE PROMOCIÓN").stable_id)

    (met,) = [f.message for f in agreements if f.rule == "NARRATIVA_CUMPLIMIENTO"]
    (exceeded,) = [f.message for f in events if f.rule == "NARRATIVA_CUMPLIMIENTO"]
    assert met.startswith("La evaluación dice «CUMPLIDA» (meta cumplida), pero el avance oficial")
    assert "es 40.00%; contra la meta modificada sería 100.00%" in met
    assert exceeded.startswith("La evaluación dice «REBASÓ» (meta rebasada)")
    assert "es 78.00%; contra la meta modificada sería 130.00%" in exceeded


def test_dates_of_the_agreements_are_all_in_the_first_quarter(report: ProgressReport) -> None:
    dates = narrative(report, "SUSCRIPCIÓN DE CONVENIOS PARA LA IGUALDAD").dates

    assert [(d.day, d.month, d.year) for d in dates] == [
        (7, 2, 2024),
        (19, 3, 2024),
        (27, 2, 2024),
        (16, 1, 2024),
        (26, 3, 2024),
        (26, 3, 2024),
    ]


def test_another_periods_quarter_is_recognised(report: ProgressReport) -> None:
    facts = narrative(report, "PORCENTAJE DE CUMPLIMIENTO DE LAS OBLIGACIONES")

    assert [(m.quarter, m.year) for m in facts.quarters] == [(Quarter.FOURTH, 2023)]
    assert [(p.value, p.decimals) for p in facts.percentages] == [(Decimal("99.44"), 2)]


def test_slips_of_the_report(report: ProgressReport) -> None:
    # LLLEVÓ and PRIEMR are spelling: the dictionary finds them (tests/spelling).
    assert narrative(report, "DIÁLOGOS POR LA PAZ").typos == ()
    assert narrative(report, "CUMPLIMIENTO DE ACUERDOS").wrong_periods == ("CUATRIMESTRE",)


def test_not_programmed_while_the_original_programmed_two(
    report: ProgressReport, result: ValidationResult
) -> None:
    tables = result.for_meta(named(report, "MESAS DE TRABAJO Y ASESORÍA DIRECTA").stable_id)

    assert [f.message for f in tables if f.rule == "NARRATIVA_NO_PROGRAMADO"] == [
        "La evaluación dice «NO SE PROGRAMÓ», pero T1 tiene programado original 2 y modificado 0."
    ]


def test_editing_one_meta_rechecks_only_that_meta(
    report: ProgressReport, result: ValidationResult
) -> None:
    agreements = named(report, "SUSCRIPCIÓN DE CONVENIOS PARA LA IGUALDAD")
    explained = with_narrative(
        agreements,
        "SE SUSCRIBIERON 6 CONVENIOS, LOS PROGRAMADOS EN LA META MODIFICADA, DEBIDO A QUE LA "
        "META SE AJUSTÓ AL CALENDARIO DE INMUJERES.",
    )

    updated = result.with_meta(explained, validate_meta(explained, Q1, year=2024))

    assert [f.rule for f in updated.for_meta(agreements.stable_id)] == ["META_MODIFICADA"]
    others = [item for item in updated.metas if item.meta.stable_id != agreements.stable_id]
    assert others == [item for item in result.metas if item.meta.stable_id != agreements.stable_id]
