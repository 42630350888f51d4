"""An ETCA-III-04 progress report: its period, its catalogue and its metas in report order."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ism_desktop.domain.codes import (
    Activity,
    ActivityCode,
    Entity,
    Programme,
    ProgrammeCode,
    Unit,
    UnitCode,
)
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter

DEFAULT_ENTITY = Entity(code="30", name="INSTITUTO SONORENSE DE LAS MUJERES")


@dataclass(frozen=True)
class Catalogue:
    """The names of the units, programmes and activity codes the metas refer to."""

    entities: Mapping[str, Entity] = field(default_factory=dict)
    units: Mapping[tuple[str, UnitCode], Unit] = field(default_factory=dict)
    programmes: Mapping[tuple[str, ProgrammeCode], Programme] = field(default_factory=dict)
    activities: Mapping[tuple[str, ActivityCode], Activity] = field(default_factory=dict)

    def unit_name(self, entity: str, code: UnitCode) -> str:
        """The unit's printed name, or its code alone when unknown."""
        unit = self.units.get((entity, code))
        return unit.name if unit else code.value

    def programme_name(self, entity: str, code: ProgrammeCode) -> str:
        """The programme's printed name, or its code alone when unknown."""
        programme = self.programmes.get((entity, code))
        return programme.name if programme else code.value

    def activity_name(self, entity: str, code: ActivityCode) -> str:
        """The activity's printed name, or its code alone when unknown."""
        activity = self.activities.get((entity, code))
        return activity.name if activity else code.value


@dataclass(frozen=True)
class ProgressReport:
    """One report: a year, the quarter being reported, and the metas in report order."""

    year: int
    quarter: Quarter
    metas: tuple[Meta, ...]
    catalogue: Catalogue = field(default_factory=Catalogue)
    entity: Entity = DEFAULT_ENTITY
    printed_at: str | None = None

    def units_in_order(self) -> tuple[UnitCode, ...]:
        """The units that have metas, in report order."""
        seen: dict[UnitCode, None] = {}
        for meta in self.metas:
            seen.setdefault(meta.key.unit, None)
        return tuple(seen)

    def entities_in_order(self) -> tuple[str, ...]:
        """The dependencies (entity codes) that have metas, in report order."""
        return tuple(dict.fromkeys(meta.key.entity for meta in self.metas))

    def metas_of(self, unit: UnitCode, entity: str | None = None) -> tuple[Meta, ...]:
        """The metas of one unit (of dependency ``entity``, or of any), in report order."""
        return tuple(
            meta
            for meta in self.metas
            if meta.key.unit == unit and entity in (None, meta.key.entity)
        )

    def units(self) -> set[tuple[str, UnitCode]]:
        """Every (dependency, unit) with metas."""
        return {(meta.key.entity, meta.key.unit) for meta in self.metas}

    def meta_by_id(self, stable_id: str) -> Meta | None:
        """The meta with this stable identity, if the report has it."""
        return next((meta for meta in self.metas if meta.stable_id == stable_id), None)


@dataclass(frozen=True, slots=True)
class ImportSource:
    """Where an imported report came from, kept in the import log."""

    name: str
    sha256: str


def whole_words(report: ProgressReport | None) -> str:
    """The whole report named: «Instituto (consolidado)», or «60 dependencias» for several.

    A state report's dependencies were called the Institute, as if they were one.
    """
    several = 0 if report is None else len(report.entities_in_order())
    return f"{several} dependencias" if several > 1 else "Instituto (consolidado)"
