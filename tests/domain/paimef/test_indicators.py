"""Every indicator of Anexo 5 computed from hand-worked values, and its transcription."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.paimef.frequency import BiennialYears, Frequency, reporting_periods
from ism_desktop.domain.paimef.indicator_catalogue import INDICATORS, indicator_by_number
from ism_desktop.domain.paimef.indicators import (
    IndicatorInputError,
    compute,
    parse_variable,
    split_values,
)

RULES = Path(__file__).resolve().parents[3] / "resources/paimef/reglas_operacion_paimef_2020.txt"

CASES = [
    # number, values, expected — worked out by hand.
    (1, ["45", "60"], "75.00"),  # 45 / 60 × 100
    (2, ["130", "100"], "30.00"),  # (130 / 100 − 1) × 100
    (2, ["90", "120"], "-25.00"),  # (0.75 − 1) × 100
    (2, ["1", "3"], "-66.67"),  # (0.3333… − 1) × 100 = −66.666…
    (3, ["0.8", "0.6", "0.9", "0.7", "1"], "0.75"),  # 3.0 / (4 × 1)
    (3, ["1.6", "1.2", "1.8", "1.4", "2"], "0.75"),  # 6.0 / (4 × 2)
    (4, ["2500", "2000"], "25.00"),  # (1.25 − 1) × 100
    (5, ["1000", "1100"], "-9.09"),  # (0.90909… − 1) × 100 = −9.0909…
    (6, ["350", "280"], "25.00"),  # (1.25 − 1) × 100
    (7, ["6", "5"], "20.00"),  # (1.2 − 1) × 100
    (8, ["200", "150"], "33.33"),  # (1.3333… − 1) × 100
    (9, ["87", "100"], "87.00"),
    (9, ["2", "3"], "66.67"),  # 66.666… rounds up
    (10, ["425.5", "50"], "8.51"),  # 425.5 / 50
    (11, ["1234", "400"], "3.09"),  # 3.085 exactly: half up
    (12, ["180000", "200000"], "90.00"),
    (13, ["50000.50", "100000"], "50.00"),  # 50.0005 rounds down
    (14, ["1", "8"], "12.50"),
    (15, ["2", "3"], "66.67"),
]


@pytest.mark.parametrize(("number", "values", "expected"), CASES)
def test_formula(number: int, values: list[str], expected: str) -> None:
    indicator = indicator_by_number(number)
    assert indicator is not None
    parsed = [parse_variable(value, "x") for value in values]
    assert compute(indicator, parsed) == Decimal(expected)


def test_a_proportion_of_a_whole_says_which_values_and_why() -> None:
    indicator = indicator_by_number(9)
    assert indicator is not None

    with pytest.raises(IndicatorInputError) as refused:
        compute(indicator, [Decimal(101), Decimal(100)])

    assert str(refused.value) == (
        "en el indicador 9 el primer valor (101) no puede ser mayor que el segundo (100), "
        "porque es una parte de él; revise las dos cifras."
    )


def test_amounts_and_scores_may_have_decimals_and_exceed_the_other_value() -> None:
    # Resources exercised above those programmed is a budget matter, not an impossible figure.
    over = indicator_by_number(12)
    assert over is not None

    assert compute(over, [Decimal("250000.50"), Decimal(200000)]) == Decimal("125.00")


def test_every_indicator_has_a_case() -> None:
    assert {case[0] for case in CASES} == set(range(1, 16))


def test_fifteen_indicators_transcribed_from_the_rules() -> None:
    printed = {line.strip() for line in RULES.read_text(encoding="utf-8").splitlines()}
    assert [item.number for item in INDICATORS] == list(range(1, 16))
    for item in INDICATORS:
        assert item.name in printed, item.number
        assert item.formula in printed, item.number
    levels = [item.level for item in INDICATORS]
    assert levels == ["Propósito"] + ["Componente"] * 10 + ["Actividad"] * 4


def test_frequencies_and_biennial_years() -> None:
    frequencies = [str(item.frequency) for item in INDICATORS]
    assert frequencies == [
        "Bienal", "Trimestral", "Anual", "Trimestral", "Trimestral", "Trimestral", "Semestral",
        "Trimestral", "Bienal", "Bienal", "Trimestral", "Anual", "Semestral", "Semestral",
        "Semestral",
    ]  # fmt: skip
    assert INDICATORS[8].biennial is BiennialYears.ODD  # «se reporta en años nones»
    assert INDICATORS[9].biennial is BiennialYears.EVEN  # «se reporta en años pares»
    assert INDICATORS[0].biennial is BiennialYears.UNSTATED


def test_reporting_periods() -> None:
    assert [p.code for p in reporting_periods(Frequency.QUARTERLY, 2026)] == [
        "2026-T1",
        "2026-T2",
        "2026-T3",
        "2026-T4",
    ]
    assert [p.code for p in reporting_periods(Frequency.HALF_YEARLY, 2026)] == [
        "2026-S1",
        "2026-S2",
    ]
    assert [p.code for p in reporting_periods(Frequency.YEARLY, 2026)] == ["2026"]
    assert reporting_periods(Frequency.BIENNIAL, 2026, BiennialYears.ODD) == ()
    assert [p.code for p in reporting_periods(Frequency.BIENNIAL, 2027, BiennialYears.ODD)] == [
        "2027"
    ]
    assert reporting_periods(Frequency.BIENNIAL, 2027, BiennialYears.EVEN) == ()


@pytest.mark.parametrize(
    ("number", "values", "message"),
    [
        (2, ["10"], "necesita 2 valores"),
        (2, ["10", "0"], "cero"),
        (3, ["1", "1", "1", "1", "0"], "cero"),
        (11, ["5", "1", "2"], "se dieron 3"),
        # Of the women counted in the second value (1 and 9): the first cannot be more.
        (1, ["3", "2"], "no puede ser mayor"),
        (9, ["101", "100"], "no puede ser mayor"),
        # People, women, units and services are counted in whole numbers.
        (1, ["1.0005", "2"], "número entero"),
        (11, ["12.5", "4"], "número entero"),
        (2, ["130", "99.5"], "número entero"),
    ],
)
def test_refused_inputs(number: int, values: list[str], message: str) -> None:
    indicator = indicator_by_number(number)
    assert indicator is not None
    with pytest.raises(IndicatorInputError, match=message):
        compute(indicator, [Decimal(value) for value in values])


_SPELL_IT = "; escriba solo dígitos y punto decimal."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("abc", "«abc» no es un número (variable x)."),
        (
            "1,5e3",
            "«1,5e3»: la coma solo separa los miles (1,500) y no se aceptan exponentes; escriba "
            "la cifra completa, con punto para decimales (1.5) (variable x).",
        ),
        ("1e3", "«1e3» no es un número (variable x)" + _SPELL_IT),
        ("NaN", "«NaN» no es un número (variable x)" + _SPELL_IT),
        ("Infinity", "«Infinity» no es un número (variable x)" + _SPELL_IT),
        ("-5", "«-5»: la variable x no puede ser negativa."),
        ("1" * 40, f"«{'1' * 40}» es demasiado grande (variable x)."),
        ("", "«» no es un número (variable x)."),
    ],
)
def test_variable_text_refused(text: str, message: str) -> None:
    with pytest.raises(IndicatorInputError) as refused:
        parse_variable(text, "x")
    assert str(refused.value) == message


def test_a_wrong_number_of_values_says_what_each_one_counts() -> None:
    indicator = indicator_by_number(2)
    assert indicator is not None
    with pytest.raises(IndicatorInputError) as refused:
        compute(indicator, [Decimal(1), Decimal(2), Decimal(3)])

    assert str(refused.value) == (
        "el indicador 2 necesita 2 valores, en este orden: 1) Personas capacitadas en materia "
        "de violencia contra las mujeres en el ejercicio fiscal t; 2) Personas capacitadas en "
        "materia de violencia contra las mujeres en el ejercicio fiscal t-1; y se dieron 3."
    )


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("130; 100", ["130", " 100"]),
        ("1,000;800", ["1,000", "800"]),  # with «;» a comma separates nothing
        ("130, 100", ["130", " 100"]),  # without «;», a comma separates
        ("45,60", ["45", "60"]),
        ("0.8,0.6,0.9,0.7,1", ["0.8", "0.6", "0.9", "0.7", "1"]),
        (" ; ", []),
        ("", []),
    ],
)
def test_values_are_split_at_semicolons_or_else_at_commas(text: str, parts: list[str]) -> None:
    assert split_values(text) == parts


@pytest.mark.parametrize(
    "text",
    [
        "12,500",
        "1,000",
        "1,234,567",
        "12,500.50",
        " 999,000 ",
        "12,500,",  # a stray comma or point after it changes nothing
        "12,500.",
        "1,000, 2,000",
        "12,500, 3",
    ],
)
def test_a_text_that_may_be_one_number_with_thousands_is_not_split(text: str) -> None:
    # «12,500» is twelve thousand five hundred to an office, or 12 and 500: never guessed.
    with pytest.raises(IndicatorInputError) as refused:
        split_values(text)
    assert str(refused.value) == (
        f"«{text.strip()}» puede leerse como números con comas de miles o como varios valores: "
        "separe los valores con «;» (por ejemplo, 12,500; 800)."
    )


@pytest.mark.parametrize(
    "values",
    [
        ("999999999999999", "0.000000000000000000000000000000000000000001"),
        ("1", "0." + "0" * 41 + "1"),
    ],
)
def test_a_result_too_large_to_write_is_refused_in_spanish(values: tuple[str, str]) -> None:
    # Its rounding raised decimal.InvalidOperation: a traceback in the window, and the command
    # line blamed «una cifra guardada en la base de datos».
    indicator = INDICATORS[1]

    def capture() -> Decimal:
        names = indicator.variable_names
        return compute(
            indicator, [parse_variable(t, n) for t, n in zip(values, names, strict=True)]
        )

    # The second value is refused as it is read, before any rounding: it names its variable.
    with pytest.raises(
        IndicatorInputError, match=r"tiene más de 6 decimales \(variable personas_capacitadas_t_1\)"
    ):
        capture()


def test_a_long_value_with_too_many_decimals_is_quoted_cut_with_an_ellipsis() -> None:
    # Cut at 40 characters without a mark, «0.000…0001» was quoted as «0.00000…000» (38 zeros):
    # a zero, for all the person could tell, refused for its decimals.
    with pytest.raises(IndicatorInputError) as refused:
        parse_variable("0." + "0" * 41 + "1", "x")
    assert str(refused.value) == "«0." + "0" * 37 + "…» tiene más de 6 decimales (variable x)."


def test_a_result_beyond_the_arithmetic_is_refused_where_it_is_computed() -> None:
    indicator = INDICATORS[1]  # its variables are read elsewhere; the rounding still holds
    with pytest.raises(IndicatorInputError, match="indicador 2"):
        compute(indicator, [Decimal("9" * 30), Decimal("1E-20")])


@pytest.mark.parametrize("digit", ["²", "١", "１"])
def test_a_value_with_a_digit_that_is_not_0_to_9_is_refused(digit: str) -> None:
    with pytest.raises(IndicatorInputError, match=rf"^«12{digit}» no es un número \(variable V1\)"):
        parse_variable(f"12{digit}", "V1")


@pytest.mark.parametrize(("text", "value"), [("1,200", "1200"), (" 12,500.50 ", "12500.50")])
def test_a_value_with_thousands_commas_is_read_as_everywhere_else(text: str, value: str) -> None:
    # «1,200; 1,000» was refused as «no es un número», while every other figure of the
    # program takes «1,234».
    assert parse_variable(text, "x") == Decimal(value)
    assert split_values("1,200; 1,000") == ["1,200", " 1,000"]


def test_a_decimal_comma_is_still_refused_with_the_point_suggested() -> None:
    with pytest.raises(IndicatorInputError, match=r"la coma solo separa los miles"):
        parse_variable("12,5", "x")


def test_the_point_suggested_for_a_decimal_comma_is_one_this_reads() -> None:
    # «para decimales use punto (1 500.50)», and «1 500.50» was then «no es un número».
    from ism_desktop.domain.paimef.indicators import parse_variable

    with pytest.raises(IndicatorInputError) as refused:
        parse_variable("1 500,50", "A")
    suggested = str(refused.value).split("use punto (")[1].split(")")[0]

    assert suggested == "1500.50"
    assert parse_variable(suggested, "A") == Decimal("1500.50")
