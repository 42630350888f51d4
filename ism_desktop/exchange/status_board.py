"""The completeness board: per unit, whether its package for a quarter arrived and what it says.

The coordinating unit's own metas are typed on its PC, so its row is «propia»; every other
unit's row says whether its package for the quarter arrived, or whether the official report
imported already holds the quarter (the units delivered it there). Errors and unjustified
warnings are counted now, with this PC's rules, on what the database holds (none for a missing
unit).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.deadline import arrived_late, countdown_text, is_late
from ism_desktop.domain.local_time import local_date_text, local_time_text
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.package_records import TargetChangeRequest
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.traffic_light import TrafficLight
from ism_desktop.domain.unit_summary import AVERAGE_RULE_ES, UnitSummary, summarize_metas
from ism_desktop.domain.validation.engine import DEFAULT_SETTINGS, validate_report
from ism_desktop.domain.validation.justification import Justification
from ism_desktop.domain.validation.settings import ValidationSettings
from ism_desktop.domain.wording import count, shortened
from ism_desktop.exchange.asked_targets import metas_as_sent
from ism_desktop.exchange.package.writer import coordinating_unit
from ism_desktop.store.store import Store


class UnitState(StrEnum):
    """Where a unit's report for the quarter stands."""

    RECEIVED = "recibido"
    # No package came, but an official report imported for the quarter (or a later one) holds
    # its figures: the unit delivered them there, and closing the quarter says so too.
    IN_OFFICIAL_REPORT = "en el informe oficial importado"
    MISSING = "falta"
    OWN = "propia"


@dataclass(frozen=True, slots=True)
class UnitStatus:
    """One row of the board (findings are ``None`` while nothing arrived)."""

    entity: str
    unit: UnitCode
    unit_name: str
    state: UnitState
    summary: UnitSummary
    received_at: str | None = None
    sequence: int | None = None
    file_name: str | None = None
    errors: int | None = None
    unresolved_warnings: int | None = None
    closed: bool = False
    late: bool = False
    # The quarter's first package arrived after the due date (a later resend does not count).
    received_late: bool = False
    # The unit's metas with a target-change request the coordinator has not decided yet.
    requested_metas: int = 0


@dataclass(frozen=True, slots=True)
class ChartPoint:
    """One bar of the chart: a unit and its average official % (``None``: nothing to show)."""

    unit: UnitCode
    label: str
    value: Decimal | None


@dataclass(frozen=True)
class StatusBoard:
    """The board of one quarter."""

    year: int
    quarter: Quarter
    rows: tuple[UnitStatus, ...]
    due_date: str | None = None
    today: date | None = None

    def chart(self) -> tuple[ChartPoint, ...]:
        """The average official % by unit, in board order, for a bar chart."""
        return tuple(
            ChartPoint(row.unit, f"{row.unit} {row.unit_name}", row.summary.average_progress)
            for row in self.rows
        )

    @property
    def missing(self) -> tuple[UnitCode, ...]:
        """The units whose package has not arrived."""
        return tuple(row.unit for row in self.rows if row.state is UnitState.MISSING)


def awaited_units(
    store: Store, year: int, quarter: Quarter, units: Iterable[tuple[str, UnitCode]]
) -> list[tuple[str, UnitCode]]:
    """Of ``units`` (entity, code), those the board says «falta»: no report of the quarter came.

    The rule of the board, of ``status``, of the window's status bar and of closing a quarter:
    a unit that sent its package has delivered, even if its quarter was reopened afterwards;
    so has every unit when an official report imported holds the quarter; the coordinating
    unit's own metas are typed here and are never awaited.
    """
    if store.reports.official_report_through(year, quarter):
        return []
    received = store.received.latest_by_unit(PackageKind.REPORT, year, quarter)
    own = coordinating_unit(store)
    return sorted({key for key in units if key not in received and key[1] != own})


def unit_errors(
    store: Store, year: int, quarter: Quarter, unit: UnitCode, settings: ValidationSettings
) -> int:
    """The errors of a unit's metas in a quarter, counted as the board counts them.

    Whether or not the unit delivered: on the unit's own PC nothing was, yet it may close it.
    """
    report = store.reports.load(year=year, quarter=quarter)
    if report is None:
        return 0
    metas = [meta for meta in report.metas if meta.key.unit == unit]
    received = store.received.latest_by_unit(PackageKind.REPORT, year, quarter)
    sent = next((p for (_, code), p in received.items() if code == unit), None)
    if sent is not None:
        metas = metas_as_sent(metas, store.target_requests.pending(year, unit), sent)
    if not metas:
        return 0
    justifications = store.justifications_for_quarter(year, quarter)
    delivered = store.packages.delivered(year, quarter)
    return _counts(report, metas, justifications, settings, delivered)[0]


