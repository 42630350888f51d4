"""Who this PC is: one administrative unit, or the coordinating unit; and what it reports."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.unit_code import COORDINATING_UNIT_CODE, UnitCode

if TYPE_CHECKING:
    # Only a type here: the window's frame reads the profile before any meta is loaded.
    from ism_desktop.domain.meta import Meta


class Role(StrEnum):
    """A unit edits its own metas; the coordinator sees every unit's and edits its own."""

    UNIT = "unidad"
    COORDINATOR = "coordinadora"


@dataclass(frozen=True, slots=True)
class PcProfile:
    """The PC's identity and the period being reported."""

    role: Role
    unit: UnitCode
    year: int
    quarter: Quarter

    @classmethod
    def coordinator(cls, year: int, quarter: Quarter) -> PcProfile:
        """The coordinating unit's profile (002)."""
        return cls(Role.COORDINATOR, UnitCode(COORDINATING_UNIT_CODE), year, quarter)

    def sees(self, meta: Meta) -> bool:
        """Whether the meta is shown on this PC."""
        return self.role is Role.COORDINATOR or meta.key.unit == self.unit

    def edits(self, meta: Meta) -> bool:
        """Whether this PC may change the meta (always its own unit's only)."""
        return meta.key.unit == self.unit

    def describe(self) -> str:
        """Short Spanish description, e.g. ``Unidad 004`` or ``Unidad coordinadora (002)``."""
        if self.role is Role.COORDINATOR:
            return f"Unidad coordinadora ({self.unit})"
        return f"Unidad {self.unit}"
