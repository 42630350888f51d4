"""What a use case changed: the records the workspace returns, and its refusals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from ism_desktop.domain.audit import FieldChange, TargetInput
from ism_desktop.domain.dependency_words import of_dependency
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.observation import Observation
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.domain.wording import REOPEN_MENU, shortened, spoken_list

if TYPE_CHECKING:
    from pathlib import Path

    from ism_desktop.exchange.etca.report_import import ImportSummary, LoadedReport
    from ism_desktop.exchange.intake.packages import ReceiveOutcome
    from ism_desktop.store.backup_catalogue import BackupInfo


class WorkspaceError(Exception):
    """A use case refused or failed; nothing changed. The message is for the user (Spanish)."""


class WriteFailedError(WorkspaceError):
    """The database could not write an edit (busy, full disk, read-only); nothing changed.

    What was typed is still good: it is kept, to be saved once the database can.
    """


def closed_quarter_refusal(meta: Meta, labels: Sequence[str], quarters: Sequence[int]) -> str:
    """What an edit of ``meta`` refused for its closed ``quarters`` says: once, what and why.

    Named as the form's title names the meta: the store's own words («no se guardó nada: meta
    «…» (56190ba4…)») came after «No se guardó el cambio:», «no se guardó» twice and an id.
    """
    what = spoken_list([label[:1].lower() + label[1:] for label in labels]) if labels else ""
    unit = meta.key.unit
    one = len(quarters) <= 1
    # None found: reopened again since the refusal, so which one it was is no longer known.
    which = f" {quarters[0]}" if quarters else ""
    closed = (
        f"el trimestre{which} de la unidad {unit} está cerrado"
        if one
        else f"los trimestres {spoken_list(quarters)} de la unidad {unit} están cerrados"
    )
    it = "lo" if one else "los"
    return (
        f"No se guardó el cambio de la meta «{shortened(meta.description)}»"
        f"{f' en {what}' if what else ''}: {closed}. Reábra{it} con un motivo ({REOPEN_MENU}) "
        f"o pida a la unidad coordinadora que {it} reabra."
    )


class PermissionRefusedError(WorkspaceError):
    """This PC may not change what was asked (another unit's meta, say)."""


class TargetChangeRefusedError(WorkspaceError):
    """A modified-target change refused for what one input holds (``at_fault``); nothing written.

    The input is named apart from the message, for the form to point at it.
    """

    def __init__(self, message: str, at_fault: TargetInput) -> None:
        super().__init__(message)
        self.at_fault = at_fault


class QuarterClosedRefusedError(WorkspaceError):
    """A change to a quarter this PC's unit closed (its package was sent).

    Said for the window, which reopens it from a menu; ``command_line`` says it for a shell.
    """

    def __init__(self, unit: str, year: int, quarter: int, entity: str | None = None) -> None:
        """``entity``: the unit's dependency, given where several dependencies hold its code."""
        self.unit, self.year, self.quarter, self.entity = unit, year, quarter, entity
        super().__init__(f"{self._closed()} ({REOPEN_MENU}).")

    def _closed(self) -> str:
        unit = of_dependency(self.unit, self.entity or "", self.entity is not None)
        return (
            f"El trimestre {self.quarter} de la unidad {unit} está cerrado. Reábralo con un "
            "motivo para cambiarlo"
        )

    def command_line(self, database: Path | None) -> str:
        """The refusal with the command that reopens the quarter, in ``database`` if named.

        The year and the database are named: left out, the command reopened the quarter of
        the last year imported, in the default database.
        """
        db = "" if database is None else f'--db "{database}" '
        # Without it, «trimestre reabrir» refuses a code several dependencies hold.
        of = "" if self.entity is None else f' --dependencia "{self.entity}"'
        return (
            f"{self._closed()}: ism-desktop trimestre reabrir {db}--ejercicio {self.year} "
            f'--unidad {self.unit}{of} --trimestre {self.quarter} --motivo "…"'
        )


class UndoRefusedError(WorkspaceError):
    """The field no longer holds what the step wrote: undoing it would overwrite someone else."""


class MetaState(StrEnum):
    """How a meta stands after validation: an error, or a warning nobody has justified."""

    ERROR = "error"
    WARNING = "aviso"


@dataclass(frozen=True, slots=True)
class MetaChanges:
    """One meta written: each field with its value before and after, and its findings now."""

    meta: Meta
    fields: tuple[FieldChange, ...]
    findings: tuple[Finding, ...]
    # Figures that followed from ``fields`` (the MET row, the annuals), for saying them.
    derived: tuple[FieldChange, ...] = ()
    # An undo or redo of a modified-target request: withdrawn from the next package, or in it
    # again. Said with the figures: they alone did not tell what happened to the request.
    request: bool = False

    @property
    def stable_id(self) -> str:
        """The meta that changed."""
        return self.meta.stable_id

    @property
    def changed(self) -> bool:
        """False when the edit wrote nothing (the meta already held those values)."""
        return bool(self.fields)


@dataclass(frozen=True, slots=True)
class JustificationChanges:
    """A warning's justification stored, or removed (``justification`` is then ``None``)."""

    key: JustificationKey
    justification: Justification | None
    removed: bool = False
    still_flagged: bool = True
    # The same answer was stored already: nothing was written (its author and time stay).
    unchanged: bool = False


@dataclass(frozen=True, slots=True)
class ObservationChanges:
    """An observation the coordinator stored (with its number) on a unit's meta."""

    observation: Observation
    meta: Meta


@dataclass(frozen=True)
class ImportChanges:
    """An official report stored; the copy made first (``None``: there was nothing to keep)."""

    summary: ImportSummary
    backup: BackupInfo | None


@dataclass(frozen=True)
class ReportPreview:
    """A report read and not stored; what it would overwrite, a line per field (may be none)."""

    loaded: LoadedReport
    overwritten: tuple[str, ...]


@dataclass(frozen=True)
class PackagesChanges:
    """Packages applied (or refused, each on its own); the copy made before the first one."""

    outcomes: tuple[ReceiveOutcome, ...]
    backup: BackupInfo | None

    @property
    def applied(self) -> int:
        """How many packages were written."""
        return sum(1 for outcome in self.outcomes if outcome.applied)


@dataclass(frozen=True)
class RestoreChanges:
    """A copy put back; the copy of the data it replaced (``None``: there were none)."""

    restored: BackupInfo
    safety: BackupInfo | None
