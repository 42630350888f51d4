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
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved, with_evaluation
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.limits import figure_problem
from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.domain.number_input import FigureInputError, NotANumberError, parse_figure
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.validation.engine import validate_report
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.wording import shortened
from ism_desktop.exchange.package.manifest import (
    PACKAGE_FORMAT_VERSION,
    PackageManifest,
    PackageRefusedError,
)
from ism_desktop.exchange.package.reader import PackageContents, parse_json
from ism_desktop.exchange.package.workbook_guard import MAX_WORKBOOK_BYTES, check_workbook
from ism_desktop.exchange.report_json import meta_to_json
from ism_desktop.exchange.unit_workbook import (
    EVALUATION_BELOW,
    FORMAT_VERSION,
    MAP_SHEET,
    NOT_A_WORKBOOK,
    PLACEHOLDER,
    REPORT_WORKBOOK,
    SPLIT_FORMAT_VERSION,
    narrative_rows,
    rows_across,
    series_column,
)
from ism_desktop.exchange.unit_workbook_locked import locked_notes
from ism_desktop.exchange.unit_workbook_order import older_copy_note, saved_at
from ism_desktop.platform import describe_os_error, read_at_most
from ism_desktop.reports.xlsx_summary import SUMMARY_SHEET
from ism_desktop.store.store import Store

_ROWS = (RowKind.MET, RowKind.NUM, RowKind.DEN)
_LAST_ROW = 1_048_576  # Excel's


@dataclass
class _Problems:
    sheet: str
    found: list[str] = field(default_factory=list)

    def add(self, column: int, row: int, text: str) -> None:
        self.found.append(f"Hoja {self.sheet}, celda {chr(64 + column)}{row}: {text}")


def _blank(value: object) -> bool:
    """Whether a cell holds nothing: empty, or spaces only."""
    return value is None or (isinstance(value, str) and not value.strip())


def _figure(problems: _Problems, sheet: Worksheet, column: int, row: int) -> Decimal | None:
    value = sheet.cell(row, column).value
    if _blank(value):
        return None
    if isinstance(value, bool):
        problems.add(column, row, f"«{value}» no es una cifra")
        return None
    if isinstance(value, str) and value.startswith("="):
        problems.add(column, row, f"hay una fórmula («{value[:40]}»); escriba la cifra")
        return None
    if isinstance(value, str):
        try:
            # As the window reads it: a decimal comma is never read as ten times, nor «1.5e3»
            # as 1500, «NaN» or «Infinity» as decimals.
            number = parse_figure(value.strip(), percent=False)
        except NotANumberError as exc:
            problems.add(column, row, f"«{exc.shown}» no es una cifra")
            return None
        except FigureInputError as exc:
            problems.add(column, row, str(exc).rstrip("."))
            return None
        if number is None:
            return None
    elif isinstance(value, int | float):
        number = Decimal(str(value))
    else:  # a date, a time: Excel's, not a figure
        problems.add(column, row, f"«{str(value)[:40]}» no es una cifra")
        return None
    if not number.is_finite():  # a float cell's nan or inf
        problems.add(column, row, f"«{str(value)[:40]}» no es una cifra")
        return None
    # The one bound every entry point shares (domain/limits.py), said in its own words.
    problem = "es negativa" if number < 0 else figure_problem(number)
    if problem:
        problems.add(column, row, f"«{str(value)[:40]}» {problem}")
        return None
    return number


def _map(book: Any, label: str) -> tuple[dict[str, Any], list[tuple[str, int, int, int]]]:
    if MAP_SHEET not in book.sheetnames:
        report = SUMMARY_SHEET in book.sheetnames  # the report's Excel, sent in its place
        raise PackageRefusedError(label, REPORT_WORKBOOK if report else NOT_A_WORKBOOK)
    hidden = book[MAP_SHEET]
    rows = list(hidden.iter_rows(max_row=min(hidden.max_row, 20_000), max_col=4, values_only=True))
    header = {str(row[0]): row[1] for row in rows[:6]}
    if header.get("formato") not in (FORMAT_VERSION, SPLIT_FORMAT_VERSION) or len(rows) < 7:
        raise PackageRefusedError(label, "el libro no es de esta versión de ISM Avance")
    places = []
    for meta_id, top, evaluation, count in rows[7:]:
        # Rows inside the sheet, the meta's three (MET, NUM, DEN) included, and its evaluation
        # right under them and their label: swapped, each meta took another's text. A map
        # written before evaluations continued over rows says nothing of them: one row.
        count = 1 if count is None else count
        inside = all(type(row) is int and 1 <= row <= _LAST_ROW - 2 for row in (top, evaluation))
        if not inside or evaluation != top + EVALUATION_BELOW or not _fits(evaluation, count):
            raise PackageRefusedError(label, "la hoja oculta del libro fue modificada")
        places.append((str(meta_id), top, evaluation, count))
    return header, places


def _fits(evaluation: int, count: object) -> bool:
    """Whether ``count`` evaluation rows from ``evaluation`` are a count inside the sheet."""
    return type(count) is int and 1 <= count <= _LAST_ROW - evaluation + 1


def _check_original(problems: _Problems, sheet: Worksheet, meta: Meta, top: int) -> None:
    """The original targets as written: a unit does not change its programme.

    The modified targets and other quarters' figures (locked cells) are not read: they show
    what this database held when the workbook was made, and may differ since, untouched.
    """
    original = series_column(sheet, "PROGRAMADO ORIGINAL")
    for offset, kind in enumerate(_ROWS):
        row = meta.row(kind)
        if row is None or (kind is RowKind.DEN and meta.kind is MetaKind.ABSOLUTE):
            continue
        if kind is RowKind.MET and meta.kind is MetaKind.PERCENTAGE:
            continue  # a formula of its NUM and DEN, which are checked
        for q in Quarter:
            value = _figure(problems, sheet, original + q.index, top + offset)
            expected = row.value(Series.ORIGINAL, q)
            if value is not None and value != expected:
                problems.add(
                    original + q.index,
                    top + offset,
                    f"lo programado original no cambia (es {expected}, dice {value})",
                )


