"""A unit's package for the coordinating unit: one zip with manifest, data, PDF and workbook.

The export is refused while validation finds errors. The zip is assembled in memory and written
under its final name only when complete, so the coordinating unit never receives half a package.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ism_desktop import __version__
from ism_desktop.domain.audit import Author, os_user
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.report_through import report_through
from ism_desktop.domain.wording import count, reopen_hint, shortened
from ism_desktop.exchange.export.check import CheckedFinding, ExportCheck, Validator
from ism_desktop.exchange.export.export_steps import ExportSteps
from ism_desktop.exchange.export.package_dependency import of_dependency, package_dependency
from ism_desktop.exchange.export.reopened_before import refuse_held_back
from ism_desktop.exchange.export.report_data import package_data
from ism_desktop.exchange.package.manifest import (
    DATA_NAME,
    MANIFEST_NAME,
    PACKAGE_FORMAT_VERSION,
    PDF_NAME,
    XLSX_NAME,
    PackageFile,
    PackageManifest,
    package_file_name,
    sha256_hex,
)
from ism_desktop.exchange.package.size_caps import Oversize, oversize
from ism_desktop.exchange.package.writer import (
    ExportError,
    coordinating_unit,
    ready_destination,
    zip_bytes,
)
from ism_desktop.exchange.package.zip_guard import megabytes
from ism_desktop.exchange.reopen_travel import reopen_trail
from ism_desktop.platform import describe_os_error, write_atomically
from ism_desktop.reports.pdf_report import write_pdf
from ism_desktop.reports.report_layout import layout_report
from ism_desktop.reports.xlsx_report import write_xlsx
from ism_desktop.store.closure_repository import CLOSE, ClosureEvent
from ism_desktop.store.database import StoreError
from ism_desktop.store.store import Store


def errors_refusal(
    errors: int, year: int, unit: UnitCode, quarter: Quarter, *, closed: bool
) -> str:
    """Why a package with errors is not written: the window's words and the command's.

    Closed by hand, its figures take no correction until it is reopened: «corríjalos» alone
    left the person before cells that take nothing. The window and the command said it in
    two wordings; this is the one.
    """
    found = count(errors, "error", "errores")
    # Named: with a later year's programme in, the command's default year is that one.
    checked = f"la validación del trimestre {int(quarter)} de {year} encontró {found}"
    if not closed:
        return f"{checked}; {'corríjalo' if errors == 1 else 'corríjalos'} y vuelva a exportar."
    reopen = reopen_hint(year, str(unit), [int(quarter)], "reábralo")
    return (
        f"{checked} y el trimestre está cerrado (sus cifras son de solo lectura): {reopen}, "
        f"corrija {'el error' if errors == 1 else 'los errores'} y vuelva a exportar."
    )


class ExportRefusedError(ExportError):
    """Validation found errors: no package until they are corrected."""

    def __init__(
        self,
        errors: Sequence[CheckedFinding],
        year: int,
        unit: UnitCode,
        quarter: Quarter,
        *,
        closed: bool = False,
    ) -> None:
        self.errors = tuple(errors)
        self.said = errors_refusal(len(self.errors), year, unit, quarter, closed=closed)
        super().__init__(f"no se exporta el paquete: {self.said}")


class PackageTooBigError(ExportError):
    """The package would be larger than the coordinating unit accepts: nothing was written."""

    def __init__(self, said: str) -> None:
        # The reason alone, for the window to lead with its own words; the command's, whole.
        self.said = said
        super().__init__(f"no se exporta el paquete: {said}")


@dataclass(frozen=True)
class ExportedPackage:
    """A written package: where it is, what its manifest says, and what validation noted."""

    path: Path
    manifest: PackageManifest
    check: ExportCheck
    # Metas whose later quarters (typed after this one was reopened) stayed out of the package.
    later_left_out: int = 0

    @property
    def later_note(self) -> str | None:
        """Spanish: what stayed out of a reopened quarter's package, if anything did."""
        if not self.later_left_out:
            return None
        metas = count(self.later_left_out, "meta", "metas")
        return (
            f"Las cifras y evaluaciones de trimestres posteriores no van en este paquete ({metas}"
            "): se envían con el paquete de su trimestre."
        )


