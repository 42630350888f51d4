"""What the ETCA-III-04 report prints, in order: headings when they change, then each meta.

Shared by the PDF and the workbook so that both group the metas alike. The form prints the
UNIDAD ADMINISTRATIVA, the budget programme and the activity code only when they change; a unit
that starts under the same programme as the previous one prints no programme line, and the
activity line is printed again whenever the programme changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from enum import Enum
from functools import cached_property

from ism_desktop.domain.codes import Entity, UnitCode
from ism_desktop.domain.figures import FigureRow, RowKind
from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.domain.progress import is_reported, official_progress
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import Catalogue, ProgressReport
from ism_desktop.domain.wording import count
from ism_desktop.reports.number_format import (
    format_figure,
    format_met_percent,
    format_progress,
)

FORM_CODE = "ETCA-III-04"
GOVERNMENT = "GOBIERNO DEL ESTADO DE SONORA"
PROGRAMME_TITLE = "PROGRAMA OPERATIVO ANUAL"
EVALUATION_LABEL = "EVALUACIÓN CUALITATIVA"
ANNUAL_COLUMNS = (4, 9)  # positions of ORIGINAL ANUAL and MODIFICADO ANUAL among the 14
QUARTER_TITLES = tuple(quarter.spanish_name for quarter in Quarter)
FIGURE_TITLES = (*QUARTER_TITLES, "ANUAL", *QUARTER_TITLES, "ANUAL", *QUARTER_TITLES)
SERIES_TITLES = (("PROGRAMADO ORIGINAL", 5), ("MODIFICADO", 5), ("REALIZADO", 4))
PROGRESS_TITLE = "% DE AVANCE TRIMESTRAL"


def report_title(year: int) -> str:
    """``INFORME DE AVANCE PROGRAMÁTICO 2024``."""
    return f"INFORME DE AVANCE PROGRAMÁTICO {year}"


def quarter_line(quarter: Quarter) -> str:
    """``TRIMESTRE: PRIMERO``."""
    return f"TRIMESTRE: {quarter.spanish_name}"


def entity_line(entity: Entity) -> str:
    """``DEPENDENCIA / ENTIDAD    30 INSTITUTO SONORENSE DE LAS MUJERES``."""
    return f"DEPENDENCIA / ENTIDAD    {entity.code} {entity.name}".rstrip()


def print_date(moment: datetime) -> str:
    """The print date as the form shows it: ``11-04-2024 10:44``."""
    return moment.strftime("%d-%m-%Y %H:%M")


class HeadingLevel(Enum):
    """The three group lines of the form."""

    UNIT = "unidad"
    PROGRAMME = "programa"
    ACTIVITY = "proceso"


@dataclass(frozen=True, slots=True)
class Heading:
    """A group line printed before a meta."""

    level: HeadingLevel
    code: str
    name: str

    @property
    def text(self) -> str:
        """The line as printed, e.g. ``UNIDAD ADMINISTRATIVA   004 ISM DIRECCIÓN …``."""
        if self.level is HeadingLevel.UNIT:
            return f"UNIDAD ADMINISTRATIVA   {self.code} {self.name}"
        return f"{self.code} {self.name}"


@dataclass(frozen=True, slots=True)
class PrintedRow:
    """One MET/NUM/DEN row: the figures as of the reported quarter and how they print.

    Achieved figures after the reported quarter are blanked (``None``); an unprinted row (the
    DEN row of an absolute meta, which the form leaves blank) has no texts.
    """

    kind: RowKind
    figures: tuple[Decimal | None, ...]
    printed: bool = True
    percent: bool = False  # the MET row of a percentage meta: figures print as percentages
    cumulative: bool = False

    @property
    def texts(self) -> tuple[str, ...]:
        """The 14 figures as the form prints them (none for an unprinted row).

        Computed on demand: the workbook writes the figures and never needs their text.
        """
        if not self.printed:
            return ()
        if self.percent:
            return tuple(
                format_met_percent(value, computed=self.cumulative and position in ANNUAL_COLUMNS)
                for position, value in enumerate(self.figures)
            )
        return tuple(format_figure(value) for value in self.figures)


@dataclass(frozen=True)
class MetaEntry:
    """A meta as printed: the headings before it, its three rows, its % and its narrative."""

    meta: Meta
    headings: tuple[Heading, ...]
    rows: tuple[PrintedRow, PrintedRow, PrintedRow]
    progress: Decimal | None
    evaluation: str

    @property
    def progress_text(self) -> str:
        """The % de avance as printed (``84.55%``)."""
        return format_progress(self.progress)

    @property
    def kind_text(self) -> str:
        """TIPO META: ``A`` or ``P``."""
        return self.meta.kind.value

    @property
    def cumulative_text(self) -> str:
        """VAL. ACUM.: ``SI`` or ``NO``."""
        return "SI" if self.meta.cumulative else "NO"


@dataclass(frozen=True)
class EntitySection:
    """The metas of one dependency or entity; each starts on a new page."""

    entity: Entity
    entries: tuple[MetaEntry, ...]


@dataclass(frozen=True)
class ReportLayout:
    """The whole printed report: its period, who it belongs to, and its sections."""

    year: int
    quarter: Quarter
    sections: tuple[EntitySection, ...]
    author: str
    printed_at: datetime
    unit: UnitCode | None

    @property
    def title(self) -> str:
        """Document title for the file's properties."""
        return f"{report_title(self.year)} · {FORM_CODE}"

    @property
    def subject(self) -> str:
        """Document subject: year and quarter."""
        return f"Ejercicio {self.year}, trimestre {self.quarter.spanish_name}"

    @property
    def meta_count(self) -> int:
        """How many metas the report prints."""
        return sum(len(section.entries) for section in self.sections)

    @cached_property
    def unreported_count(self) -> int:
        """How many printed metas lack the quarter's achieved figures (printed as 0)."""
        return sum(not is_reported(entry.meta, self.quarter) for entry in self.entries())

    @property
    def incomplete_mark(self) -> str | None:
        """The line each page carries while metas are unreported: 0 there is not «0 achieved»."""
        missing = self.unreported_count
        if not missing:
            return None
        return (
            f"INFORME INCOMPLETO: {missing} de {count(self.meta_count, 'meta', 'metas')} sin "
            f"reportar en el trimestre (el formato oficial {'la' if missing == 1 else 'las'} "
            "imprime en 0)"
        )

    @property
    def incomplete_warning(self) -> str | None:
        """What the person is told on saving it while metas are unreported, the same everywhere.

        ``Aviso: informe incompleto: 43 de 56 metas no tienen reportado el segundo trimestre;
        el formato oficial las imprime en 0.``
        """
        missing = self.unreported_count
        if not missing:
            return None
        one = missing == 1
        return (
            f"Aviso: informe incompleto: {missing} de {count(self.meta_count, 'meta', 'metas')} "
            f"{'no tiene' if one else 'no tienen'} reportado el {self.quarter.in_words}; el "
            f"formato oficial {'la' if one else 'las'} imprime en 0."
        )

    def entries(self) -> Iterable[MetaEntry]:
        """Every printed meta, in order."""
        for section in self.sections:
            yield from section.entries


