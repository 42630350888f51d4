"""The warning of programme bases sent while quarters the official report brought are open.

A base carries what a unit delivered only for the quarters closed here (``base.py``). A quarter
the imported official report brought, still open, goes out empty: the unit must type it again,
or its next quarter's export is refused for the figures missing from it. Said before the
bases are written, where they can still wait for the quarter to be closed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.dependency_words import CODE_ROOM, codes_by_dependency, dependency_order
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.wording import REOPEN_MENU, spoken_list, units_said
from ism_desktop.store.store import Store

# A state's 476 units named one by one made a box of 3,979 characters, taller than the screen:
# past a dozen, the first few and how many more (the closing dialog offers each one).
_NAMED_IN_FULL = 12
_NAMED_FIRST = 6


def _open_reported(store: Store, year: int) -> Callable[[tuple[str, UnitCode]], tuple[int, ...]]:
    """For a (dependency, unit), the quarters the official report brought that are open here.

    Read once for all: asked per unit, a state's 476 bases made about 3,800 queries.
    """
    reported = [q for q in Quarter if store.reports.official_report_through(year, q)]
    closed = store.closures.states(year)
    return lambda key: tuple(int(q) for q in reported if not closed.get((*key, q), False))


def _units_said(keys: list[tuple[str, str]], several: bool) -> str:
    """«la unidad 004», «las unidades 001 y 003»; by dependency among ``several``."""
    if not several:
        return units_said([code for _entity, code in keys])
    ordered = sorted(keys, key=lambda key: (dependency_order(key[0]), key[1]))  # grouped
    if len(ordered) > _NAMED_IN_FULL:
        first = codes_by_dependency(ordered[:_NAMED_FIRST], True, room=CODE_ROOM)
        return f"las unidades {first} y {len(ordered) - _NAMED_FIRST} más"
    which = "la unidad" if len(keys) == 1 else "las unidades"
    return f"{which} {codes_by_dependency(ordered, True, spoken_list, CODE_ROOM)}"


def bases_open_warning(
    store: Store,
    report: ProgressReport,
    units: Iterable[tuple[str, UnitCode]],
    *,
    in_window: bool,
) -> str | None:
    """What the bases of ``units`` (dependency, code) lack for reported quarters left open.

    None when they lack nothing. Units sharing the same open quarters are named together, so
    the bases of every unit make one short sentence; among several dependencies, each one's
    units apart («003 y 004 de la dependencia 51; 003 de la dependencia 84»). Said before they
    are written: in the window, closed first and then sent; on the command line, which writes
    them anyway, closed and exported again.
    """
    by_quarters: dict[tuple[int, ...], list[tuple[str, str]]] = {}
    open_of = _open_reported(store, report.year)
    for entity, unit in units:
        if quarters := open_of((entity, unit)):
            by_quarters.setdefault(quarters, []).append((entity, unit.value))
    if not by_quarters:
        return None
    several_dependencies = len(report.entities_in_order()) > 1
    named = sum(len(keys) for keys in by_quarters.values())
    several = any(len(quarters) > 1 for quarters in by_quarters)
    parts = []
    for quarters, keys in by_quarters.items():
        which = (
            f"el trimestre {quarters[0]}"
            if len(quarters) == 1
            else f"los trimestres {spoken_list(quarters)}"
        )
        whose = f"de {_units_said(keys, several_dependencies)}"
        is_open = "está abierto" if len(quarters) == 1 else "están abiertos"
        parts.append(f"{which} {whose} {is_open} aquí")
    close = "ciérrelos" if several else "ciérrelo"
    if named == 1:
        lacks = (
            "su programa base no lleva lo que la unidad entregó en el informe oficial, y la "
            "unidad tendrá que capturarlo. Si ya lo entregó"
        )
        again = "el programa base"
    else:
        lacks = (
            "sus programas base no llevan lo que las unidades entregaron en el informe oficial, "
            "y cada unidad tendrá que capturarlo. Si ya lo entregaron"
        )
        again = "los programas base"
    then = (
        f"{close} antes ({REOPEN_MENU}) y envíe después {again}"
        if in_window
        else f"{close} («trimestre cerrar») y exporte de nuevo {again}"
    )
    return f"{'; '.join(parts)}: {lacks}, {then}."