def _counts(
    report: ProgressReport,
    metas: list[Meta],
    justifications: Sequence[Justification],
    settings: ValidationSettings,
    delivered: frozenset[tuple[str, UnitCode]],
) -> tuple[int, int]:
    """Errors and unjustified warnings of a unit's metas in the board's quarter."""
    unit_report = ProgressReport(report.year, report.quarter, tuple(metas))
    result = validate_report(
        unit_report,
        report.quarter,
        settings,
        justifications=justifications,
        delivered=delivered,
    )
    return len(result.errors), len(result.unjustified_warnings)


def status_board(
    store: Store,
    quarter: Quarter,
    year: int | None = None,
    today: date | None = None,
    settings: ValidationSettings = DEFAULT_SETTINGS,
) -> StatusBoard | None:
    """The board of a quarter (default year: the current one); None without a programme.

    ``settings`` are the rules' (spelling among them): the counts must be the ones the unit's
    own check and the package's summary give.
    """
    board = _status_board(store, quarter, year, settings)
    if board is None:
        return None
    # Closed or open, and late: what the year's calendar adds to the board.
    due = store.years.delivery_dates(board.year).get(quarter)
    today = today or date.today()
    states = store.closures.states(board.year)
    past_due = due is not None and is_late(date.fromisoformat(due), today, False)
    awaited = set(
        awaited_units(store, board.year, quarter, ((r.entity, r.unit) for r in board.rows))
    )
    first = store.received.first_by_unit(PackageKind.REPORT, board.year, quarter)
    rows = tuple(
        replace(
            row,
            closed=states.get((row.entity, row.unit, quarter), False),
            late=past_due and (row.entity, row.unit) in awaited,
            received_late=due is not None
            and (package := first.get((row.entity, row.unit))) is not None
            and arrived_late(date.fromisoformat(due), package.received_at),
        )
        for row in board.rows
    )
    return replace(board, rows=rows, due_date=due, today=today)


def _status_board(
    store: Store, quarter: Quarter, year: int | None, settings: ValidationSettings
) -> StatusBoard | None:
    report = store.reports.load(year=year, quarter=quarter)
    if report is None:
        return None
    received = store.received.latest_by_unit(PackageKind.REPORT, report.year, quarter)
    own = coordinating_unit(store)
    in_report = store.reports.official_report_through(report.year, quarter)
    justifications = store.justifications_for_quarter(report.year, quarter)
    # A unit that sent this quarter before, reopened it and sent it again may have typed later
    # quarters meanwhile: its counts must be those of its own check.
    delivered = store.packages.delivered(report.year, quarter)
    waiting: dict[UnitCode, list[TargetChangeRequest]] = {}
    for request in store.target_requests.pending(report.year):
        waiting.setdefault(request.unit, []).append(request)
    groups: dict[tuple[str, UnitCode], list[Meta]] = {}
    for meta in report.metas:
        groups.setdefault((meta.key.entity, meta.key.unit), []).append(meta)
    rows = []
    for (entity, unit), metas in groups.items():
        summary = summarize_metas(metas, quarter)
        name = report.catalogue.unit_name(entity, unit)
        package = received.get((entity, unit))
        if package is not None:
            sent = metas_as_sent(metas, waiting.get(unit, ()), package)
            errors, unresolved = _counts(report, sent, justifications, settings, delivered)
            rows.append(
                UnitStatus(
                    entity,
                    unit,
                    name,
                    UnitState.RECEIVED,
                    summary,
                    package.received_at,
                    package.sequence,
                    package.file_name,
                    errors,
                    unresolved,
                )
            )
        elif unit == own or in_report:
            # Their figures are here, typed or imported: counted as the unit's own check would.
            errors, unresolved = _counts(report, metas, justifications, settings, delivered)
            rows.append(
                UnitStatus(
                    entity,
                    unit,
                    name,
                    UnitState.OWN if unit == own else UnitState.IN_OFFICIAL_REPORT,
                    summary,
                    errors=errors,
                    unresolved_warnings=unresolved,
                )
            )
        else:
            rows.append(UnitStatus(entity, unit, name, UnitState.MISSING, summary))
    return StatusBoard(
        report.year,
        quarter,
        tuple(
            replace(row, requested_metas=len({r.meta_id for r in waiting.get(row.unit, ())}))
            for row in rows
        ),
    )


