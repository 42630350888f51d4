"""Reading a filled programme template: every problem named by sheet and cell, or the metas."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ism_desktop.domain.codes import ActivityCode, ProgrammeCode, UnitCode
from ism_desktop.domain.limits import (
    MAX_DESCRIPTION_CHARS,
    MAX_MEASURE_CHARS,
    field_text_problem,
    figure_problem,
)
from ism_desktop.domain.look_alike import description_problem
from ism_desktop.domain.meta import MetaKey, MetaKind, normalize_text
from ism_desktop.domain.number_input import FigureInputError, NotANumberError, parse_figure
from ism_desktop.domain.typed_yes_no import read_yes_no
from ism_desktop.domain.wording import count, quoted, shortened
from ism_desktop.domain.year_programme import MetaDraft
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.exchange.package.workbook_guard import MAX_WORKBOOK_BYTES, check_workbook
from ism_desktop.exchange.programme_template import (
    COL_ACTIVITY,
    COL_ANNUAL,
    COL_CUMULATIVE,
    COL_DESCRIPTION,
    COL_ID,
    COL_KIND,
    COL_PROGRAMME,
    COL_Q1,
    COL_ROW,
    COL_UOM,
    FIRST_ROW,
    HEADER_ROW,
    LISTS_SHEET,
    YEAR_CELL,
    header_misfits,
)
from ism_desktop.exchange.programme_template_contents import (
    KindEdit,
    TemplateContents,
    TemplateMeta,
    TemplateProblem,
)
from ism_desktop.platform import read_at_most
from ism_desktop.store.errors import describe_os_error

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

MAX_ROWS = 5000
# Said once, with a sheet's first header problem, when its columns moved.
ROWS_WAIT = "; las filas de esta hoja se revisan cuando el encabezado esté como en la plantilla"


# Any other text of a row (a code, the kind, VAL. ACUM.): far more than any needs.
MAX_NAME_CHARS = 400


class TemplateError(Exception):
    """The workbook has problems; ``problems`` names each by sheet and cell (Spanish)."""

    def __init__(self, problems: Sequence[str], message: str | None = None) -> None:
        """``message``: a refusal of the whole workbook, said alone (``problems`` empty)."""
        self.problems = tuple(problems)
        problems_found = count(len(self.problems), "problema", "problemas")
        super().__init__(message or f"la plantilla tiene {problems_found}; no se guardó nada.")


def cell_name(column: int, row: int) -> str:
    """``F12`` for column 6, row 12."""
    return f"{chr(64 + column)}{row}"


@dataclass
class _Reader:
    """Collects problems while reading one sheet."""

    sheet: Worksheet
    problems: list[TemplateProblem] = field(default_factory=list)
    # Every ID the sheet mentions, whole meta or not: a meta with a missing row is not missing.
    ids: set[str] = field(default_factory=set)
    # The figure cells named as unreadable, read as 0 in their place.
    unread: set[str] = field(default_factory=set)
    kind_edits: list[KindEdit] = field(default_factory=list)
    first_rows: dict[tuple[str, str], list[int]] = field(default_factory=dict)

    def problem(self, column: int, row: int, text: str) -> None:
        self.said_at(cell_name(column, row), text)

    def said_at(self, cell: str, text: str) -> None:
        """A problem at ``cell`` of the sheet (its name said first, as every problem's)."""
        title = self.sheet.title
        self.problems.append(TemplateProblem(title, cell, f"Hoja {title}, celda {cell}: {text}"))

    def kind_misfit(self, row: int, known: Any, typed: MetaKind) -> None:
        """The problem just named follows from the type typed at ``row`` (an edit, perhaps)."""
        if known not in (None, ""):
            edit = KindEdit(self.sheet.title, row, str(known), typed, self.problems[-1])
            self.kind_edits.append(edit)

    def value(self, column: int, row: int) -> Any:
        value = self.sheet.cell(row, column).value
        return value.strip() if isinstance(value, str) else value

    def text(self, column: int, row: int, what: str, limit: int = MAX_NAME_CHARS) -> str | None:
        value = self.value(column, row)
        if value is None or value == "":
            self.problem(column, row, f"falta {what}")
            return None
        if isinstance(value, str) and value.startswith("="):
            self.problem(column, row, f"hay una fórmula («{value[:40]}»); escriba {what}")
            return None
        text = normalize_text(str(value))
        # What the units' packages can carry: stored longer, every programa base of the unit
        # would be refused, and an approved programme cannot be corrected.
        if (problem := field_text_problem(text, limit) or description_problem(text)) is not None:
            self.problem(column, row, f"{what} {problem}")
            return None
        return text

    def figure(self, column: int, row: int) -> Decimal:
        said = len(self.problems)
        number = self._figure(column, row)
        if len(self.problems) > said:
            self.unread.add(cell_name(column, row))
        return number

    def _figure(self, column: int, row: int) -> Decimal:
        value = self.sheet.cell(row, column).value
        if value is None or value == "":
            return Decimal(0)
        if isinstance(value, bool):
            self.problem(column, row, f"«{value}» no es una cifra")
            return Decimal(0)
        if isinstance(value, str):
            if value.startswith("="):
                self.problem(column, row, f"hay una fórmula («{value[:40]}»); escriba la cifra")
                return Decimal(0)
            try:
                # As the window reads it: a decimal comma is never read as ten times, nor
                # «1.5e3» as 1500 where the window refuses it.
                typed = parse_figure(value.strip(), percent=False)
            except NotANumberError as exc:
                self.problem(column, row, f"«{exc.shown}» no es una cifra")
                return Decimal(0)
            except FigureInputError as exc:
                self.problem(column, row, str(exc).rstrip("."))
                return Decimal(0)
            number = Decimal(0) if typed is None else typed
        elif isinstance(value, int | float):
            number = Decimal(str(value))
        else:
            self.problem(column, row, f"«{str(value)[:40]}» no es una cifra")
            return Decimal(0)
        if not number.is_finite() or number < 0:
            self.problem(column, row, f"«{value}» no es una cifra válida (negativa o infinita)")
            return Decimal(0)
        # The bound every entry point shares (domain/limits.py): 1e-300 passed, and stopped
        # the import later as a figure «stored by an older version».
        if problem := figure_problem(number):
            self.problem(column, row, f"«{value}» {problem}")
            return Decimal(0)
        return number


def _check_layout(reader: _Reader, year: int) -> bool:
    """Name a wrong year or header; whether the sheet's rows can still be read.

    A title whose text was edited leaves every column where it was: the rows are read, and
    their problems named with the header's. Columns moved (one inserted or deleted, a row
    inserted above the header) would have every row read as nonsense: the header says so.
    """
    sheet = reader.sheet
    written = sheet[YEAR_CELL].value
    # The year typed again as text («2025») is still the year.
    if str(written).strip() != str(year):
        said = (
            f"no dice de qué ejercicio es (debe decir {year})"
            if written is None or not str(written).strip()
            else f"la plantilla es del ejercicio «{str(written)[:20]}»; se importa el {year}"
        )
        reader.said_at(YEAR_CELL, said)
        return False
    misfits, moved = header_misfits(sheet)
    for index, (column, text) in enumerate(misfits):
        reader.problem(column, HEADER_ROW, text + (ROWS_WAIT if moved and index == 0 else ""))
    return not moved


@dataclass
class _Open:
    """A meta whose rows are being read (a tipo P meta waits for its DEN row)."""

    row: int
    known_id: str | None
    key: MetaKey
    uom: str
    kind: MetaKind
    cumulative: bool
    num: tuple[Decimal, Decimal, Decimal, Decimal]
    rows: dict[str, int]


def _figures(reader: _Reader, row: int) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    values = [reader.figure(COL_Q1 + offset, row) for offset in range(4)]
    return (values[0], values[1], values[2], values[3])


def _start(reader: _Reader, row: int, entity: str, unit: UnitCode, label: str) -> _Open | None:
    known = reader.value(COL_ID, row)
    programme = reader.text(COL_PROGRAMME, row, "la clave del programa")
    activity = reader.text(COL_ACTIVITY, row, "la clave del proceso")
    description = reader.text(COL_DESCRIPTION, row, "la descripción", MAX_DESCRIPTION_CHARS)
    uom = reader.text(COL_UOM, row, "la unidad de medida", MAX_MEASURE_CHARS)
    kind_text = reader.text(COL_KIND, row, "el tipo (A o P)")
    cumulative = reader.text(COL_CUMULATIVE, row, "VAL. ACUM. (SI o NO)")
    num = _figures(reader, row)
    codes: list[Any] = []
    for column, text, build in (
        (COL_PROGRAMME, programme, ProgrammeCode),
        (COL_ACTIVITY, activity, ActivityCode),
    ):
        try:
            codes.append(None if text is None else build(text.upper()))
        except ValueError:
            reader.problem(column, row, f"«{quoted(text)}» no es una clave válida")
            codes.append(None)
    if kind_text is not None and kind_text.upper() not in ("A", "P"):
        reader.problem(COL_KIND, row, f"el tipo debe ser A o P, dice «{quoted(kind_text)}»")
        kind_text = None
    # «si», « Si » or «Sí» is what a person types for SI (Excel's own annual reads it so too):
    # the check and the value read must agree, or «si» passes and is stored as NO.
    accumulates = None if cumulative is None else read_yes_no(cumulative)
    if cumulative is not None and accumulates is None:
        reader.problem(
            COL_CUMULATIVE, row, f"VAL. ACUM. debe ser SI o NO, dice «{quoted(cumulative)}»"
        )
    if description is None or uom is None or kind_text is None or accumulates is None:
        return None
    if None in codes:
        return None
    kind = MetaKind(kind_text.upper())
    expected = "MET" if kind is MetaKind.ABSOLUTE else "NUM"
    if label != expected:
        reader.problem(
            COL_ROW, row, f"una meta de tipo {kind.value} empieza con la fila {expected}"
        )
        reader.kind_misfit(row, known, kind)
        return None
    key = MetaKey(entity, unit, codes[0], codes[1], description)
    return _Open(row, known, key, uom.upper(), kind, accumulates, num, {label: row})


def _finished(
    reader: _Reader, pending: _Open, den: tuple[Decimal, Decimal, Decimal, Decimal] | None = None
) -> TemplateMeta:
    draft = MetaDraft(pending.key, pending.uom, pending.kind, pending.cumulative, pending.num, den)
    cells = {
        cell_name(COL_Q1 + offset, row) for row in pending.rows.values() for offset in range(4)
    }
    return TemplateMeta(
        draft.to_meta(),
        reader.sheet.title,
        pending.rows,
        pending.known_id,
        frozenset(cells & reader.unread),
    )


def read_sheet(reader: _Reader, entity: str, unit: UnitCode) -> list[TemplateMeta]:
    """The metas of one unit's sheet (problems go to the reader)."""
    found: list[TemplateMeta] = []
    pending: _Open | None = None
    # The row before when it began a meta without a DEN row (its ID, the type typed there):
    # a DEN row next follows from that type.
    previous: tuple[int, Any, MetaKind] | None = None
    last = min(reader.sheet.max_row, FIRST_ROW + MAX_ROWS)

    def close(at_row: int) -> None:
        nonlocal pending
        if pending is not None and pending.kind is MetaKind.PERCENTAGE:
            reader.problem(
                COL_ROW,
                at_row,
                f"falta la fila DEN de la meta «{shortened(pending.key.description)}» (fila "
                f"{pending.row}); no borre filas",
            )
            reader.kind_misfit(pending.row, pending.known_id, pending.kind)
        pending = None

    for row in range(FIRST_ROW, last + 1):
        annual = reader.sheet.cell(row, COL_ANNUAL).value
        # Any formula is Excel's own annual (moved when a row is inserted or deleted); a
        # typed figure there is a figure in a protected column.
        if annual is not None and not (isinstance(annual, str) and annual.startswith("=")):
            reader.problem(COL_ANNUAL, row, "el anual se calcula solo; no escriba en esta columna")
        values = [reader.value(column, row) for column in range(COL_ID, COL_ANNUAL)]
        if all(value in (None, "") for value in values):
            continue
        if values[0] not in (None, ""):
            reader.ids.add(str(values[0]))
        label = str(reader.value(COL_ROW, row) or "").upper()
        after, previous = previous, None
        if label == "DEN":
            if pending is None or pending.kind is not MetaKind.PERCENTAGE:
                reader.problem(
                    COL_ROW, row, "una fila DEN va justo debajo de la fila NUM de su meta"
                )
                if after is not None:
                    reader.kind_misfit(*after)
                continue
            pending.rows["DEN"] = row
            found.append(_finished(reader, pending, _figures(reader, row)))
            pending = None
            continue
        close(row)
        if label not in ("MET", "NUM"):
            reader.problem(COL_ROW, row, f"la fila debe ser MET, NUM o DEN, dice «{quoted(label)}»")
            continue
        if values[0] not in (None, ""):
            reader.first_rows.setdefault((reader.sheet.title, str(values[0])), []).append(row)
        misfits = len(reader.kind_edits)
        pending = _start(reader, row, entity, unit, label)
        if len(reader.kind_edits) > misfits:
            edit = reader.kind_edits[-1]
            previous = (edit.row, edit.known_id, edit.typed)
        if pending is not None and pending.kind is MetaKind.ABSOLUTE:
            found.append(_finished(reader, pending))
            previous = (row, pending.known_id, pending.kind)
            pending = None
    close(last + 1)
    return found


def read_template(path: Path, year: int, entity: str) -> TemplateContents:
    """Every meta of the workbook, every problem found, the IDs and unit sheets it has."""
    # openpyxl takes a tenth of a second to import: only when a template is read.
    from openpyxl import load_workbook

    raw = _guarded_bytes(path)
    try:
        book = load_workbook(io.BytesIO(raw))
    except (OSError, ValueError, KeyError, TypeError, IndexError, SyntaxError) as exc:
        # A damaged file is a refusal, never a crash (an XML parse error is a SyntaxError).
        raise TemplateError([f"«{path.name}» no es una plantilla de Excel legible"]) from exc
    from ism_desktop.exchange.programme_workbook_kinds import paimef_programme_given

    if (other := paimef_programme_given(path.name, book.sheetnames)) is not None:
        raise TemplateError([], other)
    metas: list[TemplateMeta] = []
    problems: list[TemplateProblem] = []
    ids: set[str] = set()
    sheets: set[str] = set()
    read_sheets: set[str] = set()
    kind_edits: list[KindEdit] = []
    first_rows: dict[tuple[str, str], list[int]] = {}
    for sheet in book.worksheets:
        if sheet.title == LISTS_SHEET:
            continue
        reader = _Reader(sheet)
        try:
            unit = UnitCode(sheet.title)
        except ValueError:
            said = f"Hoja {sheet.title}: el nombre de la hoja debe ser la clave de la unidad"
            problems.append(TemplateProblem(sheet.title, "", said))
            continue
        sheets.add(unit.value)
        if _check_layout(reader, year):
            metas += read_sheet(reader, entity, unit)
            read_sheets.add(unit.value)
        problems += reader.problems
        ids |= reader.ids
        kind_edits += reader.kind_edits
        first_rows |= reader.first_rows
    return TemplateContents(metas, problems, ids, sheets, read_sheets, kind_edits, first_rows)


def _guarded_bytes(path: Path) -> bytes:
    """The file's bytes, refused whole if it is not a safe xlsx (a bomb, a hostile part)."""
    try:
        raw = read_at_most(path, MAX_WORKBOOK_BYTES)
        raw = raw if len(raw) <= MAX_WORKBOOK_BYTES else b""
    except OSError as exc:
        raise TemplateError([f"«{path.name}»: {describe_os_error(exc)}"]) from exc
    if not raw:
        raise TemplateError([f"«{path.name}» está vacío o es demasiado grande"])
    try:
        check_workbook(raw, path.name)
    except PackageRefusedError as exc:
        raise TemplateError([str(exc)]) from exc
    return raw
