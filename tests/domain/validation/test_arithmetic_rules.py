"""The official arithmetic: annual figures, MET against NUM and DEN, zero denominators."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from ism_desktop.domain.figures import FigureRow
from ism_desktop.domain.meta import MetaKind
from ism_desktop.domain.validation.arithmetic_rules import _met_breaches, _met_is_percentage
from ism_desktop.domain.validation.context import MetaContext
from ism_desktop.domain.validation.settings import ValidationSettings
from tests.builders import meta, row
from tests.domain.validation.validation_cases import PLAIN, Q1, counted, findings_of, percent


@pytest.mark.parametrize(
    ("annuals", "field", "printed", "summed"),
    [
        ({"original_annual": 45}, "original.anual.num", "45", "40"),
        ({"modified_annual": 41}, "modificado.anual.num", "41", "40"),
        ({"original_annual": "39.5"}, "original.anual.num", "39.5", "40"),
    ],
)
def test_annual_must_be_the_sum_when_cumulative(
    annuals: dict[str, object], field: str, printed: str, summed: str
) -> None:
    findings = findings_of("ANUAL_NO_SUMA", counted(**annuals))  # type: ignore[arg-type]

    assert [f.field for f in findings] == [field]
    assert f"es {printed}, pero la suma de los trimestres es {summed}" in findings[0].message


def test_percentage_metas_check_num_and_den_sums() -> None:
    subject = percent(
        cumulative=True,
        num=(0, 0, 0, 90),
        den=(0, 0, 0, 90),
        achieved=(0, 0),
        num_annual=90,
        den_annual=100,
    )

    assert [f.field for f in findings_of("ANUAL_NO_SUMA", subject)] == [
        "original.anual.den",
        "modificado.anual.den",
    ]


def test_non_cumulative_annual_is_the_last_programmed_quarter() -> None:
    # Q3 90/90, Q4 0/0: the annual is Q3's pair, as in the report's satisfaction survey meta.
    good = percent(
        num=(0, 0, 90, 0), den=(0, 0, 90, 0), achieved=(0, 0), num_annual=90, den_annual=90
    )
    summed = replace(good, num=replace(good.num, original_annual=good.num.original_annual * 2))

    assert findings_of("ANUAL_NO_ULTIMO", good) == []
    findings = findings_of("ANUAL_NO_ULTIMO", summed)
    assert [f.field for f in findings] == ["original.anual.num"]
    assert "debe ser 90, el valor del último trimestre programado (T3)" in findings[0].message


def test_cumulative_rule_is_not_applied_to_non_cumulative_metas() -> None:
    assert findings_of("ANUAL_NO_SUMA", percent(num_annual=90, den_annual=90)) == []


def test_met_of_an_absolute_meta_must_copy_num() -> None:
    subject = meta(
        row([10, 10, 10, 10], achieved=[10, None, None, None]),
        met=row([10, 5, 10, 10], original_annual=35, achieved=[10, None, None, None]),
        evaluations={Q1: PLAIN},
    )

    fields = [f.field for f in findings_of("MET_INCONGRUENTE", subject)]

    # The builder copies the original quarters into the modified ones, slip included.
    assert fields == [
        "original.t2.met",
        "original.anual.met",
        "modificado.t2.met",
        "modificado.anual.met",
    ]


@pytest.mark.parametrize(
    ("num", "den", "met", "expected"),
    [
        (90, 90, "50", "100.00"),
        (2, 3, "66.00", "66.67"),
        (1, 8, "13", "12.50"),
    ],
)
def test_met_of_a_percentage_meta_must_be_num_over_den(
    num: int, den: int, met: str, expected: str
) -> None:
    good = percent(num=(num,) * 4, den=(den,) * 4, achieved=(num, den))
    columns = list(good.met.columns())
    columns[10] = Decimal(met)  # achieved Q1
    subject = replace(good, met=FigureRow.from_columns(columns))

    findings = findings_of("MET_INCONGRUENTE", subject)

    assert [f.field for f in findings] == ["realizado.t1.met"]
    assert f"pero debe ser {expected} (NUM / DEN × 100)" in findings[0].message


@pytest.mark.parametrize(("num", "den"), [(99.44, 100), (2, 3), (1, 3), (0, 0)])
def test_met_rounded_or_truncated_to_hundredths_is_accepted(num: float, den: float) -> None:
    assert findings_of("MET_INCONGRUENTE", percent(achieved=(num, den))) == []


@pytest.mark.parametrize(
    ("num", "den", "met"),
    [
        ("1", "8", "12.5"),  # the quotient itself: settled by one product, without dividing
        ("1", "8", "12.49"),
        ("1", "8", "12.51"),
        ("2", "3", "66.67"),
        ("2", "3", "66.65"),
        ("0", "0", "0"),
        ("0", "0", "0.01"),
        ("5", "0", "7"),
        ("1E+22", "1", "1E+24"),  # beyond the size where one product settles it
        ("111111110111111111011111111", "9", "1234567890123456789012345678"),
        ("1234567890123456789012345678", "9", "13717421001371742100137174200"),
    ],
)
def test_met_of_a_percentage_meta_is_checked_alike_with_or_without_dividing(
    num: str, den: str, met: str
) -> None:
    def printed(value: str) -> FigureRow:
        return FigureRow.from_columns([Decimal(value)] * 11 + [None] * 3)

    rows = printed(met), printed(num), printed(den)
    subject = replace(percent(), met=rows[0], num=rows[1], den=rows[2])
    context = MetaContext(subject, Q1, ValidationSettings())

    assert (not list(_met_breaches(context))) is _met_is_percentage(*rows)
    assert bool(findings_of("MET_INCONGRUENTE", subject)) is bool(list(_met_breaches(context)))


def test_a_product_rounded_to_28_digits_does_not_settle_a_met() -> None:
    # MET × DEN and NUM × 100 round to the same 28 digits, yet the quotient is one unit off:
    # past 10²⁰ the MET is divided out as before (figures past 10¹² are refused on entry).
    num, den, met = (
        Decimal("657480406478710759285572151.6"),
        Decimal(7),
        Decimal("9392577235410153704079602165"),
    )
    assert met * den == num * 100
    assert abs(met - num * 100 / den) >= Decimal("0.01")

    def printed(value: Decimal) -> FigureRow:
        return FigureRow.from_columns([value] * 11 + [None] * 3)

    assert not _met_is_percentage(printed(met), printed(num), printed(den))


def test_zero_denominator_with_a_numerator_is_an_error_once() -> None:
    subject = percent(achieved=(5, 0))

    assert [f.field for f in findings_of("DEN_CERO", subject)] == ["realizado.t1.den"]
    # The same slip is not reported a second time as an inconsistent MET.
    assert findings_of("MET_INCONGRUENTE", subject) == []


def test_rows_must_match_the_kind_of_meta() -> None:
    without_den = replace(percent(), den=None)
    absolute_with_den = replace(counted(), den=counted().num)

    assert (
        "es tipo P pero no tiene renglón DEN"
        in findings_of("RENGLONES_TIPO", without_den)[0].message
    )
    assert absolute_with_den.kind is MetaKind.ABSOLUTE
    assert "es tipo A pero tiene renglón DEN" in (
        findings_of("RENGLONES_TIPO", absolute_with_den)[0].message
    )


def test_numerator_over_denominator_is_a_warning() -> None:
    findings = findings_of("NUM_MAYOR_DEN", percent(achieved=(120, 100)))

    assert [f.field for f in findings] == ["realizado.t1.num"]
    assert findings[0].message == (
        "El realizado T1 (NUM) es 120 y el DEN es 100: el porcentaje pasa de 100 %."
    )
