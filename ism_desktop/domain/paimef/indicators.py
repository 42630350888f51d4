"""The MIR indicators of Anexo 5: their shape, and computing one from its variables.

A «tasa de variación» is ((X_t / X_{t−1}) − 1) × 100. The rules print those formulas badly
parenthesised: indicator 2 as ``(X_t/ X_t-1-1*100)``, indicator 4 with an unclosed
parenthesis, indicators 5 to 8 as ``(X_t / X_t-1)-1*100``; read literally they subtract 100
(or 1 × 100) instead of taking the relative change. The program follows the name («tasa de
variación relativa»): divide, subtract one, multiply by one hundred. Every result is rounded
half up to two decimals.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext
from enum import Enum

from ism_desktop.domain.number_input import FigureInputError, ungrouped
from ism_desktop.domain.paimef.frequency import BiennialYears, Frequency
from ism_desktop.domain.paimef.money import AmountError, parse_amount
from ism_desktop.domain.wording import quoted

_HUNDRED = Decimal(100)
_TWO_PLACES = Decimal("0.01")
_MAX_DIGITS = 15
_MAX_DECIMALS = 6  # counts and percentages: more is a slip, and breaks the arithmetic
# A digit, a comma and three digits (no fourth): how a figure is written with thousands.
_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")


class FormulaKind(Enum):
    """The arithmetic behind an indicator's printed formula."""

    PERCENT = "A / B × 100"
    GROWTH = "((A_t / A_t−1) − 1) × 100"
    INSTITUTIONAL_INDEX = "(C1 + C2 + C3 + C4) / (4 × N)"
    RATIO = "A / B"


# Variables that count people, women, units or services: whole numbers. Amounts, component
# scores and sums of satisfaction scores may carry decimals.
_COUNTED = ("mujeres_", "personas_", "unidades_", "servicios_", "numero_")


@dataclass(frozen=True, slots=True)
class Variable:
    """One variable of a formula: a short name and what it counts."""

    name: str
    description: str

    @property
    def is_amount(self) -> bool:
        """Whether it is resources in pesos (indicators 12 to 15)."""
        return self.name.startswith("recursos_")

    @property
    def counts(self) -> bool:
        """Whether it counts people, women, units or services (a whole number)."""
        return self.name.startswith(_COUNTED)


@dataclass(frozen=True, slots=True)
class Indicator:
    """An indicator of Anexo 5, with its formula as printed and as the program computes it."""

    number: int
    level: str
    name: str
    formula: str
    variables: tuple[Variable, ...]
    unit: str
    frequency: Frequency
    kind: FormulaKind
    biennial: BiennialYears | None = None
    # The first value counts some of the women the second counts (indicators 1 and 9).
    part_of_whole: bool = False

    @property
    def variable_names(self) -> tuple[str, ...]:
        """The names of the variables, in the order the formula takes them."""
        return tuple(item.name for item in self.variables)

    def variable_label(self, index: int) -> str:
        """The ``index``-th value (from 0) as messages name it: ``1, «Mujeres que …»``.

        Named by what it counts: staff never see the variables' short names elsewhere.
        """
        if index < len(self.variables):
            return f"{index + 1}, «{self.variables[index].description}»"
        return f"{index + 1}"

    def takes_amount(self, index: int) -> bool:
        """Whether the ``index``-th value (from 0) is pesos, typed as the Programa Anual's."""
        return index < len(self.variables) and self.variables[index].is_amount

    @property
    def is_percentage(self) -> bool:
        """Whether its unit is «Porcentaje»: its value is then said with «%»."""
        return self.unit == "Porcentaje"

    def value_text(self, value: Decimal) -> str:
        """``value`` as shown: ``30.00%`` for a «Porcentaje», ``3.00`` for another unit."""
        return f"{value:.2f}%" if self.is_percentage else f"{value:.2f}"

    @property
    def frequency_label(self) -> str:
        """The frequency, with the years for a biennial one (``Bienal, años nones``)."""
        if self.biennial is None:
            return str(self.frequency)
        return f"{self.frequency}, {self.biennial}"


class IndicatorInputError(ValueError):
    """Values that do not compute an indicator; the message says why, in Spanish."""


def split_values(text: str) -> list[str]:
    """The values typed in one field: separated by «;», or else by commas; blanks dropped.

    Raises:
        IndicatorInputError: without «;», a comma followed by exactly three digits («12,500»,
            «12,500,», «1,000, 2,000»): thousands or two values are not guessed.
    """
    if ";" not in text and _THOUSANDS.search(text):
        raise IndicatorInputError(
            f"«{text.strip()}» puede leerse como números con comas de miles o como varios "
            "valores: separe los valores con «;» (por ejemplo, 12,500; 800)."
        )
    return [part for part in text.split(";" if ";" in text else ",") if part.strip()]


