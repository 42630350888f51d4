"""What the PAIMEF rules report: a finding of one rule, on the programme or on one acción."""

from __future__ import annotations

from dataclasses import dataclass

from ism_desktop.domain.validation.finding import Severity

__all__ = ["PaimefFinding", "Severity"]


@dataclass(frozen=True, slots=True)
class PaimefFinding:
    """One rule broken: its code (with the numeral), severity, acción (or ``""``), message."""

    rule: str
    severity: Severity
    action: str
    field: str
    message: str

    @property
    def is_error(self) -> bool:
        """True when the finding blocks the informe."""
        return self.severity is Severity.ERROR
