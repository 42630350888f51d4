"""Small value types for the codes of the official catalogue, so they cannot be mixed up."""

from __future__ import annotations

import re
from dataclasses import dataclass

# The unit's code lives in its own module (the window's frame needs it alone); named here too,
# with the catalogue's other codes.
from ism_desktop.domain.unit_code import COORDINATING_UNIT_CODE as COORDINATING_UNIT_CODE
from ism_desktop.domain.unit_code import UnitCode as UnitCode

_PROGRAMME_RE = re.compile(r"[A-Z][0-9]{3}[A-Z][0-9]{2}")
_ACTIVITY_RE = re.compile(r"[0-9]{3}")


@dataclass(frozen=True, slots=True, order=True)
class ProgrammeCode:
    """Budget programme code (``E306E05``)."""

    value: str

    def __post_init__(self) -> None:
        if not _PROGRAMME_RE.fullmatch(self.value):
            raise ValueError(f"Clave de programa presupuestario inválida: «{self.value}»")

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True, order=True)
class ActivityCode:
    """Three-digit activity (process) code (``664``)."""

    value: str

    def __post_init__(self) -> None:
        if not _ACTIVITY_RE.fullmatch(self.value):
            raise ValueError(f"Clave de proceso inválida: «{self.value}»")

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Unit:
    """An administrative unit with the name the report prints."""

    entity: str
    code: UnitCode
    name: str

    @property
    def is_coordinating(self) -> bool:
        """True for 002, the unit that consolidates everybody's report."""
        return self.code.value == COORDINATING_UNIT_CODE


@dataclass(frozen=True, slots=True)
class Programme:
    """A budget programme with its printed name."""

    entity: str
    code: ProgrammeCode
    name: str


@dataclass(frozen=True, slots=True)
class Activity:
    """An activity (process) code with its printed name."""

    entity: str
    code: ActivityCode
    name: str


@dataclass(frozen=True, slots=True)
class Entity:
    """The reporting dependency or entity (``30 INSTITUTO SONORENSE DE LAS MUJERES``)."""

    code: str
    name: str
