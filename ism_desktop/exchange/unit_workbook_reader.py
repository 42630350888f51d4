"""Reading a unit's filled workbook back as if it were its package: same checks, same review.

The workbook is checked as a safe xlsx, its hidden map must name this programme's unit, year,
quarter and metas, the visible descriptions and original targets must be as written, and each
achieved figure must be a figure: every problem is named by sheet and cell.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import shortened
from ism_desktop.exchange.package.manifest import (
    PACKAGE_FORMAT_VERSION,
    PackageManifest,
    PackageRefusedError,
)
from ism_desktop.exchange.package.reader import PackageContents, parse_json
from ism_desktop.exchange.package.workbook_guard import MAX_WORKBOOK_BYTES, check_workbook
from ism_desktop.exchange.report_json import meta_to_json
from ism_desktop.exchange.unit_workbook import narrative_rows, rows_across, series_column
from ism_desktop.exchange.unit_workbook_cells import CellProblems, read_meta
from ism_desktop.exchange.unit_workbook_locked import locked_notes
from ism_desktop.exchange.unit_workbook_map import read_map
from ism_desktop.exchange.unit_workbook_order import older_copy_note, saved_at
from ism_desktop.exchange.unit_workbook_rules import held_to_the_rules, with_warnings
from ism_desktop.platform import describe_os_error, read_at_most
from ism_desktop.store.store import Store


def read_unit_workbook(store: Store, path: Path) -> PackageContents:
    """The filled workbook as a unit's report package (its sequence: the next one).

    Raises:
        PackageRefusedError: not a safe xlsx, not a workbook of this programme, or problems in
            cells (each named by sheet and cell).
    """
    label = path.name
    try:
        raw = read_at_most(path, MAX_WORKBOOK_BYTES)
        raw = raw if len(raw) <= MAX_WORKBOOK_BYTES else b""
    except OSError as exc:
        raise PackageRefusedError(label, f"no se pudo leer: {describe_os_error(exc)}") from exc
    if not raw:
        raise PackageRefusedError(label, "está vacío o es demasiado grande")
    check_workbook(raw, label)
    try:
        book = load_workbook(io.BytesIO(raw))
    # SyntaxError: the XML parsers' errors (ElementTree's ParseError) derive from it.
    except (
        OSError,
        ValueError,
        KeyError,
        TypeError,
        IndexError,
        SyntaxError,
        zipfile.BadZipFile,
    ) as exc:
        # A hostile or damaged file is a refusal, never a crash.
        raise PackageRefusedError(label, "no es un libro de Excel legible") from exc
    header, places = read_map(book, label)
    try:
        year, quarter = int(header["ejercicio"]), Quarter(int(header["trimestre"]))
        entity, unit = str(header["dependencia"]), UnitCode(str(header["unidad"]))
        sheet = book[str(header["hoja"])]
        # The unit's own sheet, with the form's columns (not the map, not another sheet).
        if sheet.title != unit.value and not sheet.title.endswith(f"-{unit.value}"):
            raise ValueError(sheet.title)
        series_column(sheet, "PROGRAMADO ORIGINAL")
        # As many evaluation rows as written: one more read the next meta's heading as text.
        across = rows_across(sheet)
        if any(narrative_rows(across, first) != rows for _id, _top, first, rows in places):
            raise ValueError(sheet.title)
    except (KeyError, ValueError, TypeError) as exc:
        raise PackageRefusedError(label, "la hoja oculta del libro fue modificada") from exc
    programme = {m.stable_id: m for m in store.reports.load_unit_metas(year, entity, unit)}
    if not programme:
        raise PackageRefusedError(
            label, f"esta base de datos no tiene metas de la unidad {unit} en el ejercicio {year}"
        )
    problems = CellProblems(sheet.title)
    metas = []
    notes: list[str] = []
    for meta_id, top, evaluation, rows in places:
        meta = programme.get(meta_id)
        if meta is None:
            raise PackageRefusedError(label, f"la meta {meta_id[:16]} no es del programa {year}")
        read = read_meta(problems, sheet, meta, (top, evaluation, rows), quarter)
        metas.append(read)
        notes += locked_notes(sheet, meta, read, top, quarter)
    _refuse_missing(label, programme, [place[0] for place in places])
    if problems.found:
        more = f" (y {len(problems.found) - 3} más)" if len(problems.found) > 3 else ""
        raise PackageRefusedError(label, "; ".join(problems.found[:3]) + more)
    stored = store.reports.load(year=year)
    at = {meta_id: (top, evaluation) for meta_id, top, evaluation, _rows in places}
    warnings = held_to_the_rules(label, sheet, stored, metas, (quarter, unit), at)
    last = store.received.last(PackageKind.REPORT, entity, unit)
    saved = saved_at(book, raw)
    manifest = PackageManifest(
        format_version=PACKAGE_FORMAT_VERSION,
        program_version="libro de Excel",
        entity=entity,
        unit=unit,
        unit_name=unit.value if stored is None else stored.catalogue.unit_name(entity, unit),
        year=year,
        quarter=quarter,
        # When it was saved, if it says: the next copy received is held to it.
        created_at=(saved or datetime.now().astimezone()).isoformat(timespec="seconds"),
        sequence=1 if last is None else last.sequence + 1,
        files=(),
    )
    previous = store.received.latest_by_unit(PackageKind.REPORT, year, quarter).get((entity, unit))
    older = older_copy_note(saved, manifest, previous)
    data = {"metas": [with_warnings(meta_to_json(meta, quarter), meta, warnings) for meta in metas]}
    # Through JSON text, so figures reach the checks exactly as a package's would.
    parsed = parse_json(json.dumps(data).encode(), label, "libro")
    sha256 = hashlib.sha256(raw).hexdigest()
    return PackageContents(
        source=label,
        sha256=sha256,
        manifest=manifest,
        data=parsed,
        notes=(*([] if older is None else [older]), *_at_most(notes)),
    )


def _at_most(notes: list[str], shown: int = 5) -> tuple[str, ...]:
    """The first notes, then how many more: a whole column typed over is not 40 lines."""
    if len(notes) <= shown + 1:
        return tuple(notes)
    more = len(notes) - shown
    return (
        *notes[:shown],
        f"y {more} celdas bloqueadas más del libro no muestran lo que tiene esta base; "
        "tampoco se toman",
    )


def _refuse_missing(label: str, programme: dict[str, Meta], mapped: list[str]) -> None:
    """Every meta of the unit once: one left out would be received as not reported."""
    named = set(mapped)
    if len(named) != len(mapped):
        raise PackageRefusedError(label, "la hoja oculta del libro fue modificada")
    missing = [meta for meta_id, meta in programme.items() if meta_id not in named]
    if missing:
        raise PackageRefusedError(
            label,
            f"no trae la meta «{shortened(missing[0].description)}» de la unidad (se borró de la "
            "hoja oculta, o la meta se agregó después de hacer el libro); haga un libro nuevo "
            "para la unidad",
        )
