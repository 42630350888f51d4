"""The units a dialog offers, each as «004 ISM DIRECCIÓN DE …» (as the configuration names them).

Among several dependencies, each dependency's unit apart: «004 … (dependencia 84)».
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.dependency_words import (
    CODE_ROOM,
    dependency_order,
    with_dependency,
)
from ism_desktop.domain.own_unit import own_unit
from ism_desktop.domain.wording import shortened

if TYPE_CHECKING:
    from ism_desktop.gui.report_session import ReportSession


def unit_choices(
    session: ReportSession, only: UnitCode | None = None
) -> list[tuple[tuple[str, UnitCode], str]]:
    """Every (dependency, unit) with metas in the year (or ``only`` that unit), each labelled.

    Where the year's metas come from several dependencies, one entry per dependency's unit
    («003 CEDS … (dependencia 84)»), in the report's order: by code alone, a state's 477 units
    were 15 entries, each the first dependency's. With one dependency, «004 ISM …» alone.
    """
    report = session.report
    names: dict[tuple[str, UnitCode], str] = {}
    entities: set[str] = set()
    for meta in session.metas():
        key = (meta.key.entity, meta.key.unit)
        entities.add(key[0])
        if key in names or (only is not None and key[1] != only):
            continue
        names[key] = "" if report is None else report.catalogue.unit_name(*key)
    if only is not None:  # a unit's own: the one dependency closing it closes
        own = session.workspace.own_unit  # a unit PC's: the dependency it is known by
        mine = own if own is not None and own[1] == only and own in names else own_unit(names, only)
        names = {mine: names[mine]} if mine is not None else {("", only): ""}
    several = len(entities) > 1
    return [
        (
            key,
            with_dependency(
                f"{key[1]} {name}" if name else key[1].value,
                shortened(key[0], CODE_ROOM),
                several,
            ),
        )
        for key, name in sorted(
            names.items(), key=lambda item: (dependency_order(item[0][0]), item[0][1].value)
        )
    ]
