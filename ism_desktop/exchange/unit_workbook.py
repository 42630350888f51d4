"""The workbook a unit without the program fills, with the quarter's achieved cells open.

It is the report workbook the program writes, post-processed: the unit's sheet is protected
except the achieved NUM and DEN of the quarter and each meta's evaluation, and a very hidden
sheet records which rows hold which meta, so the filled file reads back like a package.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import PatternFill, Protection
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.worksheet import Worksheet

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.dependency_words import CODE_ROOM, dependency_order
from ism_desktop.domain.editing import with_evaluation
from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.domain.own_unit import own_said
from ism_desktop.domain.package_records import unit_database_refusal
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.wording import shortened
from ism_desktop.exchange.package.manifest import dependency_file_part
from ism_desktop.exchange.package.writer import ExportError, chosen_entity, coordinating_key
from ism_desktop.platform import describe_os_error, write_atomically
from ism_desktop.reports.report_layout import EVALUATION_LABEL, layout_report
from ism_desktop.reports.xlsx_report import write_xlsx
from ism_desktop.reports.xlsx_styles import PROGRESS_COLUMN_INDEX
from ism_desktop.store.store import Store

MAP_SHEET = "ismavance"
# Why a workbook without that sheet is refused: any workbook, or the report's own Excel, which
# a unit finds beside its package and may send (or pick) in the package's place.
NOT_A_WORKBOOK = "no es un libro para llenar de ISM Avance"
REPORT_WORKBOOK = (
    "es el informe en Excel (ETCA-III-04) que ISM Avance deja junto al paquete, para consultar "
    "o imprimir; no trae un paquete: reciba el paquete (.ismpaq) que está junto a él (si no lo "
    "tiene, pídalo a la unidad que lo envió)"
)
PLACEHOLDER = "ESCRIBA AQUÍ LA EVALUACIÓN CUALITATIVA DEL TRIMESTRE."
FORMAT_VERSION = 1
# A workbook with an evaluation continued over several rows: its map says how many, and an
# older program, which would read the first row alone, refuses it instead.
SPLIT_FORMAT_VERSION = 2
# A meta's evaluation is written under its MET, NUM and DEN rows and the label's row.
EVALUATION_BELOW = 4
_OPEN = PatternFill("solid", fgColor="FFFFF2CC")


class WorkbookExistsError(ExportError):
    """The workbook is in the folder already; nothing was written."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"ya existe «{path.name}» en «{path.parent}» (¿el libro que la unidad llenó?); no "
            "se escribió nada"
        )
        self.path = path


@dataclass(frozen=True, slots=True)
class MetaCells:
    """Where one meta is on its sheet: its first (MET) row and its evaluation's rows."""

    meta_id: str
    top: int
    evaluation: int
    evaluation_rows: int


def series_column(sheet: Worksheet, title: str) -> int:
    """The first column under a series title of row 5 (``REALIZADO``, ``PROGRAMADO ORIGINAL``)."""
    for cell in sheet[5]:
        if cell.value == title:
            return int(cell.column)
    raise ValueError(f"la hoja {sheet.title} no tiene la columna «{title}»")


def meta_rows(sheet: Worksheet) -> Iterator[tuple[int, int | None]]:
    """Each meta's MET row, with the row of its evaluation text (None when not printed)."""
    last = sheet.max_row
    for row in range(7, last + 1):
        if sheet.cell(row, 5).value == "MET":
            label = sheet.cell(row + 3, 1).value
            yield row, row + EVALUATION_BELOW if label == EVALUATION_LABEL else None


def rows_across(sheet: Worksheet) -> set[int]:
    """The rows merged across the whole sheet: those holding a narrative."""
    return {
        cells.min_row
        for cells in sheet.merged_cells.ranges
        if cells.min_col == 1 and cells.max_col == PROGRESS_COLUMN_INDEX
    }


def narrative_rows(across: set[int], first: int) -> int:
    """How many rows, from ``first`` down, carry one narrative (of ``rows_across``).

    The report continues an evaluation too long for one row in the rows below it.
    """
    count = 1
    while first + count in across:
        count += 1
    return count


def unit_sheet(book: Workbook, unit: UnitCode) -> Worksheet:
    """The unit's sheet of a report workbook."""
    for sheet in book.worksheets:
        if sheet.title == unit.value or sheet.title.endswith(f"-{unit.value}"):
            return sheet
    raise ValueError(f"el libro no tiene la hoja de la unidad {unit}")


def file_name(unit: UnitCode, year: int, quarter: Quarter, entity: str | None = None) -> str:
    """``ETCA-III-04_2024_T2_libro_unidad_004.xlsx``.

    ``entity``: the unit's dependency, named where the report holds several
    (``…_libro_dependencia_84_unidad_003.xlsx``), as a base's file: the two 003s' were one.
    """
    of = "" if entity is None else f"dependencia_{dependency_file_part(entity)}_"
    return f"ETCA-III-04_{year}_T{int(quarter)}_libro_{of}unidad_{unit}.xlsx"


def _with_placeholder(meta: Meta, quarter: Quarter) -> Meta:
    # An empty evaluation prints no rows; the placeholder makes the row to write in.
    return meta if meta.evaluation(quarter) else with_evaluation(meta, quarter, PLACEHOLDER)