def _load(store: Store, unit: UnitCode, quarter: Quarter, year: int | None) -> ProgressReport:
    report = store.reports.load(year=year, quarter=quarter)
    if report is None:
        where = "" if year is None else f" del ejercicio {year}"
        raise ExportError(f"la base de datos no tiene ningún informe{where}.")
    if not report.metas_of(unit):
        units = ", ".join(code.value for code in report.units_in_order())
        raise ExportError(
            f"la unidad administrativa {unit} no tiene metas en el ejercicio {report.year} "
            f"(unidades con metas: {units})."
        )
    return report


def _history_bytes(meta: Mapping[str, Any]) -> int:
    return len(json.dumps(meta["historial"], ensure_ascii=False).encode())


def _too_big(found: Oversize, data: Mapping[str, Any]) -> str:
    """Spanish: what is too big, why (the data is mostly history), and what to do."""
    said = f"{found.describe('la unidad coordinadora')}."
    metas = data["metas"]
    if found.name == DATA_NAME and metas:
        heaviest = max(metas, key=_history_bytes)
        history = sum(_history_bytes(meta) for meta in metas)
        said += (
            f" De ellos, unos {megabytes(history)} son el historial de cambios de las metas "
            f"(sobre todo el de «{shortened(heaviest['descripcion'])}»): cada guardado "
            "automático de una evaluación lleva el texto completo de antes y el de después."
        )
    return (
        f"{said} No se escribió ningún paquete y el trimestre sigue abierto; comuníquese con la "
        "unidad coordinadora para acordar cómo entregar este trimestre."
    )


def _refuse_own(store: Store, unit: UnitCode) -> None:
    """Refuse the coordinating unit's own package: it has no one to go to.

    Its metas are typed in this database, and the coordinating unit refuses a package of its
    own unit; written, it closed the quarter and used a number for nothing.
    """
    if unit != coordinating_unit(store):
        return
    raise ExportError(
        f"la unidad {unit} es la unidad coordinadora: sus metas ya están en esta base de datos "
        "y su paquete no se envía (la unidad coordinadora no recibe uno de sí misma). Para "
        "entregar su trimestre, ciérrelo (Año → Cerrar o reabrir un trimestre…; en la línea de "
        "comandos, «trimestre cerrar») e imprima su informe (Archivo → Exportar informe en PDF "
        "y Excel…; en la línea de comandos, «report»). No se escribió nada."
    )


