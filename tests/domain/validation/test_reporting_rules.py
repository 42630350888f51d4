"""What a quarter's report must carry: achieved figures, a narrative, a sane official %."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.validation.engine import validate_meta, validate_report
from ism_desktop.domain.validation.settings import ValidationSettings
from tests.domain.validation.validation_cases import Q1, Q2, counted, findings_of, percent

CAUSE = "SE REALIZARON MENOS EVENTOS DEBIDO A LA FALTA DE PERSONAL EN LA COORDINACIÓN."


def test_achieved_after_the_reported_quarter_is_an_error() -> None:
    (finding,) = findings_of("REALIZADO_POSTERIOR", counted(achieved=(10, 4, None, None)))

    assert finding.field == "realizado.t2.num"
    assert finding.message == (
        "Hay un realizado NUM de 4 en T2, posterior al trimestre que se informa (T1)."
    )


def test_a_zero_after_the_reported_quarter_is_still_a_figure_typed_too_early() -> None:
    # The parser turns printed zeros into "not reported"; an explicit 0 in the grid is data.
    findings = findings_of("REALIZADO_POSTERIOR", counted(achieved=(10, None, 0, None)))

    assert [f.field for f in findings] == ["realizado.t3.num"]


def test_a_quarter_sent_before_may_have_later_figures() -> None:
    # Reopened after the unit moved on: the later quarters were typed for their own reports.
    typed_ahead = counted(achieved=(10, 4, None, None))
    sent = validate_meta(typed_ahead, Q1, delivered=True)
    assert "REALIZADO_POSTERIOR" not in {f.rule for f in sent}
    assert "REALIZADO_FALTANTE" in {
        f.rule for f in validate_meta(counted(achieved=(None, 4, None, None)), Q1, delivered=True)
    }


def test_only_the_units_that_sent_the_quarter_before_are_spared() -> None:
    own = counted(achieved=(10, 4, None, None))
    other = replace(own, key=replace(own.key, unit=UnitCode("009")))
    report = ProgressReport(year=2024, quarter=Q1, metas=(own, other))

    result = validate_report(report, Q1, delivered={("30", UnitCode("004"))})

    later = [
        item.meta.key.unit.value
        for item in result.metas
        for f in item.findings
        if f.rule == "REALIZADO_POSTERIOR"
    ]
    assert later == ["009"]


def test_missing_achieved_is_not_zero() -> None:
    (finding,) = findings_of("REALIZADO_FALTANTE", counted(achieved=(None, None, None, None)))

    assert finding.field == "realizado.t1.num"
    assert "sin capturar no equivale a 0" in finding.message


def test_earlier_quarters_must_be_reported_too() -> None:
    subject = counted(achieved=(None, 10, None, None), quarter=Q2)

    fields = [f.field for f in findings_of("REALIZADO_FALTANTE", subject, Q2)]

    assert fields == ["realizado.t1.num"]


def test_percentage_needs_both_achieved_rows() -> None:
    subject = percent(achieved=(90, None))

    assert [f.field for f in findings_of("REALIZADO_FALTANTE", subject)] == ["realizado.t1.den"]


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_evaluation_is_an_error(text: str) -> None:
    (finding,) = findings_of("EVALUACION_VACIA", counted(narrative=text))

    assert finding.field == "evaluacion.t1"
    assert finding.message == "Falta la evaluación cualitativa de T1."


def test_the_evaluation_of_another_quarter_does_not_count() -> None:
    subject = counted(quarter=Q2)  # written for Q2, reported as Q1

    assert [f.field for f in findings_of("EVALUACION_VACIA", subject, Q1)] == ["evaluacion.t1"]


@pytest.mark.parametrize(
    ("achieved", "narrative", "warned"),
    [
        (4, "SE REALIZARON CUATRO EVENTOS EN EL TRIMESTRE.", True),  # 40.00%
        (12, "SE REALIZARON EVENTOS ADICIONALES EN EL TRIMESTRE.", True),  # 120.00%
        (4, CAUSE, False),
        (4, "NO SE ALCANZÓ LA META YA QUE LA SEDE ESTUVO CERRADA.", False),
        (4, "LA META NO SE CUMPLIÓ POR CAUSAS AJENAS AL INSTITUTO.", False),
        (9, "SE REALIZARON LOS EVENTOS DEL TRIMESTRE.", False),  # 90.00%: inside the band
        (11, "SE REALIZARON LOS EVENTOS DEL TRIMESTRE.", False),  # 110.00%
    ],
)
def test_official_progress_out_of_band_needs_a_cause(
    achieved: int, narrative: str, warned: bool
) -> None:
    subject = counted(achieved=(achieved, None, None, None), narrative=narrative)

    assert bool(findings_of("AVANCE_FUERA_DE_RANGO", subject)) is warned


def test_band_message_and_field() -> None:
    subject = counted(achieved=(4, None, None, None), narrative="SE REALIZARON 4 EVENTOS.")

    (finding,) = findings_of("AVANCE_FUERA_DE_RANGO", subject)

    assert finding.field == "avance.t1"
    assert finding.message.startswith(
        "El avance oficial de T1 es 40.00%, fuera del rango de 90% a 110%"
    )


def test_band_is_a_setting() -> None:
    wide = ValidationSettings(band_low=Decimal(30), band_high=Decimal(150))
    subject = counted(achieved=(4, None, None, None), narrative="SE REALIZARON 4 EVENTOS.")

    assert findings_of("AVANCE_FUERA_DE_RANGO", subject, settings=wide) == []


def test_nothing_programmed_in_the_original_is_not_a_progress_of_zero() -> None:
    subject = counted((0, 10, 10, 10), achieved=(0, None, None, None))

    assert findings_of("AVANCE_FUERA_DE_RANGO", subject) == []


def test_against_the_original_not_the_modified() -> None:
    # 39 of an original 50 is 78.00% even though 39 of the modified 30 is 130 %.
    subject = counted((50,) * 4, (30,) * 4, (39, None, None, None), "SE REBASÓ LA META.")

    assert "78.00%" in findings_of("AVANCE_FUERA_DE_RANGO", subject)[0].message
