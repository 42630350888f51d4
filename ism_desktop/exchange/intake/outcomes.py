"""What receiving a file gives: the package checked and planned, and each file's outcome."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ism_desktop.domain.intake import BaseIntake, ObservationIntake, ReportIntake
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.package_records import ReceivedPackage
from ism_desktop.domain.wording import count
from ism_desktop.exchange.intake.diff import PackageDiff
from ism_desktop.exchange.intake.receiver import IntakeOptions
from ism_desktop.exchange.package.manifest import PackageManifest, file_label
from ism_desktop.exchange.package.reader import PackageContents

Intake = ReportIntake | BaseIntake | ObservationIntake


@dataclass(frozen=True)
class IncomingPackage:
    """A package that passed every check, with what applying it would change."""

    path: Path
    contents: PackageContents
    diff: PackageDiff
    intake: Intake
    options: IntakeOptions

    @property
    def manifest(self) -> PackageManifest:
        """The package's manifest."""
        return self.contents.manifest

    @property
    def received(self) -> ReceivedPackage:
        """The log entry applying it will write (with its counts of findings)."""
        return self.intake.received


@dataclass(frozen=True)
class ReceiveOutcome:
    """What happened to one file: checked (and applied unless a dry run), or refused."""

    path: Path
    incoming: IncomingPackage | None = None
    applied: bool = False
    error: str | None = None
    # Left out for a newer package of the same quarter in the batch: not received, and not
    # an error (``error`` says which one takes its place).
    replaced: bool = False

    @property
    def refused(self) -> bool:
        """True when the package was not taken (failed, or left out): nothing of it written."""
        return self.error is not None

    @property
    def failed(self) -> bool:
        """True when the package was refused for a reason of its own (not left out)."""
        return self.refused and not self.replaced

    def summary(self) -> str:
        """One Spanish line for the file."""
        if self.incoming is None:
            return f"{'Se omite' if self.replaced else 'Rechazado'} {self.error}."
        received, diff = self.incoming.received, self.incoming.diff
        verb = "Recibido" if self.applied else "Por recibir (nada guardado aún)"
        name = file_label(self.path)
        text = (
            f"{verb} «{name}»: {received.kind.label} {received.kind.of_unit(received.unit)}, "
            f"ejercicio {received.year}, trimestre {int(received.quarter)}, secuencia "
            f"{received.sequence}; {count(diff.changed_metas, 'meta cambia', 'metas cambian')}"
        )
        if received.kind is PackageKind.REPORT:
            warnings = count(received.warnings, "aviso", "avisos")
            text += f"; {warnings}, {received.unresolved_warnings} sin justificar"
        return text + "."
