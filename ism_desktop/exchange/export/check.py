"""What the export asks of validation: the errors that block it, the warnings that travel.

The export depends on this small shape rather than on the validation engine itself, so that
it can be tested with a fake and the engine can grow without touching the package format.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport


@dataclass(frozen=True, slots=True)
class CheckedJustification:
    """The unit's answer to a warning: a reason, or an «enterado» (empty text)."""

    text: str
    author: str
    at: str
    # The messages of the warnings it answered; None when not known (written before they were).
    answered: tuple[str, ...] | None = None

    @property
    def acknowledged_only(self) -> bool:
        """True for an «enterado» without a written reason."""
        return not self.text


@dataclass(frozen=True, slots=True)
class CheckedFinding:
    """One finding of validation on one meta, with the unit's justification if it gave one."""

    meta_id: str
    meta_description: str
    rule: str
    field: str
    message: str
    justification: CheckedJustification | None = None

    def describe(self) -> str:
        """One line for the user: the meta's description (shortened) and the message."""
        name = self.meta_description
        if len(name) > 60:
            name = name[:59].rstrip() + "…"
        return f"{name}: {self.message}"


@dataclass(frozen=True, slots=True)
class ExportCheck:
    """The outcome of validating one unit's metas for one quarter."""

    errors: tuple[CheckedFinding, ...] = ()
    warnings: tuple[CheckedFinding, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def has_errors(self) -> bool:
        """True when the export must be refused."""
        return bool(self.errors)

    def warnings_of(self, meta_id: str) -> tuple[CheckedFinding, ...]:
        """The warnings of one meta."""
        return tuple(item for item in self.warnings if item.meta_id == meta_id)


Validator = Callable[[ProgressReport, Quarter, UnitCode], ExportCheck]