def export_package(
    store: Store,
    unit: UnitCode,
    quarter: Quarter,
    out_dir: Path,
    *,
    validate: Validator,
    year: int | None = None,
    now: datetime | None = None,
    entity: str | None = None,
    steps: ExportSteps | None = None,
) -> ExportedPackage:
    """Validate, then write ``out_dir/ETCA-III-04_<año>_T<n>_unidad_<u>.zip``.

    ``entity``: the unit's dependency where several hold its code; by default this PC's.
    ``steps``: told of each page and sheet; what they raise stops the export, nothing written.

    Raises:
        ExportRefusedError: validation found errors (listed in the exception).
        HeldBackError: an earlier quarter was reopened since its package went out.
        ExportError: no report, no metas for the unit, or the folder cannot be written.
    """
    identity = store.identity.get()
    if identity is not None and identity.role is Role.UNIT and identity.unit != unit:
        # A unit's PC only speaks for its own unit.
        raise ExportError(
            f"esta base de datos es de la unidad {identity.unit}; no puede exportar el paquete "
            f"de la unidad {unit}."
        )
    if identity is not None and identity.role is Role.COORDINATOR and identity.unit != unit:
        # Sending it would close the unit's quarter here and use a number, so the unit's own
        # package would then be refused: a unit's package comes only from the unit's PC.
        raise ExportError(
            f"esta base de datos es de la unidad coordinadora ({identity.unit}); el paquete de la "
            f"unidad {unit} lo exporta esa unidad en su computadora y aquí se recibe (Recibir "
            "paquetes; en la línea de comandos, «import-package»). Para una unidad sin el "
            "programa, escriba su libro de Excel (Libro de Excel para una unidad; «libro»); su "
            "programa base se envía con Enviar programa base («export-base»). No se escribió "
            "nada."
        )
    if identity is None or identity.role is Role.COORDINATOR:
        _refuse_own(store, unit)
    # Taken before the figures are read: whatever is audited after it was not in this package.
    audit_mark = store.packages.audit_mark()
    justification_mark = store.packages.justification_mark()
    report = _load(store, unit, quarter, year)
    entity = package_dependency(report, unit, entity, identity)
    # One dependency's unit: the checks, the documents and the data see its metas alone.
    report = of_dependency(report, unit, entity)
    # Before the review: the earlier quarter's package goes first, whatever this one holds.
    refuse_held_back(store, report.year, entity, unit, quarter)
    check = validate(report, quarter, unit)
    if check.has_errors:
        closed = store.closures.is_closed(report.year, entity, unit, quarter)
        raise ExportRefusedError(check.errors, report.year, unit, quarter, closed=closed)
    # A reopened quarter may be sent after later ones were typed: those are not this package's.
    typed = report.metas_of(unit)
    report = report_through(report, quarter)
    later = sum(1 for old, new in zip(typed, report.metas_of(unit), strict=True) if old is not new)
    created = (now or datetime.now()).astimezone()
    layout = layout_report(report, quarter, unit, created)
    steps = steps or ExportSteps()
    steps.checkpoint()  # stopped while the metas were checked and laid out (seconds at scale)
    pdf, xlsx = io.BytesIO(), io.BytesIO()
    write_pdf(layout, pdf, steps.on_page)
    write_xlsx(layout, xlsx, steps.on_sheet)
    data = package_data(report, unit, quarter, store.edits, check)
    trail = reopen_trail(store, report.year, unit, quarter, entity)
    if trail:
        data["reaperturas"] = trail
    members = [
        (DATA_NAME, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()),
        (PDF_NAME, pdf.getvalue()),
        (XLSX_NAME, xlsx.getvalue()),
    ]
    # Before a number is reserved or a file written: a package refused for its size could
    # never be delivered, and exporting again would only make it larger.
    too_big = oversize(members)
    if too_big is not None:
        raise PackageTooBigError(_too_big(too_big, data))
    created_text = created.isoformat(timespec="seconds")
    path = out_dir / package_file_name(unit, report.year, quarter)
    # The last point to stop at: past it a number is taken, the file written and recorded.
    steps.checkpoint()
    ready_destination(out_dir, path)
    reservation = store.packages.reserve(entity, unit, report.year, quarter, created_text)
    manifest = PackageManifest(
        format_version=PACKAGE_FORMAT_VERSION,
        program_version=__version__,
        entity=entity,
        unit=unit,
        unit_name=report.catalogue.unit_name(entity, unit),
        year=report.year,
        quarter=quarter,
        created_at=created_text,
        sequence=reservation.sequence,
        files=tuple(PackageFile.of(name, content) for name, content in members),
    )
    archive = zip_bytes([(MANIFEST_NAME, manifest.to_bytes()), *members], created)
    try:
        write_atomically(path, archive)
    except OSError as exc:
        raise ExportError(f"no se pudo escribir «{path}»: {describe_os_error(exc)}.") from exc
    # What was sent is final: the quarter closes until someone reopens it with a reason.
    author = Author(f"Paquete exportado, envío número {reservation.sequence}", os_user())
    try:
        # The file recorded and the quarter closed together, or neither.
        with store.one_transaction():
            store.packages.complete(
                reservation, path.name, sha256_hex(archive), audit_mark, justification_mark
            )
            store.closures.set_state(
                ClosureEvent(report.year, entity, unit, quarter, CLOSE, "", author, created_text)
            )
    except StoreError as exc:
        # A package the database does not know must not go out: it could never be sent
        # again under its number, and the quarter would stay open to change what it says.
        path.unlink(missing_ok=True)
        raise ExportError(
            f"no se pudo registrar el paquete en la base de datos ({str(exc).rstrip('.')}); "
            "no se dejó el paquete en la carpeta y el trimestre sigue abierto. Vuelva a "
            "exportarlo."
        ) from exc
    return ExportedPackage(path=path, manifest=manifest, check=check, later_left_out=later)


def write_documents_beside(package: Path) -> tuple[Path, Path]:
    """Write ``<package>.pdf`` and ``<package>.xlsx`` from the package just exported."""
    targets = (package.with_suffix(".pdf"), package.with_suffix(".xlsx"))
    with zipfile.ZipFile(package) as archive:
        for member, target in zip((PDF_NAME, XLSX_NAME), targets, strict=True):
            write_atomically(target, archive.read(member))
    return targets
