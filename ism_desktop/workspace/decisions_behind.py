"""Decisions of an earlier year that no package carried to their unit yet.

A decision on a unit's target-change request travels only in a programa base or observations
package of its own year. Approved in 2024, then 2025 created and its bases sent, the decision
never reached the unit, and nothing said so: the coordinator is told where it moves on.
"""

from __future__ import annotations

from dataclasses import dataclass

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.dependency_words import dependency_order, of_dependency
from ism_desktop.domain.wording import count, spoken_list
from ism_desktop.workspace.opening import Store

# Where the window sends them: the earlier year chosen, then its observations package.
IN_WINDOW = (
    "elija ese ejercicio en Archivo → Configuración de esta computadora… y use Coordinación → "
    "Enviar observaciones a una unidad…"
)


@dataclass(frozen=True)
class LeftBehind:
    """An earlier year, and per unit the metas decided on that no package of it carried."""

    year: int
    # By (dependency, unit): the 003 of one dependency is not another's.
    units: dict[tuple[str, UnitCode], int]

    def said(self, how: str) -> str:
        """«decisiones de 2024 … aún: unidad 004 (1 meta). Solo las lleva …: ``how``».

        Among several dependencies each unit says its own: «003 de la dependencia 51 (1 meta)».
        """
        several = len({entity for entity, _ in self.units}) > 1
        order = sorted(self.units.items(), key=lambda item: (dependency_order(item[0][0]), item))
        units = [
            f"{of_dependency(unit.value, entity, several)} ({count(n, 'meta', 'metas')})"
            for (entity, unit), n in order
        ]
        who = "unidad" if len(units) == 1 else "unidades"
        return (
            f"decisiones de {self.year} sobre solicitudes de cambio de meta que ningún paquete "
            f"llevó aún: {who} {spoken_list(units)}. Solo las lleva un paquete de {self.year}: "
            f"{how}"
        )


def left_behind(store: Store, year: int) -> list[LeftBehind]:
    """The years before ``year`` with decisions still to send, oldest first (empty: none)."""
    found = [
        LeftBehind(y, store.decisions.unsent_by_dependency(y))
        for y in store.decisions.years_before(year)
    ]
    return [item for item in found if item.units]


def on_command_line(item: LeftBehind) -> str:
    """The command that sends them (one unit named; several: once per unit)."""
    units = sorted({unit for _entity, unit in item.units})
    unit = units[0].value if len(units) == 1 else "CLAVE (una vez por unidad)"
    return f"ism-desktop export-observations --ejercicio {item.year} --trimestre 4 --unidad {unit}"


def left_behind_said(store: Store, year: int, *, command_line: bool = False) -> list[str]:
    """One sentence per earlier year with decisions to send, starting lower case.

    Each ends in the window's menu paths, or with ``command_line`` in the command to run.
    """
    return [
        item.said(on_command_line(item) if command_line else IN_WINDOW)
        for item in left_behind(store, year)
    ]
