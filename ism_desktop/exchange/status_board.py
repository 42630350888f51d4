"""The completeness board: per unit, whether its package for a quarter arrived and what it says.

The coordinating unit's own metas are typed on its PC, so its row is «propia»; every other
unit's row says whether its package for the quarter arrived, or whether the official report
imported already holds the quarter (the units delivered it there). Errors and unjustified
warnings are counted now, with this PC's rules, on what the database holds (none for a missing
unit).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.deadline import arrived_late, is_late
from ism_desktop.domain.dependency_words import (
    NO_DEPENDENCY,
    codes_by_dependency,
    dependency_order,
    dependency_said,
)
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.own_unit import OwnUnit, is_own
from ism_desktop.domain.package_author import WORKBOOK, is_workbook
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.package_records import TargetChangeRequest
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.unit_summary import UnitSummary, summarize_metas
from ism_desktop.domain.validation.engine import DEFAULT_SETTINGS, validate_report
from ism_desktop.domain.validation.justification import Justification
from ism_desktop.domain.validation.settings import ValidationSettings
from ism_desktop.exchange.asked_targets import metas_as_sent
from ism_desktop.exchange.package.writer import coordinating_key
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
    # The dependency's printed name («INSTITUTO SONORENSE DE LAS MUJERES»), when known.
    entity_name: str = ""

    @property
    def sending(self) -> str:
        """The «Envío» column: the package's number, «libro de Excel» (it has none), or «—»."""
        if self.sequence is None:
            return "—"
        return WORKBOOK if is_workbook(self.file_name or "") else str(self.sequence)

    @property
    def dependency(self) -> str:
        """«30 INSTITUTO SONORENSE DE LAS MUJERES», or «sin dependencia» when it has none."""
        return f"{self.entity} {self.entity_name}".strip() if self.entity else NO_DEPENDENCY

    @property
    def dependency_said(self) -> str:
        """«dependencia 30» (to follow a unit's code or name), or «sin dependencia»."""
        return dependency_said(self.entity)


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
    def several_dependencies(self) -> bool:
        """Whether the units belong to more than one dependency (codes repeat across them)."""
        return len({row.entity for row in self.rows}) > 1

    @property
    def missing(self) -> tuple[UnitCode, ...]:
        """The units whose package has not arrived."""
        return tuple(row.unit for row in self.missing_rows)

    @property
    def missing_rows(self) -> tuple[UnitStatus, ...]:
        """The rows of the units whose package has not arrived."""
        return tuple(row for row in self.rows if row.state is UnitState.MISSING)


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
    own = coordinating_key(store, year)
    # Dependency 9 before 10, as the report lists them (as text, «10» came first).
    return sorted(
        {key for key in units if key not in received and not is_own(key, own)},
        key=lambda key: (dependency_order(key[0]), key[1]),
    )


def unit_errors(
    store: Store, year: int, quarter: Quarter, unit: OwnUnit, settings: ValidationSettings
) -> int:
    """The errors of a unit's metas in a quarter, counted as the board counts them.

    Whether or not the unit delivered: on the unit's own PC nothing was, yet it may close it.
    ``unit``: (dependency, code); another dependency's unit of the same code is not counted.
    """
    report = store.reports.load(year=year, quarter=quarter)
    if report is None:
        return 0
    metas = [meta for meta in report.metas if (meta.key.entity, meta.key.unit) == unit]
    received = store.received.latest_by_unit(PackageKind.REPORT, year, quarter)
    sent = received.get(unit)
    if sent is not None:
        metas = metas_as_sent(metas, store.target_requests.pending(year, unit[1]), sent)
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
    own = coordinating_key(store, report.year)
    in_report = store.reports.official_report_through(report.year, quarter)
    justifications = store.justifications_for_quarter(report.year, quarter)
    # A unit that sent this quarter before, reopened it and sent it again may have typed later
    # quarters meanwhile: its counts must be those of its own check.
    delivered = store.packages.delivered(report.year, quarter)
    # By (dependency, unit): the 003 of one dependency asking said nothing of another's 003.
    waiting: dict[tuple[str, UnitCode], list[TargetChangeRequest]] = {}
    for request in store.target_requests.pending(report.year):
        waiting.setdefault((request.entity, request.unit), []).append(request)
    groups: dict[tuple[str, UnitCode], list[Meta]] = {}
    for meta in report.metas:
        groups.setdefault((meta.key.entity, meta.key.unit), []).append(meta)
    rows = []
    for (entity, unit), metas in groups.items():
        summary = summarize_metas(metas, quarter)
        name = report.catalogue.unit_name(entity, unit)
        package = received.get((entity, unit))
        if package is not None:
            sent = metas_as_sent(metas, waiting.get((entity, unit), ()), package)
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
        elif is_own((entity, unit), own) or in_report:
            # Their figures are here, typed or imported: counted as the unit's own check would.
            errors, unresolved = _counts(report, metas, justifications, settings, delivered)
            rows.append(
                UnitStatus(
                    entity,
                    unit,
                    name,
                    UnitState.OWN if is_own((entity, unit), own) else UnitState.IN_OFFICIAL_REPORT,
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
            replace(
                row,
                requested_metas=len({r.meta_id for r in waiting.get((row.entity, row.unit), ())}),
                entity_name=_entity_name(report, row.entity),
            )
            for row in rows
        ),
    )


def _entity_name(report: ProgressReport, entity: str) -> str:
    known = report.catalogue.entities.get(entity)
    return "" if known is None else known.name


def units_named(
    rows: Sequence[UnitStatus],
    several: bool,
    join: Callable[[list[str]], str] = ", ".join,
    room: int | None = None,
) -> str:
    """The rows' codes («001, 003, 004»); on a board of ``several`` dependencies, by dependency.

    «001, 003 de la dependencia 26; 001 de la dependencia 39»: the codes repeat across
    dependencies, and «001, 003, 001» named one unit twice to the eye. ``room``: each
    dependency's code in at most that many characters (a window's).
    """
    units = [(row.entity, row.unit.value) for row in rows]
    return codes_by_dependency(units, several, join, room)
