"""Importing an ETCA-III-04 text file into the store: read, check all, then one transaction."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ImportSource
from ism_desktop.exchange.etca.errors import EtcaFormatError, ImportWarning
from ism_desktop.exchange.etca.text import EtcaImport, parse_etca_text
from ism_desktop.store.report_repository import ReportRepository

_MAX_REPORT_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class ImportSummary:
    """What an import brought in, for a one-line message."""

    year: int
    quarter: Quarter
    metas: int
    units: int
    inserted: int
    updated: int
    warnings: tuple[ImportWarning, ...]

    def describe(self) -> str:
        """One line in Spanish, e.g. ``56 metas de 8 unidades, ejercicio 2024, trimestre 1``."""
        changes = f"{self.inserted} nuevas, {self.updated} actualizadas"
        return (
            f"Informe importado: {self.metas} metas de {self.units} unidades administrativas, "
            f"ejercicio {self.year}, trimestre {int(self.quarter)} "
            f"({self.quarter.spanish_name.lower()}); {changes}; {len(self.warnings)} avisos."
        )


def read_report_text(path: Path) -> tuple[str, str]:
    """The file's text and SHA-256; Windows exports in ANSI are accepted as well as UTF-8."""
    try:
        size = path.stat().st_size
        if size > _MAX_REPORT_BYTES:
            raise EtcaFormatError(None, f"«{path.name}» es demasiado grande para ser un informe.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise EtcaFormatError(None, f"no existe el archivo «{path}».") from None
    except IsADirectoryError:
        raise EtcaFormatError(None, f"«{path}» es una carpeta, no un archivo.") from None
    except OSError as exc:
        raise EtcaFormatError(None, f"no se pudo leer «{path}»: {exc.strerror}.") from None
    if data.startswith(b"%PDF"):
        raise EtcaFormatError(
            None, f"«{path.name}» es un PDF; se necesita el texto del informe (archivo .txt)."
        )
    if b"\x00" in data:
        raise EtcaFormatError(None, f"«{path.name}» no es un archivo de texto.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text, hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class LoadedReport:
    """A report read and checked from a file, not yet stored."""

    parsed: EtcaImport
    source: ImportSource


def load_etca_file(path: Path) -> LoadedReport:
    """Read and parse a report file without touching any database."""
    text, digest = read_report_text(path)
    return LoadedReport(parse_etca_text(text), ImportSource(name=path.name, sha256=digest))


def store_etca_report(loaded: LoadedReport, repository: ReportRepository) -> ImportSummary:
    """Write a fully read report in one transaction."""
    report = loaded.parsed.report
    result = repository.save(report, loaded.source)
    units = {(meta.key.entity, meta.key.unit) for meta in report.metas}
    return ImportSummary(
        year=report.year,
        quarter=report.quarter,
        metas=len(report.metas),
        units=len(units),
        inserted=result.inserted,
        updated=result.updated,
        warnings=loaded.parsed.warnings,
    )


def import_etca_file(path: Path, repository: ReportRepository) -> ImportSummary:
    """Parse the whole file first; only a fully read report is written, in one transaction."""
    return store_etca_report(load_etca_file(path), repository)
