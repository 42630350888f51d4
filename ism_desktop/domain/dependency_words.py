"""How a unit is told apart where a state's report repeats its code under several dependencies.

The board names a dependency «dependencia 51» beside a unit («003 … (dependencia 51)»), and
«003 de la dependencia 51» in a sentence; every list of findings or deliveries says it alike.
With one dependency (the Institute's own report) nothing is added.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import groupby

from ism_desktop.domain.wording import shortened

NO_DEPENDENCY = "sin dependencia"
# A dependency's code where a window has no room: the report reads any number of digits, and a
# long one («88888888888…») made a line as wide as itself (the report's codes have two).
CODE_ROOM = 12


def dependency_said(entity: str) -> str:
    """«dependencia 51» (to follow a unit's code or name), or «sin dependencia»."""
    return f"dependencia {entity}" if entity else NO_DEPENDENCY


def dependency_order(entity: str) -> tuple[int, str, str]:
    """A sort key that puts dependency 9 before 10, as a report prints them («10» < «9» as text).

    The codes are digits (the report's «DEPENDENCIA / ENTIDAD 30»), compared as numbers by
    their length and digits: ``int()`` refuses more than 4300 of them. «sin dependencia» first.
    """
    if not (entity.isascii() and entity.isdigit()):
        return -1, entity, entity
    number = entity.lstrip("0")
    return len(number), number, entity


def with_dependency(unit: str, entity: str, several: bool) -> str:
    """``unit`` («003 CEDS COORDINACIÓN EJECUTIVA»), then «(dependencia 51)» if ``several``."""
    return f"{unit} ({dependency_said(entity)})" if several else unit


def of_dependency(unit: str, entity: str, several: bool) -> str:
    """``unit`` in a sentence: «003 de la dependencia 51» if ``several``, else «003»."""
    if not several:
        return unit
    return f"{unit} de la dependencia {entity}" if entity else f"{unit} {NO_DEPENDENCY}"


def codes_by_dependency(
    units: Sequence[tuple[str, str]],
    several: bool,
    join: Callable[[list[str]], str] = ", ".join,
    room: int | None = None,
) -> str:
    """(dependency, code) pairs as a sentence names them: «001, 003, 004».

    Among ``several`` dependencies, grouped: «001, 003 de la dependencia 26; 001 de la
    dependencia 39» (the codes repeat, and «001, 003, 001» named one unit twice to the eye).
    ``room``: each dependency's code in at most that many characters («88888888888…»).
    """
    if not several:
        return join([code for _, code in units])
    return "; ".join(
        of_dependency(
            join([code for _, code in group]),
            entity if room is None else shortened(entity, room),
            several,
        )
        for entity, group in groupby(units, key=lambda unit: unit[0])
    )
