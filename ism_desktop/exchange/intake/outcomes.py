"""What receiving a file gives: the package checked and planned, and each file's outcome."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ism_desktop.domain.intake import BaseIntake, ObservationIntake, ReportIntake
from ism_desktop.domain.package_author import WORKBOOK, sending_said
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.package_records import ReceivedPackage
from ism_desktop.domain.typed_date import day_first
from ism_desktop.domain.wording import count
from ism_desktop.domain.year_news import Decision
from ism_desktop.exchange.intake.diff import PackageDiff, changed_said
from ism_desktop.exchange.intake.receiver import IntakeOptions
from ism_desktop.exchange.intake.review_errors import errors_said, next_step_said
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
    # Of those left out, a copy of one given before (same sender, quarter and sequence):
    # nothing newer replaces it, and the counts must not say so.
    repeated: bool = False
    # A report received after its quarter's delivery date: that date (said as it is received).
    late_after: date | None = None

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
        changes = changed_said(diff, saved=self.applied)
        # «envío número», as the export and the history name a package's number.
        what = f"{received.kind.label} {received.kind.of_unit(received.unit)}"
        when = f"ejercicio {received.year}, trimestre {int(received.quarter)}"
        said = sending_said(received.sequence, received.file_name)
        if said == WORKBOOK:
            # A filled workbook carries no number: «envío número 1» named a package never sent.
            text = f"{verb} «{name}»: {WORKBOOK} {received.kind.of_unit(received.unit)}, {when}"
        else:
            text = f"{verb} «{name}»: {what}, {when}, {said}"
        text += f"; {changes}"
        text += decided_said(diff.decisions)
        if received.kind is PackageKind.REPORT:
            warnings = count(received.warnings, "aviso", "avisos")
            text += errors_said(*diff.errors)
            text += f"; {warnings}, {received.unresolved_warnings} sin justificar"
        if self.late_after is not None:
            text += f"; llegó después de la fecha de entrega ({day_first(self.late_after)})"
        if received.kind is PackageKind.REPORT:
            step = next_step_said(
                diff.errors[0], received.year, str(received.unit), received.quarter
            )
            return f"{text}.{step}"
        return text + "."


def decided_said(decisions: Sequence[Decision]) -> str:
    """«; su solicitud de cambio de meta fue aprobada», or how many were approved and rejected.

    A unit's PC shows a requested figure at once: an approval changes no meta there, and the
    receipt said only «0 metas cambian».
    """
    # One decision covers the quarter's row and the annual it recalculates: one request.
    requests = {(d.meta_id, d.decided_at, d.approved) for d in decisions}
    approved = sum(1 for _meta, _at, yes in requests if yes)
    rejected = len(requests) - approved
    if len(requests) == 1:
        return f"; su solicitud de cambio de meta fue {'aprobada' if approved else 'rechazada'}"
    said = [
        count(
            number, f"solicitud de cambio de meta {verb}", f"solicitudes de cambio de meta {verb}s"
        )
        for number, verb in ((approved, "aprobada"), (rejected, "rechazada"))
        if number
    ]
    return "".join(f"; {part}" for part in said)


def left_out_counts(results: Sequence[ReceiveOutcome], batch: str = "") -> list[str]:
    """«1 omitido (…)»: the files left out for a newer one, then the repeated copies, apart.

    ``batch``: how the newer one is placed, e.g. « del lote» in the review.
    """
    copies = sum(1 for result in results if result.replaced and result.repeated)
    newer = sum(1 for result in results if result.replaced and not result.repeated)
    parts = []
    if newer:
        why = (
            f"otro más reciente{batch} lo reemplaza"
            if newer == 1
            else f"otros más recientes{batch} los reemplazan"
        )
        parts.append(f"{count(newer, 'omitido', 'omitidos')} ({why})")
    if copies:
        why = (
            "repetido en el lote; se recibe una sola vez"
            if copies == 1
            else "repetidos en el lote; cada paquete se recibe una sola vez"
        )
        parts.append(f"{count(copies, 'omitido', 'omitidos')} ({why})")
    return parts


# Lines shown in the box itself: each wraps in two or three, and at 1366×768 the box must
# still leave room for its details opened below them (sixty lines ran off the screen).
SHOWN_LINES = 6


def batch_message(results: Sequence[ReceiveOutcome]) -> tuple[str, str]:
    """What a batch did, to show: a line of counts, then the files; and the whole list apart.

    The second text is empty when every line fits the first; otherwise the first shows the
    refusals first (what needs doing), as many as fit, and the second has every line.
    """
    saved = sum(1 for result in results if not result.refused)
    failed = sum(1 for result in results if result.failed)
    left_out = len(results) - saved - failed
    parts = []
    if failed:
        parts.append(count(failed, "rechazado", "rechazados"))
    if left_out:
        parts += left_out_counts(results)
    rest = ", ".join(parts)
    if not saved:
        heading = f"Ningún paquete se guardó: {rest}."
    else:
        done = "Se guardó" if saved == 1 else "Se guardaron"
        heading = f"{done} {count(saved, 'paquete', 'paquetes')}" + (f"; {rest}." if rest else ".")
    ordered = [r for r in results if r.failed] + [r for r in results if not r.failed]
    lines = [result.summary() for result in ordered]
    if len(lines) <= SHOWN_LINES:
        return "\n".join([heading, "", *lines]), ""
    more = len(lines) - SHOWN_LINES
    tail = f"Y {more} más: el detalle de cada archivo está en «Mostrar los detalles...»."
    return "\n".join([heading, "", *lines[:SHOWN_LINES], tail]), "\n".join(lines)
