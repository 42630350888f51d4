"""What a rule sees: one meta, the quarter being reported, the settings, and derived figures."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ism_desktop.domain.figures import ZERO, FigureRow, RowKind, Series
from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.domain.progress import official_progress, progress_against_modified
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.lazy import lazy
from ism_desktop.domain.validation.narrative_facts import NarrativeFacts, narrative_facts
from ism_desktop.domain.validation.narrative_mentions import Direction, QuotedDifference
from ism_desktop.domain.validation.settings import ValidationSettings

TARGETS = (Series.ORIGINAL, Series.MODIFIED)
# Enum iteration and properties are slow; rules run thousands of times per report.
QUARTERS: tuple[Quarter, ...] = tuple(Quarter)
_DESCRIPTION_NUMBER = re.compile(r"\d+(?:\.\d+)?")


@dataclass(init=False)
class MetaContext:
    """One meta under review; derived figures are computed once, when a rule first asks."""

    meta: Meta
    quarter: Quarter
    settings: ValidationSettings
    previous_narrative: str | None = None
    year: int | None = None
    # Read by nearly every rule, so set once rather than looked up lazily.
    index: int = field(init=False)
    is_percentage: bool = field(init=False)
    data_rows: tuple[tuple[RowKind, FigureRow], ...] = field(init=False)
    narrative: str = field(init=False)
    achieved: Decimal | None = field(init=False)
    # The quarter's target in the MET row (what ``programmed`` gives by default).
    original_target: Decimal = field(init=False)
    modified_target: Decimal = field(init=False)

    def __init__(
        self,
        meta: Meta,
        quarter: Quarter,
        settings: ValidationSettings,
        previous_narrative: str | None = None,
        year: int | None = None,
        *,
        read: bool = True,
    ) -> None:
        # The generated __init__ and its __post_init__ in one call: a report makes one a meta.
        # ``read`` false: the narrative's facts are read only if a rule asks (no error rule does).
        self.meta = meta
        self.quarter = quarter
        self.settings = settings
        self.previous_narrative = previous_narrative
        self.year = year
        # Arithmetic on the IntEnum itself: its ``value`` is a Python-level property.
        index = self.index = quarter - 1
        is_percentage = self.is_percentage = meta.kind is MetaKind.PERCENTAGE
        # The rows that carry the figures: NUM alone for tipo A, NUM and DEN for tipo P.
        if is_percentage and meta.den is not None:
            self.data_rows = ((RowKind.NUM, meta.num), (RowKind.DEN, meta.den))
        else:
            self.data_rows = ((RowKind.NUM, meta.num),)
        # The qualitative evaluation and the achieved NUM of the quarter being reported.
        narrative = self.narrative = meta.evaluations.get(quarter, "").strip()
        if read:  # the same text's facts: read once, cached
            self.facts = narrative_facts(narrative)
        self.achieved = meta.num.achieved[index]
        self.original_target = meta.met.original[index] or ZERO
        self.modified_target = meta.met.modified[index] or ZERO

    @lazy
    def facts(self) -> NarrativeFacts:
        """What the narrative states that can be checked (every meta's warnings ask for it)."""
        return narrative_facts(self.narrative)

    @lazy
    def met_copies_num(self) -> bool:
        """Whether the MET row is the NUM row again, as a tipo A meta prints it."""
        return self.meta.met == self.meta.num

    @lazy
    def meta_id(self) -> str:
        """The meta's stable identity (hashed once per check, not once per finding)."""
        return self.meta.stable_id

    @lazy
    def official(self) -> Decimal | None:
        """The official % de avance (against ORIGINAL); ``None`` if not reported."""
        return official_progress(self.meta, self.quarter)

    @lazy
    def against_modified(self) -> Decimal | None:
        """The % de avance against the MODIFIED target; ``None`` if not reported."""
        return progress_against_modified(self.meta, self.quarter)

    def programmed(self, series: Series, row: RowKind = RowKind.MET) -> Decimal:
        """The target of the quarter being reported in one series (MET row by default)."""
        figures = self.meta.row(row) or self.meta.num
        return figures.quarters(series)[self.index] or ZERO

    @lazy
    def derived_figures(self) -> frozenset[Decimal]:
        """Figures a narrative may quote beyond the printed ones: to date, differences, rest."""
        values: set[Decimal] = set()
        num = self.meta.num
        for series in TARGETS:
            annual = num.original_annual if series is Series.ORIGINAL else num.modified_annual
            for achieved, target in self.achieved_target_pairs(RowKind.NUM, (series,)):
                values.update((achieved, target, abs(achieved - target), abs(annual - achieved)))
        values.update(Decimal(text) for text in _DESCRIPTION_NUMBER.findall(self.meta.description))
        return frozenset(values)

    def quotes_grid_figure(self, value: Decimal) -> bool:
        """Whether a figure quoted by the narrative is one the meta's grid accounts for."""
        meta = self.meta
        # A narrative quotes one or two figures: looking through the rows beats building a set.
        printed = (
            _in_row(value, meta.num)
            or _in_row(value, meta.met)
            or (meta.den is not None and _in_row(value, meta.den))
        )
        return printed or value in self.derived_figures

    @lazy
    def difference_bases(self) -> tuple[tuple[QuotedDifference, frozenset[Series]], ...]:
        """Each difference the narrative quotes, with the targets it is right against."""
        rows = (RowKind.NUM, RowKind.MET) if self.is_percentage else (RowKind.NUM,)
        return tuple(
            (
                difference,
                frozenset(
                    series
                    for series in TARGETS
                    for row in rows
                    for achieved, target in self.achieved_target_pairs(row, (series,))
                    if _difference_matches(difference, achieved, target)
                ),
            )
            for difference in self.facts.differences
        )

    def achieved_target_pairs(
        self, row: RowKind, series: tuple[Series, ...]
    ) -> list[tuple[Decimal, Decimal]]:
        """(achieved, target) of the quarter and to date, for the given target series."""
        figures = self.meta.row(row)
        if figures is None:
            return []
        through = self.index + 1
        achieved = figures.achieved[:through]
        pairs: list[tuple[Decimal, Decimal]] = []
        current = achieved[-1]
        for target_series in series:
            targets = figures.quarters(target_series)
            if current is not None:
                pairs.append((current, targets[self.index] or ZERO))
            if through > 1 and all(value is not None for value in achieved):
                done = sum((value or ZERO for value in achieved), ZERO)
                pairs.append((done, sum((value or ZERO for value in targets[:through]), ZERO)))
        return pairs


def _in_row(value: Decimal, row: FigureRow) -> bool:
    # ``value in row.columns()`` without making the columns: the same figures, in their order.
    return (
        value in row.original
        or value == row.original_annual
        or value in row.modified
        or value == row.modified_annual
        or value in row.achieved
    )


def _difference_matches(difference: QuotedDifference, achieved: Decimal, target: Decimal) -> bool:
    if difference.direction is Direction.BELOW:
        return target - achieved == difference.value
    if difference.direction is Direction.ABOVE:
        return achieved - target == difference.value
    return abs(achieved - target) == difference.value