def parse_variable(text: str, name: str, amount: bool = False) -> Decimal:
    """Read one captured value: a non-negative number with a point for decimals.

    ``amount``: pesos, also read as the Programa Anual reads them («$1,234.50»).
    """
    shown = text.strip()
    if amount and shown.startswith("$"):
        try:
            return parse_amount(shown)
        except AmountError:
            pass  # said below as any figure that is not one: its messages stay as they were
    try:
        # Thousands grouped as in every other figure of the program («1,200»); a decimal
        # comma is refused with the point suggested, never read as ten times the figure.
        shown = ungrouped(shown)
    except FigureInputError as exc:
        raise IndicatorInputError(f"{str(exc).rstrip('.')} (variable {name}).") from None
    try:
        value = Decimal(shown)
    except InvalidOperation:
        raise IndicatorInputError(f"«{shown}» no es un número (variable {name}).") from None
    if not value.is_finite() or not all(char in "0123456789.-" for char in shown):
        raise IndicatorInputError(
            f"«{shown}» no es un número (variable {name}); escriba solo dígitos y punto decimal."
        )
    if shown.startswith("-"):
        raise IndicatorInputError(f"«{shown}»: la variable {name} no puede ser negativa.")
    if len(shown.partition(".")[0].lstrip("0")) > _MAX_DIGITS:
        raise IndicatorInputError(f"«{shown}» es demasiado grande (variable {name}).")
    if len(shown.partition(".")[2]) > _MAX_DECIMALS:
        raise IndicatorInputError(
            f"«{quoted(shown)}» tiene más de {_MAX_DECIMALS} decimales (variable {name})."
        )
    return value


def compute(indicator: Indicator, values: Sequence[Decimal]) -> Decimal:
    """The indicator's value from its variables in order, rounded half up to two decimals."""
    names = indicator.variable_names
    if len(values) != len(names):
        # Said with what each value counts: the variables' short names mean nothing to staff.
        wanted = "; ".join(
            f"{place}) {item.description}" for place, item in enumerate(indicator.variables, 1)
        )
        given = "se dio 1" if len(values) == 1 else f"se dieron {len(values)}"
        raise IndicatorInputError(
            f"el indicador {indicator.number} necesita {len(names)} valores, en este orden: "
            f"{wanted}; y {given}."
        )
    _check_counts(indicator, values)
    with localcontext() as context:
        context.prec = 40
        result = _compute(indicator, list(values))
        try:
            return result.quantize(_TWO_PLACES, rounding="ROUND_HALF_UP")
        except InvalidOperation:  # more digits than the 40 kept: no figure to write
            raise IndicatorInputError(
                f"con esos valores el indicador {indicator.number} da un resultado demasiado "
                "grande; revise las cifras (¿un denominador casi cero?)."
            ) from None


def _compute(indicator: Indicator, values: list[Decimal]) -> Decimal:
    kind = indicator.kind
    if kind is FormulaKind.INSTITUTIONAL_INDEX:
        *components, count = values
        _nonzero(indicator, count, indicator.variables[-1].description)
        return sum(components, Decimal(0)) / (4 * count)
    numerator, denominator = values
    _nonzero(indicator, denominator, indicator.variables[1].description)
    if kind is FormulaKind.PERCENT:
        return numerator / denominator * _HUNDRED
    if kind is FormulaKind.GROWTH:
        return (numerator / denominator - 1) * _HUNDRED
    return numerator / denominator


def _check_counts(indicator: Indicator, values: Sequence[Decimal]) -> None:
    for variable, value in zip(indicator.variables, values, strict=True):
        if variable.counts and value != value.to_integral_value():
            raise IndicatorInputError(
                f"el indicador {indicator.number} cuenta «{variable.description}»: "
                f"«{value}» no es un número entero."
            )
    if indicator.part_of_whole and values[0] > values[1]:
        raise IndicatorInputError(
            f"en el indicador {indicator.number} el primer valor ({values[0]}) no puede ser mayor "
            f"que el segundo ({values[1]}), porque es una parte de él; revise las dos cifras."
        )


def _nonzero(indicator: Indicator, value: Decimal, what: str) -> None:
    if value == 0:
        raise IndicatorInputError(
            f"el indicador {indicator.number} divide entre «{what}», que es cero: "
            "no se puede calcular."
        )
