"""What the coordinating unit tells a unit about its year: approval, dates, quarters, decisions.

Value types only; the store applies them (``store/year_news.py``) and the packages carry them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.local_time import local_time_text
from ism_desktop.domain.package_records import TargetChangeRequest, figure_phrase
from ism_desktop.domain.quarter import Quarter

APPROVED, REJECTED = "aprobada", "rechazada"
# Who the audit says applied a coordinator's package at a unit (its decisions, its reopenings).
COORDINATOR_PACKAGE = "Unidad coordinadora (paquete)"


@dataclass(frozen=True, slots=True)
class Decision:
    """What was decided on one requested field, by whom, when, with which document or reason."""

    year: int
    entity: str
    unit: UnitCode
    meta_id: str
    field: str
    label: str
    current: str
    requested: str
    request_reason: str
    requested_at: str
    decision: str
    document: str
    reason: str
    decided_by: str
    decided_at: str
    decision_id: int = 0
    # The number of the request it answered, at the coordinating unit; 0 where none is known.
    request_id: int = 0

    @property
    def approved(self) -> bool:
        """Whether the change was authorised."""
        return self.decision == APPROVED

    @classmethod
    def of(
        cls,
        request: TargetChangeRequest,
        decision: str,
        document: str,
        reason: str,
        by: str,
        at: str,
    ) -> Decision:
        """The decision on a pending request."""
        return cls(
            request.year,
            request.entity,
            request.unit,
            request.meta_id,
            request.field,
            request.label,
            request.current,
            request.requested,
            request.reason,
            request.requested_at,
            decision,
            document,
            reason,
            by,
            at,
            request_id=request.request_id,
        )

    def describe(self, annual: Decision | None = None) -> str:
        """One Spanish line for the trail; ``annual``: the row's annual, decided with it."""
        why = f"documento {self.document}" if self.approved else f"motivo: {self.reason}"
        also = (
            ""
            if annual is None
            else f" (anual: {figure_phrase(annual.current)} → {figure_phrase(annual.requested)})"
        )
        return (
            f"{self.label}: {figure_phrase(self.current)} → {figure_phrase(self.requested)}"
            f"{also}, {self.decision} el "
            f"{local_time_text(self.decided_at)} por {self.decided_by} ({why})"
        )


@dataclass(frozen=True, slots=True)
class QuarterState:
    """The coordinator's state of one of the unit's quarters, and since when."""

    closed: bool
    at: str
    reason: str = ""


@dataclass(frozen=True)
class YearNews:
    """Everything a base or observations package says about the year besides its main content."""

    approved_at: str | None = None
    # Every quarter's date when the package carries dates; ``None``: the quarter has none.
    delivery_dates: Mapping[Quarter, str | None] = field(default_factory=dict)
    quarters: Mapping[Quarter, QuarterState] = field(default_factory=dict)
    decisions: tuple[Decision, ...] = ()
    # Why a date received was not taken (due before its quarter ends), one line each.
    unheeded: tuple[str, ...] = ()