_HEADERS = (
    "Unidad",
    "Nombre",
    "Estado",
    "Cerrado",
    "Recibido",
    "Envío",
    "Errores",
    "Avisos s/j",
    "Metas",
    "Verde",
    "Ámbar",
    "Rojo",
    "Gris",
    "% unidad",
)
_RIGHT = {5, 6, 7, 8, 9, 10, 11, 12, 13}
# Names are never cut shorter than this, however narrow the terminal.
_NAME_WIDTH = 34
# The columns a terminal is assumed to have when none is said.
NARROW_COLUMNS = 80
_NAME_COLUMN = 1


def state_text(status: UnitStatus) -> str:
    """«falta (atrasada)», «recibido (tarde)» when its first package came after the date."""
    if status.late:
        return f"{status.state.value} (atrasada)"
    if status.received_late:
        return f"{status.state.value} (tarde)"
    return status.state.value


def _cell(value: object) -> str:
    return "—" if value is None else str(value)


def _fit_names(table: list[list[str]], columns: int | None) -> None:
    """Cut the names so each line fits ``columns`` (never below 34); ``None`` keeps them whole.

    A file or a pipe has no width: what is printed or read there is read whole.
    """
    if columns is None:
        return
    others = sum(
        max(len(line[index]) for line in table) + 2
        for index in range(len(_HEADERS))
        if index != _NAME_COLUMN
    )
    room = max(_NAME_WIDTH, columns - others)
    for line in table[1:]:
        line[_NAME_COLUMN] = shortened(line[_NAME_COLUMN], room)


def status_text(board: StatusBoard, columns: int | None = NARROW_COLUMNS) -> str:
    """The board as an aligned Spanish table with a closing summary line.

    ``columns`` is the terminal's width the table's lines should fit, cutting the units' names
    (never below 34 characters); ``None`` (a file, a pipe) keeps the names whole.
    """
    # Here, not at the top: that module builds on this one's rows.
    from ism_desktop.exchange.reported_open import closed_text, open_reported_note

    table = [list(_HEADERS)]
    for row in board.rows:
        table.append(
            [
                row.unit.value,
                row.unit_name,
                state_text(row),
                closed_text(row),
                _cell(row.received_at and local_time_text(row.received_at)),
                _cell(row.sequence),
                _cell(row.errors),
                _cell(row.unresolved_warnings),
                str(row.summary.metas),
                *(str(row.summary.count(light)) for light in TrafficLight),
                _cell(row.summary.average_progress),
            ]
        )
    _fit_names(table, columns)
    widths = [max(len(line[i]) for line in table) for i in range(len(_HEADERS))]
    lines = [
        f"Paquetes de las unidades: ejercicio {board.year}, trimestre {int(board.quarter)} "
        f"({board.quarter.spanish_name.lower()})",
        _due_line(board),
        "",
    ]
    for line in table:
        cells = [
            cell.rjust(width) if index in _RIGHT else cell.ljust(width)
            for index, (cell, width) in enumerate(zip(line, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    received = sum(1 for row in board.rows if row.state is UnitState.RECEIVED)
    expected = sum(1 for row in board.rows if row.state is not UnitState.OWN)
    in_report = sum(1 for row in board.rows if row.state is UnitState.IN_OFFICIAL_REPORT)
    imported = f"; {UnitState.IN_OFFICIAL_REPORT.value}: {in_report}" if in_report else ""
    missing = ", ".join(unit.value for unit in board.missing) or "ninguna"
    lines += [
        "",
        f"Recibidos: {received} de {expected}{imported}. Faltan: {missing}.",
        AVERAGE_RULE_ES,
    ]
    late = [row.unit.value for row in board.rows if row.late]
    if late:
        lines.append(f"Atrasadas: {', '.join(late)}.")
    after = [row.unit.value for row in board.rows if row.received_late]
    if after:
        lines.append(f"Recibidos después de la fecha de entrega: {', '.join(after)}.")
    asked = requests_waiting(board)
    if asked is not None:
        lines.append(f"{asked}; verlas y decidirlas: ism-desktop solicitudes.")
    if (note := open_reported_note(board.rows, command=True)) is not None:
        lines.append(note)
    return "\n".join(lines) + "\n"


def requests_waiting(board: StatusBoard) -> str | None:
    """«Solicitudes de cambio de meta por decidir: 004 (1 meta), 007 (3 metas)»; None: none."""
    asked = [
        f"{row.unit} ({count(row.requested_metas, 'meta', 'metas')})"
        for row in board.rows
        if row.requested_metas
    ]
    return f"Solicitudes de cambio de meta por decidir: {', '.join(asked)}" if asked else None


def _due_line(board: StatusBoard) -> str:
    if board.due_date is None:
        return "Fecha de entrega: sin fijar."
    today = board.today or date.today()
    left = countdown_text(date.fromisoformat(board.due_date), today)
    return f"Fecha de entrega: {local_date_text(board.due_date)} ({left})."
