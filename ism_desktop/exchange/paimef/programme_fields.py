"""Building a Programa Anual from plain fields, the same for the JSON and the xlsx reader.

``place(field)`` names where a value came from (a line, a cell); every problem becomes a
``PaimefFormatError`` that says where and why.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TypeVar

from ism_desktop.domain.limits import field_text_problem
from ism_desktop.domain.look_alike import fold_widths, key_problem
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
from ism_desktop.domain.paimef.vertientes import Vertiente
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


@dataclass(frozen=True)
class RefusedValue:
    """A value a reader refuses before any field reads it (a formula cell); ``reason`` says why."""

    reason: str


def attempt(problems: list[str], read: Callable[[], T]) -> T | None:
    """What ``read`` gives, or ``None`` with its refusal added to ``problems``."""
    try:
        return read()
    except PaimefFormatError as exc:
        problems.extend(exc.problems)
        return None


def _field_reader(
    fields: Mapping[str, object], place: Place, problems: list[str]
) -> Callable[[str, Callable[[object, str], T], T], T]:
    """Reads one field with ``parse(value, place)``; a refusal goes to ``problems``.

    A refused field gives ``stand_in``: the other fields are still read, so a row with three
    problems names all three; the caller gives nothing back when ``problems`` grew.
    """

    def read(field: str, parse: Callable[[object, str], T], stand_in: T) -> T:
        value = fields.get(field)
        if isinstance(value, RefusedValue):
            problems.append(f"{place(field)}: {value.reason}")
            return stand_in
        try:
            return parse(value, place(field))
        except PaimefFormatError as exc:
            problems.extend(exc.problems)
            return stand_in

    return read


def _required_text(value: object, place: str) -> str:
    return text_field(value, place, required=True)


def _key(value: object, place: str) -> str:
    """A clave as its letters read: fullwidth ones as ASCII, a look-alike or unseen one refused."""
    # «A\u200b.1» or «А.1» (Cyrillic) is another clave that reads «A.1»: two acciones A.1 on
    # screen and in the informe, and a justification of «A.1» reaching one of them.
    text = fold_widths(text_field(value, place, required=True))
    problem = key_problem(text)
    if problem is not None:
        raise located(place, problem)
    return text


def _optional_text(value: object, place: str) -> str:
    return text_field(value, place, required=False)


def _amount(value: object, place: str) -> Decimal:
    return convert(place, parse_amount, value)


def _vertiente(value: object, place: str) -> Vertiente:
    return convert(place, parse_vertiente, value)


def _quantity(value: object, place: str) -> int:
    try:
        return parse_quantity(value)
    except InputError as exc:
        raise located(place, str(exc)) from None


def _flag(value: object, place: str) -> bool:
    try:
        return parse_flag(value)
    except InputError as exc:
        raise located(place, str(exc)) from None


def build_action(
    fields: Mapping[str, object], goals: tuple[Goal, ...], place: Place, problems: list[str]
) -> Action | None:
    """An acción from its raw fields; ``None`` when a field is refused (each in ``problems``)."""
    said = len(problems)
    read = _field_reader(fields, place, problems)
    vertiente = read("vertiente", _vertiente, Vertiente.A)
    vertiente_read = len(problems) == said
    line = read("linea_accion", _required_text, "")
    if vertiente_read and line:
        # Which vertiente the line belongs to is known only once the vertiente is.
        line = read("linea_accion", lambda text, at: _line(text, at, vertiente), "")
    action = Action(
        vertiente=vertiente,
        line=line,
        programmed=read("monto_programado", _amount, Decimal(0)),
        exercised=read("monto_ejercido", _amount, Decimal(0)),
        key=read("clave", _key, ""),
        name=read("nombre", _required_text, ""),
        justification=read("justificacion", _optional_text, ""),
        transversal=read("transversal", _flag, False),
        goals=goals,
        evidence=read("material_probatorio", _optional_text, ""),
    )
    return action if len(problems) == said else None


def _line(value: object, place: str, vertiente: Vertiente) -> str:
    return convert(place, lambda text: parse_line(text, vertiente), value)


def build_goal(fields: Mapping[str, object], place: Place, problems: list[str]) -> Goal | None:
    """A meta from its raw fields; ``alcanzado`` may be missing (not reported yet).

    ``None`` when a field is refused (each in ``problems``).
    """
    said = len(problems)
    read = _field_reader(fields, place, problems)
    goal = Goal(
        description=read("descripcion", _required_text, ""),
        unit=read("unidad", _required_text, "").upper(),
        quantity=read("cantidad", _quantity, 0),
        achieved=(
            None if fields.get("alcanzado") in (None, "") else read("alcanzado", _quantity, None)
        ),
    )
    return goal if len(problems) == said else None


def build_date(
    key: str, value: object, place: str, parse: Callable[[str], date] = parse_iso_date
) -> date:
    """One recorded date: a known key and a day that exists.

    ``parse`` reads a date written as text: a file the program writes carries AAAA-MM-DD; a
    workbook cell holds what a person typed, read as the window reads it.
    """
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
    return convert(place, parse, value)


def duplicate_keys(keys: list[tuple[str, str]]) -> list[str]:
    """Each clave used again; ``keys`` pairs each clave with where it was read."""
    seen: dict[str, str] = {}
    problems = []
    for key, place in keys:
        if key in seen:
            problems.append(
                f"{place}: la clave {key} ya se usó en {seen[key]}; cada acción lleva la suya."
            )
        else:
            seen[key] = place
    return problems


def check_unique_keys(keys: list[tuple[str, str]]) -> None:
    """Refuse a clave used twice; ``keys`` pairs each clave with where it was read."""
    problems = duplicate_keys(keys)
    if problems:
        raise PaimefFormatError(problems[0])
