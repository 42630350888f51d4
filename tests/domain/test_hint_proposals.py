"""A refusal that proposes a form («use punto (1.5)») proposes one the same field accepts.

Generated inputs (signs, digits, commas, exponents, percent signs, full-width forms) go to each
parser that reads amounts or figures; every form a refusal proposes is typed back in.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from decimal import Decimal

import pytest

from ism_desktop.domain.number_input import FigureInputError, parse_figure
from ism_desktop.domain.paimef.indicators import IndicatorInputError, parse_variable
from ism_desktop.domain.paimef.input_parsing import InputError, parse_quantity
from ism_desktop.domain.paimef.money import AmountError, parse_amount

_SIGNS = ("", "-", "+")
_INTEGERS = ("", "0", "1", "450", "1234", "0001", "1" * 13, "9" * 30, "１")
_SEPARATORS = (",", ",,", ", ", "，", ".", "")
_FRACTIONS = ("", "5", "50", "500", "1234567", "5e3", "5E-2", "5.5", "5,000")
_SUFFIXES = ("", "%", " %", "e3", "E2", "x")

# Where a refusal proposes a form: in parentheses after «use punto», «para decimales», «miles»,
# or after «por ejemplo».
_PROPOSED = re.compile(
    r"(?:use punto|para decimales|separa los miles) \(([^)]*)\)"
    r"|por ejemplo,? ([^\s;)]+?)\.?(?:$|[\s;)])"
)


def _generated() -> list[str]:
    parts = itertools.product(_SIGNS, _INTEGERS, _SEPARATORS, _FRACTIONS, _SUFFIXES)
    return sorted({"".join(part) for part in parts})


def proposals(message: str) -> list[str]:
    """The forms a refusal proposes, as a person would type them back."""
    return [next(group for group in found if group) for found in _PROPOSED.findall(message)]


def _figure_from_a_file(text: str) -> Decimal | None:
    # What the programme template and the unit workbooks do with a figure held as text.
    return parse_figure(text.strip(), percent=False)


_PARSERS: dict[str, tuple[Callable[[str], object], type[ValueError]]] = {
    "cifra de meta": (parse_figure, FigureInputError),
    "cifra de archivo": (_figure_from_a_file, FigureInputError),
    "variable de indicador": (lambda text: parse_variable(text, "x"), IndicatorInputError),
    "monto": (parse_amount, AmountError),
    "cantidad": (parse_quantity, InputError),
}


def test_the_proposals_are_found_in_the_messages() -> None:
    # The reading of the messages itself, so an empty list below means "nothing proposed".
    assert proposals(
        "«1,5»: la coma solo separa los miles (1,500); para decimales use punto (1.5)."
    ) == [
        "1,500",
        "1.5",
    ]
    assert proposals("escriba solo dígitos y punto decimal, por ejemplo 250000.00.") == [
        "250000.00"
    ]


@pytest.mark.parametrize("field", list(_PARSERS))
def test_every_proposed_form_is_accepted(field: str) -> None:
    parse, refusal = _PARSERS[field]
    wrong: list[str] = []
    fed_back = 0
    for typed in _generated():
        try:
            parse(typed)
        except refusal as exc:
            for proposed in proposals(str(exc)):
                fed_back += 1
                try:
                    parse(proposed)
                except refusal as again:
                    wrong.append(f"{typed!r} → {proposed!r}: {again}")
        except Exception as exc:  # a parser that raises anything else is a defect too
            wrong.append(f"{typed!r}: {type(exc).__name__}: {exc}")
    assert not wrong, "\n".join(wrong[:20])
    # The refusals did propose forms (a quantity's only asks for «un número entero»).
    assert fed_back > 100 or field == "cantidad"


@pytest.mark.parametrize(
    "parse",
    [parse_figure, lambda text: parse_variable(text, "x")],
    ids=["cifra de meta", "variable de indicador"],
)
def test_an_exponent_with_a_comma_is_told_exponents_are_refused(
    parse: Callable[[str], object],
) -> None:
    # It proposed «1.5e3», which the same field then refused as no number.
    with pytest.raises(ValueError, match="no se aceptan exponentes") as refused:
        parse("1,5e3")

    assert "1.5e3" not in str(refused.value)
