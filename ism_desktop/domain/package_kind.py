"""The kinds of package that travel between a unit's PC and the coordinating unit's."""

from __future__ import annotations

from enum import StrEnum


class PackageKind(StrEnum):
    """A unit's report goes up; the programme base and the observations come back down."""

    REPORT = "informe"
    BASE = "base"
    OBSERVATIONS = "observaciones"

    @property
    def label(self) -> str:
        """Spanish name, e.g. ``paquete de informe``."""
        return _LABELS[self]

    @property
    def goes_to_coordinator(self) -> bool:
        """True for the unit's report, which only the coordinating unit receives."""
        return self is PackageKind.REPORT

    def of_unit(self, unit: object) -> str:
        """``de la unidad 004`` for what a unit sends, ``para la unidad 004`` for what it gets."""
        return f"{'de' if self.goes_to_coordinator else 'para'} la unidad {unit}"


_LABELS = {
    PackageKind.REPORT: "paquete de informe",
    PackageKind.BASE: "programa base",
    PackageKind.OBSERVATIONS: "paquete de observaciones",
}
