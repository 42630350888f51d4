"""What the PAIMEF rules report: a finding of one rule, on the programme or on one acción."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ism_desktop.domain.validation.finding import Severity
from ism_desktop.domain.wording import count

__all__ = [
    "PaimefFinding",
    "Severity",
    "findings_count",
    "findings_summary",
    "message_with_remedy",
]


@dataclass(frozen=True, slots=True)
class PaimefFinding:
    """One rule broken: its code (with the numeral), severity, acción (or ``""``), message.

    ``remedy``: what to do about it in the PAIMEF window, said there only. The message is read
    in the command line and the printed informe too, where an order to use a tab is out of place.
    """

    rule: str
    severity: Severity
    action: str
    field: str
    message: str
    remedy: str = ""

    @property
    def is_error(self) -> bool:
        """True when the finding blocks the informe."""
        return self.severity is Severity.ERROR

    @property
    def key(self) -> tuple[str, str, str]:
        """What identifies it from one review to the next (its justification's key)."""
        return (self.rule, self.action, self.field)


def message_with_remedy(finding: PaimefFinding) -> str:
    """The message followed by what to do in the window, as the window says it."""
    return f"{finding.message} {finding.remedy}" if finding.remedy else finding.message


def findings_summary(findings: Sequence[PaimefFinding], open_warnings: int) -> str:
    """The count line above the findings: ``1 error (impide …) y 2 avisos (1 sin justificar).``.

    ``open_warnings``: how many of the avisos have no justification yet (as the main window
    says it: the total alone did not change when one was justified). None is said plainly
    («Sin errores», «sin avisos»): «0 errores (impiden …)» spoke of errors that are not there.
    """
    errors = sum(1 for finding in findings if finding.is_error)
    warnings = len(findings) - errors
    if not errors and not warnings:
        return "Sin errores ni avisos."
    said = count(warnings, "aviso", "avisos")
    if open_warnings:
        said += f" ({open_warnings} sin justificar)"
    elif warnings:
        said += " (justificado)" if warnings == 1 else " (todos justificados)"
    if not errors:
        return f"Sin errores y {said}."
    blocks = "impide" if errors == 1 else "impiden"
    told = f"{count(errors, 'error', 'errores')} ({blocks} entregar el informe)"
    return f"{told} y {said}." if warnings else f"{told}; sin avisos."


def findings_count(findings: Sequence[PaimefFinding]) -> str:
    """The count alone, as the command line says it: ``sin errores, 2 avisos``."""
    errors = sum(1 for finding in findings if finding.is_error)
    warnings = len(findings) - errors
    if not errors and not warnings:
        return "sin errores ni avisos"
    said_errors = count(errors, "error", "errores") if errors else "sin errores"
    said_warnings = count(warnings, "aviso", "avisos") if warnings else "sin avisos"
    return f"{said_errors}, {said_warnings}"
