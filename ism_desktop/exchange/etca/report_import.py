"""Importing an ETCA-III-04 text file into the store: read, check all, then one transaction."""

from __future__ import annotations

import codecs
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ism_desktop.domain.audit import Author, MetaChange, os_user
from ism_desktop.domain.change_excerpt import SPACES_ONLY, changed_excerpts
from ism_desktop.domain.limits import one_plain_line
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ImportSource
from ism_desktop.domain.wording import count, shortened
from ism_desktop.exchange.etca.errors import EtcaFormatError, ImportWarning
from ism_desktop.exchange.etca.text import EtcaImport, parse_etca_text
from ism_desktop.platform import describe_os_error, read_at_most
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
    changes: tuple[MetaChange, ...] = ()

    def describe(self) -> str:
        """One line in Spanish, e.g. ``56 metas de 8 unidades, ejercicio 2024, trimestre 1``."""
        changes = (
            f"{count(self.inserted, 'nueva', 'nuevas')}, "
            f"{count(self.updated, 'actualizada', 'actualizadas')}"
        )
        if self.updated:
            changed = count(
                len(self.changes), "cifra o texto cambiado", "cifras o textos cambiados"
            )
            changes += f" ({changed})"
        return (
            f"Informe importado: {count(self.metas, 'meta', 'metas')} de "
            f"{count(self.units, 'unidad administrativa', 'unidades administrativas')}, "
            f"ejercicio {self.year}, trimestre {int(self.quarter)} "
            f"({self.quarter.spanish_name.lower()}); {changes}; "
            # The reading's warnings: the report's rules are checked by the validation, not here.
            f"{count(len(self.warnings), 'aviso de lectura', 'avisos de lectura')}."
        )

    def change_lines(self, *, by_name: bool = False) -> list[str]:
        """One Spanish line per field the import changed on a meta that was already stored."""
        return change_lines(self.changes, by_name=by_name)


def change_lines(changes: Sequence[MetaChange], *, by_name: bool = False) -> list[str]:
    """One Spanish line per field an import changes on a meta that was already stored.

    ``by_name``: the meta named by its description (for a person), not its id (for a log).
    """
    lines = []
    for item in changes:
        change = item.change
        meta = f"«{_short(item.description, 50)}»" if by_name else f"Meta {item.meta_id}"
        # A line each: an evaluation's own line breaks (a numbered list) are made spaces, and
        # a change of them alone, which would then read as two equal sides, is said instead.
        plain_old, plain_new = one_plain_line(change.old), one_plain_line(change.new)
        if plain_old == plain_new:
            line = f"  {meta}: {change.label}: {SPACES_ONLY}"
        else:
            old, new = changed_excerpts(plain_old, plain_new)
            line = f"  {meta}: {change.label}: «{old}» → «{new}»"
        if item.shortens_evaluation:
            line += " (ATENCIÓN: la evaluación guardada era más larga; el informe la acorta)"
        lines.append(line)
    return lines


def read_report_text(path: Path) -> tuple[str, str]:
    """The file's text and SHA-256; Windows exports in ANSI are accepted as well as UTF-8."""
    try:
        # At most one byte past the limit, and only from an ordinary file (see read_at_most).
        data = read_at_most(path, _MAX_REPORT_BYTES)
    except FileNotFoundError:
        raise EtcaFormatError(None, f"no existe el archivo «{path}».") from None
    except IsADirectoryError:
        raise EtcaFormatError(None, f"«{path}» es una carpeta, no un archivo.") from None
    except OSError as exc:
        raise EtcaFormatError(
            None, f"no se pudo leer «{path}»: {describe_os_error(exc)}."
        ) from None
    if len(data) > _MAX_REPORT_BYTES:
        raise EtcaFormatError(
            None,
            f"«{path.name}» es demasiado grande para ser un informe "
            f"(más de {_MAX_REPORT_BYTES // (1024 * 1024)} MB).",
        )
    if data.startswith(b"%PDF"):
        raise EtcaFormatError(
            None, f"«{path.name}» es un PDF; se necesita el texto del informe (archivo .txt)."
        )
    text = _decode(data, path.name)
    return text, hashlib.sha256(data).hexdigest()


def _decode(data: bytes, name: str) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Notepad's «Unicode»: readable, so read it rather than call it binary.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise EtcaFormatError(
                None, f"«{name}» está en UTF-16 pero tiene bytes que no lo son."
            ) from None
    if b"\x00" in data:
        raise EtcaFormatError(
            None, f"«{name}» no es un archivo de texto (tiene bytes nulos; ¿UTF-16 sin BOM?)."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _check_last_line(text: str) -> None:
    """Refuse a file whose last line has no line break: it was most likely cut short."""
    body = text.rstrip(" \t")
    # Something that is not a report at all is better told so by the parser.
    if "INFORME DE AVANCE PROGRAM" not in body:
        return
    if body and not body.endswith(("\n", "\r")):
        line = len(body.splitlines())
        raise EtcaFormatError(
            line,
            "el archivo termina a mitad de esta línea, sin salto de línea: parece cortado. Si "
            "el informe está completo, agregue un salto de línea al final y vuelva a importarlo.",
        )


@dataclass(frozen=True)
class LoadedReport:
    """A report read and checked from a file, not yet stored."""

    parsed: EtcaImport
    source: ImportSource


def load_etca_file(path: Path) -> LoadedReport:
    """Read and parse a report file without touching any database."""
    text, digest = read_report_text(path)
    try:
        parsed = parse_etca_text(text)
    except EtcaFormatError:
        # A report cut mid-line fails somewhere in its last meta: say why, not where.
        if "DEPENDENCIA" in text:
            _check_last_line(text)
        raise
    _check_last_line(text)
    return LoadedReport(parsed, ImportSource(name=path.name, sha256=digest))


def store_etca_report(loaded: LoadedReport, repository: ReportRepository) -> ImportSummary:
    """Write a fully read report in one transaction."""
    report = loaded.parsed.report
    result = repository.save(report, loaded.source, Author("Informe oficial importado", os_user()))
    # Counted by the codes' text: two unit codes are equal exactly when their values are.
    units = {(meta.key.entity, meta.key.unit.value) for meta in report.metas}
    return ImportSummary(
        year=report.year,
        quarter=report.quarter,
        metas=len(report.metas),
        units=len(units),
        inserted=result.inserted,
        updated=result.updated,
        warnings=loaded.parsed.warnings,
        changes=result.changes,
    )


def import_etca_file(path: Path, repository: ReportRepository) -> ImportSummary:
    """Parse the whole file first; only a fully read report is written, in one transaction."""
    return store_etca_report(load_etca_file(path), repository)


def _short(text: str, limit: int = 60) -> str:
    return shortened(text, limit)
