"""What a year's programme may not hold: checked before it is stored, and again at approval.

Once approved, a programme's originals never change, and every unit receives its metas in a
base package. A figure the package reader refuses (out of bounds), a DEN of 0 under a NUM, or
a fraction in a counting unit would then block that unit for the whole year, with no way left
to correct it: so they are refused while the programme is still being written.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ism_desktop.domain.fields import FieldRef, figure_label
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.limits import (
    MAX_DESCRIPTION_CHARS,
    MAX_MEASURE_CHARS,
    field_text_problem,
    figure_problem,
)
from ism_desktop.domain.look_alike import description_problem
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.arithmetic_rules import ZERO_DENOMINATOR
from ism_desktop.domain.validation.context import MetaContext
from ism_desktop.domain.validation.figure_rules import FRACTIONAL_COUNT, NEGATIVE_FIGURE
from ism_desktop.domain.validation.settings import ValidationSettings
from ism_desktop.domain.year_programme import MetaDraft, fractional_original, shown_row

# Where a problem is: the row, the quarter (None: the annual column), and what is wrong.
Problem = tuple[RowKind, Quarter | None, str]
Planned = tuple[RowKind, Series, Quarter | None, Decimal]
_PLANNED = (Series.ORIGINAL, Series.MODIFIED)
# The review's errors a quarter's modified target alone can give (MET follows NUM and DEN).
_TARGET_RULES = (NEGATIVE_FIGURE, FRACTIONAL_COUNT, ZERO_DENOMINATOR)


def _planned_figures(meta: Meta) -> Iterator[Planned]:
    # NUM and DEN first: they are what is typed, MET follows from them.
    for kind, row in ((RowKind.NUM, meta.num), (RowKind.DEN, meta.den), (RowKind.MET, meta.met)):
        if row is None:
            continue
        for series, quarters, annual in (
            (Series.ORIGINAL, row.original, row.original_annual),
            (Series.MODIFIED, row.modified, row.modified_annual),
        ):
            for quarter, value in zip(Quarter, quarters, strict=True):
                yield kind, series, quarter, value
            yield kind, series, None, annual


def programme_problem(meta: Meta, absolute_label: RowKind = RowKind.NUM) -> Problem | None:
    """The first thing in a meta's programmed figures that would block its unit, or None.

    The message is a clause to follow what the caller says first (lower case, no full stop);
    a tipo A meta's row is named ``absolute_label`` (MET where the template reads it).
    """
    for kind, series, quarter, value in _planned_figures(meta):
        if (problem := figure_problem(value)) is not None:
            row = shown_row(meta, kind, absolute_label)
            return row, quarter, f"el {figure_label(series, quarter, row)} {problem}"
    context = MetaContext(meta, Quarter.FIRST, ValidationSettings())
    for found in ZERO_DENOMINATOR.check(context):
        ref = FieldRef.parse(found.field)
        if ref is not None and ref.series in _PLANNED:
            message = ZERO_DENOMINATOR.template.format_map(found.values)
            return ref.row, ref.period, message[:1].lower() + message[1:].rstrip(".")
    return fractional_original(meta, absolute_label)


def draft_problem(draft: MetaDraft) -> str | None:
    """Why a meta typed for the programme cannot be stored (a clause, lower case), or None."""
    if not draft.key.description.strip() or not draft.unit_of_measure.strip():
        return "la meta necesita descripción y unidad de medida"
    # What a programa base carries: stored longer, the unit could never receive it.
    for what, text, limit in (
        ("la descripción", draft.key.description, MAX_DESCRIPTION_CHARS),
        ("la unidad de medida", draft.unit_of_measure, MAX_MEASURE_CHARS),
    ):
        # A letter of another alphabet («АPOYOS»): another meta that reads as the one it imitates.
        if (problem := field_text_problem(text, limit) or description_problem(text)) is not None:
            return f"{what} {problem}"
    typed = [*draft.num, *(draft.den or ())]
    for value in typed:  # first: «nan» cannot even be compared with 0
        if (problem := figure_problem(value)) is not None:
            return f"«{value}» {problem}"
    if any(value < 0 for value in typed):
        return "lo programado no puede ser negativo"
    found = programme_problem(draft.to_meta())
    return None if found is None else found[2]


def modified_target_problem(
    meta: Meta, quarter: Quarter, settings: ValidationSettings
) -> tuple[RowKind, str] | None:
    """What the review would call an error in a quarter's modified NUM or DEN, or None.

    ``meta`` holds the new target. The row at fault and the sentence saying why (the rule's
    own, as the review words it). Stored, the error would stop every export of the unit.
    """
    for kind, row in ((RowKind.NUM, meta.num), (RowKind.DEN, meta.den)):
        value = None if row is None else row.modified[quarter.index]
        if value is not None and (problem := figure_problem(value)) is not None:
            return kind, f"El {figure_label(Series.MODIFIED, quarter, kind)} {problem}."
    context = MetaContext(meta, quarter, settings)
    for rule in _TARGET_RULES:
        for finding in rule.findings(context):
            ref = FieldRef.parse(finding.field)
            if (
                ref is not None
                and ref.series is Series.MODIFIED
                and ref.period is quarter
                and ref.row is not RowKind.MET
            ):
                return ref.row, finding.message
    return None
