"""An indicator's amount in pesos reads as the Programa Anual's amounts do: «$1,234.50» too.

Indicators 12 to 15 divide resources in pesos; «$1,234.50», accepted in the Programa Anual's
«Monto ejercido», was refused there as «no es un número».
"""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from ism_desktop.domain.paimef.indicator_catalogue import indicator_by_number
from ism_desktop.domain.paimef.indicators import IndicatorInputError, parse_variable

_TWELVE = indicator_by_number(12)
assert _TWELVE is not None
_PESOS = _TWELVE.variable_label(0)  # 1, «Total de recursos ejercidos …»


@pytest.mark.parametrize(
    ("typed", "pesos"),
    [
        ("$1,234.50", "1234.50"),
        ("$1234.50", "1234.50"),
        (" $ 250,000.00 ", "250000.00"),
        ("$0.5", "0.50"),
        ("$1,000,000", "1000000.00"),
    ],
)
def test_an_amount_with_its_peso_sign_is_read(typed: str, pesos: str) -> None:
    assert parse_variable(typed, _PESOS, amount=True) == Decimal(pesos)


def test_an_amount_without_the_sign_reads_as_before() -> None:
    assert parse_variable("1,234.50", _PESOS, amount=True) == Decimal("1234.50")


def _garbage(seed: int) -> list[str]:
    """«$» and text no amount is: letters, signs, decimal commas, exponents, centavo fractions."""
    rng = random.Random(seed)
    pieces = ["1", "23", ",", ".", "-", "e3", "a", "٣", "%", " ", "$", "1.234", ",5", "0,500"]
    made = {"$", "$ ", "$-5", "$1,5", "$1.005", "$1e3", "$$5", "$1,23,456", "$" + "9" * 20}
    while len(made) < 200:
        made.add("$" + "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))))
    return sorted(made)


@pytest.mark.parametrize("typed", _garbage(60))
def test_garbage_after_the_sign_is_refused_as_before(typed: str) -> None:
    try:
        read = parse_variable(typed, _PESOS, amount=True)
    except IndicatorInputError as exc:
        said = str(exc)
    else:
        # Only what the Programa Anual takes as pesos gets through: at most two decimals.
        assert read == read.quantize(Decimal("0.01")), typed
        return
    # The message is the one a figure without the sign gets (the text of a finding never changes).
    with pytest.raises(IndicatorInputError) as before:
        parse_variable(typed, _PESOS)
    assert said == str(before.value)
    assert "(variable 1, «" in said


def test_a_count_takes_no_peso_sign() -> None:
    # 40 women are not $40: refused as before, said with what the value counts.
    women = indicator_by_number(11)
    assert women is not None
    with pytest.raises(IndicatorInputError, match=r"«\$40» no es un número \(variable 1, «"):
        parse_variable("$40", women.variable_label(0))
