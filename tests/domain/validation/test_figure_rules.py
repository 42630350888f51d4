"""Single figures: signs, whole counts, target changes, out-of-line targets, unplanned results."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from ism_desktop.domain.validation.settings import ValidationSettings
from tests.domain.validation.validation_cases import Q1, counted, findings_of, percent


def test_every_negative_figure_is_reported_where_it_is() -> None:
    subject = counted(modified=(10, -1, 10, 10), achieved=(-3, None, None, None))

    fields = [f.field for f in findings_of("CIFRA_NEGATIVA", subject)]

    assert fields == ["modificado.t2.num", "realizado.t1.num"]


def test_negative_message_names_the_figure() -> None:
    (finding,) = findings_of("CIFRA_NEGATIVA", counted(achieved=(-3, None, None, None)))

    assert finding.message == (
        "El realizado T1 (NUM) es -3: las cifras del informe no pueden ser negativas."
    )


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("PERSONA", 1),
        ("ASESORIA", 1),  # typed without the accent: still a count
        ("CAPACITACIÓN", 1),
        ("PORCENTAJE", 0),
        ("ÍNDICE", 0),
        ("KILÓMETRO", 0),  # not in the catalogue of counts: not checked
    ],
)
def test_fractions_are_errors_only_in_count_units(unit: str, expected: int) -> None:
    subject = counted(unit_of_measure=unit, achieved=(12.5, None, None, None))

    assert len(findings_of("CIFRA_FRACCIONARIA", subject)) == expected


def test_whole_figures_written_with_decimals_are_whole() -> None:
    subject = counted(unit_of_measure="PERSONA", achieved=("12.00", None, None, None))

    assert findings_of("CIFRA_FRACCIONARIA", subject) == []


def test_count_units_can_be_extended_by_the_coordinating_unit() -> None:
    settings = ValidationSettings(count_units=frozenset({"KILOMETRO"}))
    subject = counted(unit_of_measure="KILÓMETRO", achieved=(12.5, None, None, None))

    assert len(findings_of("CIFRA_FRACCIONARIA", subject, settings=settings)) == 1


def test_target_change_lists_annual_and_quarter_in_one_warning() -> None:
    (finding,) = findings_of("META_MODIFICADA", counted((15, 20, 20, 15), (6, 22, 12, 10)))

    assert finding.field == "modificado.anual.num"
    assert finding.message == (
        "La meta modificada difiere de la original (anual de 70 a 50; T1 de 15 a 6); "
        "anote el motivo del cambio."
    )


def test_a_target_moved_between_quarters_warns_on_the_reported_quarter() -> None:
    (finding,) = findings_of("META_MODIFICADA", counted((2, 2, 2, 0), (0, 2, 2, 2)))

    assert finding.field == "modificado.t1.num"
    assert "(T1 de 2 a 0)" in finding.message


def test_a_change_in_a_later_quarter_with_the_same_annual_is_not_reported_yet() -> None:
    assert findings_of("META_MODIFICADA", counted((10, 10, 10, 10), (10, 5, 15, 10))) == []


def test_percentage_target_change_names_num_and_den() -> None:
    subject = percent(num=(100,) * 4, den=(100,) * 4, achieved=(100, 100))
    num = subject.num.with_modified(Q1, Decimal(0), Decimal(100))
    assert subject.den is not None
    den = subject.den.with_modified(Q1, Decimal(0), Decimal(100))

    (finding,) = findings_of("META_MODIFICADA", replace(subject, num=num, den=den))

    assert finding.field == "modificado.t1.num"
    assert "(T1 (NUM) de 100 a 0; T1 (DEN) de 100 a 0)" in finding.message


def test_ten_among_hundreds_is_out_of_line() -> None:
    subject = percent(num=(100, 10, 100, 100), den=(100,) * 4, achieved=(99.44, 100))

    (finding,) = findings_of("PROGRAMADO_ATIPICO", subject)

    assert finding.field == "original.t2.met"
    assert finding.message == (
        "El original T2 (MET) es 10 y los otros trimestres rondan 100: ¿error de captura?"
    )


@pytest.mark.parametrize(
    "quarters",
    [
        (500, 300, 200, 200),
        (1100, 600, 500, 500),
        (0, 0, 0, 100),  # quarters with nothing programmed are not compared
        (6, 22, 12, 10),
        (1, 0, 1, 0),
    ],
)
def test_uneven_but_plausible_targets_pass(quarters: tuple[int, int, int, int]) -> None:
    assert findings_of("PROGRAMADO_ATIPICO", counted(quarters)) == []


def test_a_target_far_above_the_others_is_out_of_line_too() -> None:
    (finding,) = findings_of("PROGRAMADO_ATIPICO", counted((10, 10, 10, 900)))

    assert finding.field == "original.t4.met"


def test_outlier_ratio_is_a_setting() -> None:
    subject = percent(num=(100, 10, 100, 100), den=(100,) * 4, achieved=(99.44, 100))
    lenient = ValidationSettings(outlier_ratio=Decimal(20))

    assert findings_of("PROGRAMADO_ATIPICO", subject, settings=lenient) == []


@pytest.mark.parametrize(
    ("original", "modified", "detail"),
    [
        (0, 0, "no se programó nada en el original ni en el modificado"),
        (0, 5, "el % de avance oficial queda en 0.00%"),
        (100, 0, "el programado modificado del trimestre es 0"),
    ],
)
def test_achieved_without_a_target(original: int, modified: int, detail: str) -> None:
    subject = counted((original, 10, 10, 10), (modified, 10, 10, 10), (5, None, None, None))

    (finding,) = findings_of("REALIZADO_SIN_PROGRAMA", subject)

    assert finding.field == "realizado.t1.num"
    assert finding.message.startswith("Se reporta un realizado de 5 en T1, pero ")
    assert detail in finding.message


def test_nothing_achieved_where_nothing_was_programmed_is_fine() -> None:
    subject = counted((0, 1, 1, 0), achieved=(0, None, None, None))

    assert findings_of("REALIZADO_SIN_PROGRAMA", subject) == []