def _read_meta(
    problems: _Problems,
    sheet: Worksheet,
    meta: Meta,
    place: tuple[int, int, int],
    quarter: Quarter,
) -> Meta:
    top, evaluation_row, evaluation_rows = place
    if sheet.cell(top, 1).value != meta.description:
        problems.add(1, top, f"debe decir «{shortened(meta.description)}»; no cambie las metas")
    _check_original(problems, sheet, meta, top)
    column = series_column(sheet, "REALIZADO") + quarter.index
    num = _figure(problems, sheet, column, top + 1)
    den = None
    if meta.kind is MetaKind.PERCENTAGE:
        den = _figure(problems, sheet, column, top + 2)
        _half_reported(problems, sheet, (column, top), quarter, (num, den))
    parts = []
    # A long evaluation continues in the rows below its first, in order.
    for row in range(evaluation_row, evaluation_row + evaluation_rows):
        text = sheet.cell(row, 1).value
        if isinstance(text, str) and text.startswith("="):
            # Received as its text, it was printed so («="SE REALIZARON "&P11»).
            problems.add(1, row, f"hay una fórmula («{text[:40]}»); escriba el texto")
        elif text is not None:
            parts.append(str(text))
    whole = "".join(parts).strip()
    evaluation = "" if whole == PLACEHOLDER else whole
    return with_evaluation(with_achieved(meta, quarter, num, den), quarter, evaluation)


def _half_reported(
    problems: _Problems,
    sheet: Worksheet,
    place: tuple[int, int],
    quarter: Quarter,
    read: tuple[Decimal | None, Decimal | None],
) -> None:
    """Name the empty one of a tipo P's NUM and DEN cells when the other holds something.

    Both empty is a quarter not reported, which the rules refuse as an export would; one
    alone is a slip in that very cell, and the rules could only name the meta.
    """
    column, top = place
    cells = [(RowKind.NUM, top + 1, read[0]), (RowKind.DEN, top + 2, read[1])]
    blank = [_blank(sheet.cell(row, column).value) for _kind, row, _value in cells]
    if blank[0] == blank[1]:
        return
    (empty, row, _none), (other, other_row, value) = cells if blank[0] else cells[::-1]
    # A figure as read; a cell that is not one is named by its own problem, and quoted here.
    said = value if value is not None else f"«{str(sheet.cell(other_row, column).value)[:40]}»"
    problems.add(
        column,
        row,
        f"falta el realizado {empty.value} de T{int(quarter)} (el {other.value} dice {said}); "
        "si no hubo avance capture 0",
    )


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
    header, places = _map(book, label)
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
    problems = _Problems(sheet.title)
    metas = []
    notes: list[str] = []
    for meta_id, top, evaluation, rows in places:
        meta = programme.get(meta_id)
        if meta is None:
            raise PackageRefusedError(label, f"la meta {meta_id[:16]} no es del programa {year}")
        read = _read_meta(problems, sheet, meta, (top, evaluation, rows), quarter)
        metas.append(read)
        notes += locked_notes(sheet, meta, read, top, quarter)
    _refuse_missing(label, programme, [place[0] for place in places])
    if problems.found:
        more = f" (y {len(problems.found) - 3} más)" if len(problems.found) > 3 else ""
        raise PackageRefusedError(label, "; ".join(problems.found[:3]) + more)
    stored = store.reports.load(year=year)
    warnings = _held_to_the_rules(label, sheet.title, stored, metas, (quarter, unit))
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
    data = {
        "metas": [_with_warnings(meta_to_json(meta, quarter), meta, warnings) for meta in metas]
    }
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


def _held_to_the_rules(
    label: str,
    sheet: str,
    stored: ProgressReport | None,
    metas: list[Meta],
    period: tuple[Quarter, UnitCode],
) -> dict[str, list[Finding]]:
    """Validate the unit's metas as read, as its export would: its warnings, by meta.

    Without the program, a unit's workbook is all the coordinator gets: an error in it would
    otherwise be received and close the unit's quarter with the error inside.

    Raises:
        PackageRefusedError: the workbook has errors (the first three named).
    """
    if stored is None:
        return {}
    quarter, unit = period
    read = {meta.stable_id: meta for meta in metas}
    report = replace(stored, metas=tuple(read.get(m.stable_id, m) for m in stored.metas))
    result = validate_report(report, quarter, unit=unit)
    errors = [
        f"hoja {sheet}, meta «{shortened(item.meta.description)}»: {finding.message.rstrip('.')}"
        for item in result.metas
        for finding in item.findings
        if finding.is_error
    ]
    if errors:
        more = f" (y {len(errors) - 3} más)" if len(errors) > 3 else ""
        raise PackageRefusedError(
            label,
            "tiene errores que impiden recibirlo (como impedirían exportar su paquete): "
            + "; ".join(errors[:3])
            + more,
        )
    return {item.meta.stable_id: list(item.findings) for item in result.metas if item.findings}


def _with_warnings(
    item: dict[str, Any], meta: Meta, warnings: dict[str, list[Finding]]
) -> dict[str, Any]:
    # As a package lists them: the unit without the program justified none.
    item["avisos"] = [
        {"regla": w.rule, "campo": w.field, "mensaje": w.message, "justificacion": None}
        for w in warnings.get(meta.stable_id, ())
    ]
    return item
