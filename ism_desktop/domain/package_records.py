"""Records of packages between PCs: who a database belongs to, what was received, what is asked."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.finding import figure_text


def figure_phrase(text: str) -> str:
    """A figure of a request as people write it: ``1900.00`` and ``2050`` alike, ``1900``.

    The stored target comes with two decimals and the figure asked as it was typed; written
    as they came, a change read «30.00 → 50». Text that is no number is shown as it came.
    """
    try:
        value = Decimal(text)
    except InvalidOperation:
        return text
    return figure_text(value) if value.is_finite() else text


@dataclass(frozen=True, slots=True)
class PcIdentity:
    """A unit's database, or the coordinating unit's (which receives every unit's report)."""

    role: Role
    entity: str
    unit: UnitCode

    def describe(self) -> str:
        """Spanish, e.g. ``la unidad 004`` or ``la unidad coordinadora (002)``."""
        if self.role is Role.COORDINATOR:
            return f"la unidad coordinadora ({self.unit})"
        return f"la unidad {self.unit}"


def unit_database_refusal(identity: PcIdentity | None, what: str) -> str | None:
    """Why ``what`` may not be done on a unit's database, in Spanish; None if it may.

    A database with no recorded identity (a fresh import) may: only a unit's is known not to
    be the coordinator's.
    """
    if identity is None or identity.role is not Role.UNIT:
        return None
    return (
        f"esta base de datos es de la unidad {identity.unit}; solo la unidad coordinadora {what}."
    )


@dataclass(frozen=True, slots=True)
class ReceivedPackage:
    """One applied package; for a unit's report, the warnings it declared and left open."""

    kind: PackageKind
    entity: str
    unit: UnitCode
    year: int
    quarter: Quarter
    sequence: int
    created_at: str
    received_at: str
    file_name: str
    sha256: str
    metas: int = 0
    changed_metas: int = 0
    warnings: int = 0
    unresolved_warnings: int = 0


@dataclass(frozen=True, slots=True)
class TargetChangeRequest:
    """One modified figure a unit wants changed, with its reason as the unit recorded it."""

    year: int
    entity: str
    unit: UnitCode
    meta_id: str
    field: str
    label: str
    current: str
    requested: str
    reason: str
    document: str
    requested_at: str
    sequence: int

    # The row's number, which ``solicitudes aprobar ID`` names (0 before it is stored).
    request_id: int = 0

    def describe(self) -> str:
        """One Spanish line, e.g. ``Modificado T2 (NUM): 15 → 6 (motivo: …)``."""
        reason = self.reason or "sin motivo en el paquete"
        document = f"; documento: {self.document}" if self.document else ""
        change = f"{figure_phrase(self.current)} → {figure_phrase(self.requested)}"
        return f"{self.label}: {change} (motivo: {reason}{document})"