def _dependency(report: ProgressReport, unit: UnitCode, entity: str | None) -> str:
    """The dependency of the ``unit`` written: ``entity``, or the only one holding its code.

    Raises:
        ExportError: ``entity`` does not hold it, or none was named and several do.
    """
    if entity is None:
        entities = sorted({m.key.entity for m in report.metas_of(unit)}, key=dependency_order)
        if len(entities) > 1:
            # The workbook is one dependency's sheet, read back by its rows: refused, not guessed.
            raise ExportError(
                f"la unidad {unit} tiene metas en {len(entities)} dependencias del informe "
                f"({', '.join(entities)}), y el libro de Excel se escribe para una sola "
                f"dependencia: diga de cuál con --dependencia (por ejemplo, --dependencia "
                f"{shortened(entities[0], CODE_ROOM)}). No se escribió nada."
            )
    chosen = chosen_entity(report, unit, entity)
    assert chosen is not None  # the unit has metas: some dependency holds it
    return chosen


def _open(sheet: Worksheet, row: int, column: int) -> None:
    cell = sheet.cell(row, column)
    cell.protection = Protection(locked=False)
    cell.fill = _OPEN


def write_unit_workbook(
    store: Store,
    unit: UnitCode,
    quarter: Quarter,
    out_dir: Path,
    *,
    year: int | None = None,
    now: datetime | None = None,
    replacing: bool = False,
    entity: str | None = None,
) -> Path:
    """Write the unit's workbook to fill for the quarter; its path.

    A workbook of that name already in the folder may be the one the unit filled and sent
    back: it is replaced only with ``replacing``. ``entity``: the unit's dependency, needed
    only where several hold its code.

    Raises:
        WorkbookExistsError: the workbook is there already (and ``replacing`` is false).
        ExportError: no programme, no metas for the unit, the unit is the coordinator itself,
            or the folder cannot be written.
    """
    refusal = unit_database_refusal(
        store.identity.get(), "escribe el libro de Excel de una unidad sin el programa"
    )
    if refusal is not None:
        raise ExportError(f"{refusal} No se escribió nada.")
    report = store.reports.load(year=year, quarter=quarter)
    if report is None or not report.metas_of(unit):
        raise ExportError(
            f"la unidad {unit} no tiene metas en el ejercicio {year or ''}.".replace(" .", ".")
        )
    entity = _dependency(report, unit, entity)
    # Of several dependencies' 002, only the coordinator's own (own_unit): another's is a unit.
    if (entity, unit) == coordinating_key(store, report.year):
        # Its filled workbook would be refused on receipt.
        said = own_said(report.units(), (entity, unit))  # which 002, where several hold one
        raise ExportError(
            f"la unidad {said} es esta unidad coordinadora: sus metas se capturan en esta base "
            "de datos, y un libro suyo se rechazaría al recibirlo. No se escribió nada."
        )
    several = len(report.entities_in_order()) > 1
    path = out_dir / file_name(unit, report.year, quarter, entity if several else None)
    if path.exists() and not replacing:  # asked before the workbook is made, not after
        raise WorkbookExistsError(path)
    metas = tuple(
        _with_placeholder(m, quarter) if (m.key.entity, m.key.unit) == (entity, unit) else m
        for m in report.metas
    )
    layout = layout_report(replace(report, metas=metas), quarter, unit, now, entity)
    buffer = io.BytesIO()
    write_xlsx(layout, buffer)
    book = load_workbook(io.BytesIO(buffer.getvalue()))
    sheet = unit_sheet(book, unit)
    achieved = series_column(sheet, "REALIZADO") + quarter.index
    cells = []
    across = rows_across(sheet)
    for (top, evaluation), entry in zip(meta_rows(sheet), layout.entries(), strict=True):
        # The placeholder gave every meta its evaluation rows, and the rows follow the layout.
        assert evaluation is not None
        assert sheet.cell(top, 1).value == entry.meta.description
        _open(sheet, top + 1, achieved)
        if entry.meta.kind is MetaKind.PERCENTAGE:
            _open(sheet, top + 2, achieved)
        rows = narrative_rows(across, evaluation)
        for below in range(evaluation, evaluation + rows):
            _open(sheet, below, 1)
        cells.append(MetaCells(entry.meta.stable_id, top, evaluation, rows))
    for other in book.worksheets:
        other.protection.sheet = True
    hidden = book.create_sheet(MAP_SHEET)
    split = any(item.evaluation_rows > 1 for item in cells)
    for row in (
        ("formato", SPLIT_FORMAT_VERSION if split else FORMAT_VERSION),
        ("ejercicio", report.year),
        ("trimestre", int(quarter)),
        ("dependencia", entity),
        ("unidad", unit.value),
        ("hoja", sheet.title),
    ):
        hidden.append(row)
    hidden.append(("id_meta", "fila", "fila_evaluacion", "filas_evaluacion"))
    for item in cells:
        hidden.append((item.meta_id, item.top, item.evaluation, item.evaluation_rows))
    hidden.sheet_state = "veryHidden"
    hidden.protection.sheet = True
    book.security = WorkbookProtection(lockStructure=True)
    book.active = book.worksheets.index(sheet)
    result = io.BytesIO()
    book.save(result)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        write_atomically(path, result.getvalue())
    except OSError as exc:
        raise ExportError(f"no se pudo escribir «{path}»: {describe_os_error(exc)}.") from exc
    return path
