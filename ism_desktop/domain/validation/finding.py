"""What validation reports: a finding of one rule on one figure or text of one meta."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from ism_desktop.domain.fields import (
    evaluation_field,
    figure_field,
    figure_label,
    progress_field,
)
from ism_desktop.domain.quarter import Quarter

# Re-exported: the rules name fields through this module.
__all__ = [
    "Finding",
    "Severity",
    "evaluation_field",
    "figure_field",
    "figure_label",
    "figure_text",
    "percent_text",
    "progress_field",
]


class Severity(StrEnum):
    """An error blocks the export of a package; a warning needs a justification or an ok."""

    ERROR = "error"
    WARNING = "aviso"

    @property
    def label(self) -> str:
        """The Spanish word shown to the user (``error`` or ``aviso``)."""
        return self.value


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule broken by one meta in the quarter being reported."""

    rule: str
    severity: Severity
    meta_id: str
    quarter: Quarter
    field: str
    message: str

    @property
    def is_error(self) -> bool:
        """True when the finding blocks the export."""
        return self.severity is Severity.ERROR


def figure_text(value: Decimal) -> str:
    """A figure as the report's readers write it: ``978``, ``99.44``, ``-3``."""
    if value == value.to_integral_value():
        return str(int(value))
    return f"{value.normalize():f}"


def percent_text(value: Decimal) -> str:
    """A percentage with two decimals, as the printed form writes it: ``40.00%``."""
    return f"{value:.2f}%"