def _masked(row: FigureRow, quarter: Quarter) -> tuple[Decimal | None, ...]:
    columns = row.columns()
    reported = 10 + quarter.value  # achieved figures of later quarters are not printed yet
    return (*columns[:reported], *(None for _ in columns[reported:]))


def _printed_row(kind: RowKind, row: FigureRow | None, meta: Meta, quarter: Quarter) -> PrintedRow:
    if row is None:
        return PrintedRow(kind, (None,) * FigureRow.COLUMN_COUNT, printed=False)
    percent = kind is RowKind.MET and meta.kind is MetaKind.PERCENTAGE
    return PrintedRow(kind, _masked(row, quarter), percent=percent, cumulative=meta.cumulative)


def meta_entry(meta: Meta, quarter: Quarter, headings: tuple[Heading, ...] = ()) -> MetaEntry:
    """How one meta prints for the reported quarter."""
    return MetaEntry(
        meta=meta,
        headings=headings,
        rows=(
            _printed_row(RowKind.MET, meta.met, meta, quarter),
            _printed_row(RowKind.NUM, meta.num, meta, quarter),
            _printed_row(RowKind.DEN, meta.den, meta, quarter),
        ),
        progress=official_progress(meta, quarter),
        evaluation=meta.evaluation(quarter),
    )


