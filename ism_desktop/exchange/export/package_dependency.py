"""Which dependency's unit a unit's package speaks for, where a state's report repeats its code.

A report of several dependencies may hold a 003 under each. The package is one dependency's:
the one named, else this PC's (``pc_unit``: the dependency its identity names, else the
own-unit rule). By the code alone it took the report's first dependency and carried the metas
of every dependency holding the code.
"""

from __future__ import annotations

from dataclasses import replace

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.own_unit import known_dependency, pc_unit
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.report import ProgressReport
from ism_desktop.exchange.package.writer import ExportError, chosen_entity


def package_dependency(
    report: ProgressReport, unit: UnitCode, entity: str | None, identity: PcIdentity | None
) -> str:
    """The dependency of ``unit`` the package is of: ``entity``, else this PC's.

    Raises:
        ExportError: ``entity`` does not hold the unit, or is not the one this PC is known by.
    """
    known = known_dependency(identity, unit)
    pairs = report.units()
    if entity is None:
        key = pc_unit(pairs, unit, known)
        # ``_load`` refused a unit without metas: some dependency holds it.
        assert key is not None
        return key[0]
    chosen = chosen_entity(report, unit, entity)
    if known is not None and chosen != known and (known, unit) in pairs:
        # A unit's PC speaks for its own unit only; the other's metas are not typed here.
        raise ExportError(
            f"esta base de datos es de la unidad {unit} de la dependencia {known}; no puede "
            f"exportar el paquete de la unidad {unit} de la dependencia {entity}. No se "
            "escribió nada."
        )
    assert chosen is not None  # chosen_entity refused a dependency that does not hold it
    return chosen


def of_dependency(report: ProgressReport, unit: UnitCode, entity: str) -> ProgressReport:
    """The report without the metas other dependencies hold under ``unit``'s code."""
    if {key for key in report.units() if key[1] == unit} == {(entity, unit)}:
        return report  # the usual report: one dependency holds the code
    metas = tuple(m for m in report.metas if m.key.unit != unit or m.key.entity == entity)
    return replace(report, metas=metas)
