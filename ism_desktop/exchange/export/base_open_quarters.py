"""The warning of programme bases sent while quarters the official report brought are open.

A base carries what a unit delivered only for the quarters closed here (``base.py``). A quarter
the imported official report brought, still open, goes out empty: the unit must type it again,
or its next quarter's export is refused for the figures missing from it. Said before the
bases are written, where they can still wait for the quarter to be closed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.dependency_words import CODE_ROOM, codes_by_dependency, dependency_order
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.wording import REOPEN_MENU, spoken_list, units_said
from ism_desktop.store.store import Store


def _open_reported(store: Store, year: int, entity: str, unit: UnitCode) -> tuple[int, ...]:
    """The quarters the official report brought that are open here for the unit."""
    return tuple(
        int(quarter)
        for quarter in Quarter
        if store.reports.official_report_through(year, quarter)
        and not store.closures.is_closed(year, entity, unit, quarter)
    )


def bases_open_warning(
    store: Store,
    report: ProgressReport,
    units: Sequence[tuple[str, UnitCode]],
    *,
    in_window: bool,
) -> str | None:
    """What the bases of ``units`` (dependency, code) would lack for open reported quarters.

    None if nothing. Asked before writing them. ``in_window``: the window's menu path, else the
    command. Among several dependencies each unit is named with its own.
    """
    by_dependency = len(report.entities_in_order()) > 1
    return _said(store, report.year, units, by_dependency, in_window=in_window)


def _whose(units: Sequence[tuple[str, UnitCode]], by_dependency: bool) -> str:
    """«la unidad 004», or «las unidades 003 y 004 de la dependencia 51; 003 de la … 84»."""
    if not by_dependency:
        return units_said([code for _entity, code in units])
    ordered = sorted(units, key=lambda unit: dependency_order(unit[0]))  # stable: codes kept
    pairs = [(entity, code.value) for entity, code in ordered]
    said = codes_by_dependency(pairs, True, spoken_list, CODE_ROOM)
    return f"la unidad {said}" if len(units) == 1 else f"las unidades {said}"


def _said(
    store: Store,
    year: int,
    units: Iterable[tuple[str, UnitCode]],
    by_dependency: bool,
    *,
    in_window: bool,
) -> str | None:
    """What the bases of ``units`` lack for quarters of the official report left open; or None.

    Units sharing the same open quarters are named together, so the bases of every unit make
    one short sentence. Said before they are written: in the window, closed first and then
    sent; on the command line, which writes them anyway, closed and exported again.
    """
    by_quarters: dict[tuple[int, ...], list[tuple[str, UnitCode]]] = {}
    for entity, unit in units:
        if quarters := _open_reported(store, year, entity, unit):
            by_quarters.setdefault(quarters, []).append((entity, unit))
    if not by_quarters:
        return None
    named = sum(len(codes) for codes in by_quarters.values())
    several = any(len(quarters) > 1 for quarters in by_quarters)
    parts = []
    for quarters, codes in by_quarters.items():
        which = (
            f"el trimestre {quarters[0]}"
            if len(quarters) == 1
            else f"los trimestres {spoken_list(quarters)}"
        )
        whose = f"de {_whose(codes, by_dependency)}"
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