def layout_entries(
    metas: Sequence[Meta], catalogue: Catalogue, quarter: Quarter
) -> tuple[MetaEntry, ...]:
    """The metas in order, each with the group lines that change before it."""
    entries: list[MetaEntry] = []
    unit = programme = activity = None
    for meta in metas:
        key = meta.key
        headings: list[Heading] = []
        if key.unit != unit:
            name = catalogue.unit_name(key.entity, key.unit)
            headings.append(Heading(HeadingLevel.UNIT, key.unit.value, name))
        if key.programme != programme:
            name = catalogue.programme_name(key.entity, key.programme)
            headings.append(Heading(HeadingLevel.PROGRAMME, key.programme.value, name))
        if key.activity != activity or key.programme != programme:
            name = catalogue.activity_name(key.entity, key.activity)
            headings.append(Heading(HeadingLevel.ACTIVITY, key.activity.value, name))
        unit, programme, activity = key.unit, key.programme, key.activity
        entries.append(meta_entry(meta, quarter, tuple(headings)))
    return tuple(entries)


@dataclass(frozen=True)
class UnitGroup:
    """The metas of one unit, headed as if the unit's part were printed on its own."""

    unit: Heading
    entries: tuple[MetaEntry, ...]


def unit_groups(section: EntitySection) -> tuple[UnitGroup, ...]:
    """Split a section by unit; each unit's first meta repeats the programme and activity lines.

    In the continuous report a unit may start under the previous unit's programme without
    printing it again; a unit on its own sheet has no previous unit to inherit it from.
    """
    groups: list[UnitGroup] = []
    current: list[MetaEntry] = []
    unit: Heading | None = None
    last: dict[HeadingLevel, Heading] = {}
    for entry in section.entries:
        levels = {heading.level: heading for heading in entry.headings}
        if HeadingLevel.UNIT in levels:
            if unit is not None:
                groups.append(UnitGroup(unit, tuple(current)))
            unit, current = levels[HeadingLevel.UNIT], []
            full = {**last, **levels}
            entry = replace(
                entry, headings=tuple(full[level] for level in HeadingLevel if level in full)
            )
        last.update(levels)
        current.append(entry)
    if unit is not None:
        groups.append(UnitGroup(unit, tuple(current)))
    return tuple(groups)


def _entity(report: ProgressReport, code: str) -> Entity:
    if code == report.entity.code:
        return report.entity
    return report.catalogue.entities.get(code, Entity(code, ""))


def _author(
    report: ProgressReport,
    unit: UnitCode | None,
    sections: Sequence[EntitySection],
    entity: str | None = None,
) -> str:
    if unit is None and len(sections) > 1:
        # Each as its pages name it: the first alone named a report of sixty dependencies.
        named = "; ".join(f"{s.entity.code} {s.entity.name}".strip() for s in sections)
        return f"{len(sections)} dependencias: {named}"
    if unit is None:
        return f"{report.entity.code} {report.entity.name}"
    metas = report.metas_of(unit, entity)
    of = metas[0].key.entity if metas else report.entity.code
    return f"{unit.value} {report.catalogue.unit_name(of, unit)}"


def layout_report(
    report: ProgressReport,
    quarter: Quarter | None = None,
    unit: UnitCode | None = None,
    printed_at: datetime | None = None,
    entity: str | None = None,
) -> ReportLayout:
    """Group a report for printing: one section per entity, metas of ``unit`` only if given.

    ``entity``: of ``unit``, that dependency's alone (a state's report repeats a code under
    several; by the code alone, a unit's workbook carried each one's).

    Raises:
        ValueError: ``unit`` has no metas in the report (message in Spanish).
    """
    period = report.quarter if quarter is None else quarter
    metas = report.metas if unit is None else report.metas_of(unit, entity)
    if unit is not None and not metas:
        raise ValueError(f"la unidad administrativa {unit} no tiene metas en el informe.")
    by_entity: dict[str, list[Meta]] = {}
    for meta in metas:
        by_entity.setdefault(meta.key.entity, []).append(meta)
    sections = tuple(
        EntitySection(_entity(report, code), layout_entries(group, report.catalogue, period))
        for code, group in by_entity.items()
    )
    return ReportLayout(
        year=report.year,
        quarter=period,
        sections=sections,
        author=_author(report, unit, sections, entity),
        printed_at=printed_at or datetime.now().astimezone(),
        unit=unit,
    )
