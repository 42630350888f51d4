"""Building a Programa Anual from plain fields, the same for the JSON and the xlsx reader.

``place(field)`` names where a value came from (a line, a cell); every problem becomes a
``PaimefFormatError`` that says where and why.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from typing import TypeVar

from ism_desktop.domain.limits import field_text_problem
from ism_desktop.domain.paimef.input_parsing import (
    AmountError,
    InputError,
    check_date_years,
    parse_flag,
    parse_iso_date,
    parse_line,
    parse_quantity,
    parse_vertiente,
)
from ism_desktop.domain.paimef.key_dates import KEY_DATES
from ism_desktop.domain.paimef.money import parse_amount
from ism_desktop.domain.paimef.programme import Action, Goal
from ism_desktop.exchange.paimef.errors import PaimefFormatError

Place = Callable[[str], str]
T = TypeVar("T")


def located(place: str, reason: str) -> PaimefFormatError:
    """The error for a value read at ``place``."""
    return PaimefFormatError(f"{place}: {reason}")


def convert(place: str, parse: Callable[[str], T], value: object) -> T:
    """Run one domain parser on the value's text and turn its refusal into a located error."""
    try:
        return parse("" if value is None else str(value))
    except (InputError, AmountError) as exc:
        raise located(place, str(exc)) from None


def text_field(value: object, place: str, *, required: bool) -> str:
    """A text value; ``required`` refuses an empty one."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise located(place, "debe ser un texto.")
    if required and not value.strip():
        raise located(place, "no puede quedar vacío.")
    # What every file the program writes can hold: the xlsx cells refuse control characters
    # (the informe stopped half written) and keep at most 32 767 characters.
    problem = field_text_problem(value.strip())
    if problem is not None:
        raise located(place, f"{problem}.")
    return value.strip()


def _quantity(place: str, value: object) -> int:
    try:
        return parse_quantity(value)
    except InputError as exc:
        raise located(place, str(exc)) from None


def _flag(place: str, value: object) -> bool:
    try:
        return parse_flag(value)
    except InputError as exc:
        raise located(place, str(exc)) from None


def build_action(fields: Mapping[str, object], goals: tuple[Goal, ...], place: Place) -> Action:
    """An acción from its raw fields."""
    vertiente = convert(place("vertiente"), parse_vertiente, fields.get("vertiente"))
    line_text = text_field(fields.get("linea_accion"), place("linea_accion"), required=True)
    line = convert(place("linea_accion"), lambda text: parse_line(text, vertiente), line_text)
    programmed: Decimal = convert(
        place("monto_programado"), parse_amount, fields.get("monto_programado")
    )
    exercised: Decimal = convert(
        place("monto_ejercido"), parse_amount, fields.get("monto_ejercido")
    )
    return Action(
        key=text_field(fields.get("clave"), place("clave"), required=True),
        vertiente=vertiente,
        line=line,
        name=text_field(fields.get("nombre"), place("nombre"), required=True),
        justification=text_field(
            fields.get("justificacion"), place("justificacion"), required=False
        ),
        transversal=_flag(place("transversal"), fields.get("transversal")),
        programmed=programmed,
        exercised=exercised,
        goals=goals,
        evidence=text_field(
            fields.get("material_probatorio"), place("material_probatorio"), required=False
        ),
    )


def build_goal(fields: Mapping[str, object], place: Place) -> Goal:
    """A meta from its raw fields; ``alcanzado`` may be missing (not reported yet)."""
    achieved = fields.get("alcanzado")
    return Goal(
        description=text_field(fields.get("descripcion"), place("descripcion"), required=True),
        unit=text_field(fields.get("unidad"), place("unidad"), required=True).upper(),
        quantity=_quantity(place("cantidad"), fields.get("cantidad")),
        achieved=None if achieved in (None, "") else _quantity(place("alcanzado"), achieved),
    )


def build_date(key: str, value: object, place: str) -> date:
    """One recorded date: a known key and a day that exists."""
    if key not in KEY_DATES:
        raise located(
            place,
            f"«{key}» no es una de las fechas que el programa conoce ({', '.join(KEY_DATES)}).",
        )
    if isinstance(value, date):
        try:
            return check_date_years(value)
        except InputError as exc:
            raise located(place, str(exc)) from None
    return convert(place, parse_iso_date, value)


def check_unique_keys(keys: list[tuple[str, str]]) -> None:
    """Refuse a clave used twice; ``keys`` pairs each clave with where it was read."""
    seen: dict[str, str] = {}
    for key, place in keys:
        if key in seen:
            raise located(
                place, f"la clave {key} ya se usó en {seen[key]}; cada acción lleva la suya."
            )
        seen[key] = place
