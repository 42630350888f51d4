"""Merging a package into a stored meta: reported figures one way, the programme the other.

A unit's package may change only what the unit reports (achieved figures and narratives); the
programme (original targets, kind, unit of measure) is the coordinating unit's, and a modified
target changes only when the coordinating unit approves it. Pure functions over ``Meta``.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ism_desktop.domain.audit import FieldChange, diff_metas, figure_label
from ism_desktop.domain.editing import with_achieved, with_evaluation
from ism_desktop.domain.fields import figure_field, is_modified_target
from ism_desktop.domain.figures import FigureRow, RowKind, Series
from ism_desktop.domain.meta import Meta, normalize_text
from ism_desktop.domain.quarter import Quarter

_PLANNED = (Series.ORIGINAL, Series.MODIFIED)
# Members read once: on Python 3.11 naming an enum's member (``RowKind.NUM``) goes through
# the enum class's ``__getattr__`` hook, 15 times a global's cost, and every received meta
# asks for a dozen of them. The very same objects, so every ``is`` answers alike.
_NUM, _DEN, _MET = RowKind.NUM, RowKind.DEN, RowKind.MET
_ORIGINAL, _MODIFIED = Series.ORIGINAL, Series.MODIFIED
_QUARTERS = tuple(Quarter)
_YES_NO = {True: "SI", False: "NO"}


def _text(value: Decimal | None) -> str:
    return "" if value is None else str(value)


def _series_changes(before: Meta, after: Meta, series: Series) -> list[FieldChange]:
    changes: list[FieldChange] = []
    for kind, old_row, new_row in (
        (_NUM, before.num, after.num),
        (_DEN, before.den, after.den),
    ):
        if old_row is None and new_row is None:
            continue
        if old_row is not None and new_row is not None and _same_plan(old_row, new_row, series):
            continue
        for period in (*_QUARTERS, None):
            old = _planned(old_row, series, period)
            new = _planned(new_row, series, period)
            if old != new:
                changes.append(
                    FieldChange(
                        figure_field(series, period, kind),
                        figure_label(series, period, kind),
                        _text(old),
                        _text(new),
                    )
                )
    return changes


def _same_plan(old: FigureRow, new: FigureRow, series: Series) -> bool:
    if series is _ORIGINAL:
        return old.original == new.original and old.original_annual == new.original_annual
    return old.modified == new.modified and old.modified_annual == new.modified_annual


def _planned(row: FigureRow | None, series: Series, period: Quarter | None) -> Decimal | None:
    if row is None:
        return None
    if period is not None:
        return row.value(series, period)
    return row.original_annual if series is _ORIGINAL else row.modified_annual


def _attribute_changes(before: Meta, after: Meta) -> list[FieldChange]:
    # Each pair is compared before its texts are made: every received meta passes here, and
    # reading an enum's ``value`` is a descriptor call (equal kinds have equal letters).
    changes: list[FieldChange] = []
    if before.kind is not after.kind:
        changes.append(FieldChange("tipo", "Tipo de meta", before.kind.value, after.kind.value))
    if before.cumulative != after.cumulative:
        changes.append(
            FieldChange(
                "acumulable",
                "Valor acumulable",
                _YES_NO[before.cumulative],
                _YES_NO[after.cumulative],
            )
        )
    if before.unit_of_measure != after.unit_of_measure:
        changes.append(
            FieldChange(
                "unidad_medida", "Unidad de medida", before.unit_of_measure, after.unit_of_measure
            )
        )
    return changes


def _met_only_changes(before: Meta, after: Meta, series: Series) -> list[FieldChange]:
    """MET figures that changed while the NUM and DEN of the same column did not.

    MET follows from NUM (and DEN): beside their changes it adds nothing. Alone, it is a
    printed figure changed (a report re-imported), which would otherwise pass unseen.
    """
    old_met, new_met = before.met, after.met
    if _same_series(old_met, new_met, series):
        return []
    changes: list[FieldChange] = []
    periods: tuple[Quarter | None, ...] = (
        _QUARTERS if series is Series.ACHIEVED else (*_QUARTERS, None)
    )
    for period in periods:
        old, new = _figure(old_met, series, period), _figure(new_met, series, period)
        if old == new:
            continue
        if _figure(before.num, series, period) != _figure(after.num, series, period):
            continue
        old_den = None if before.den is None else _figure(before.den, series, period)
        new_den = None if after.den is None else _figure(after.den, series, period)
        if old_den != new_den:
            continue
        changes.append(
            FieldChange(
                figure_field(series, period, _MET),
                figure_label(series, period, _MET),
                _text(old),
                _text(new),
            )
        )
    return changes


def _same_series(old: FigureRow, new: FigureRow, series: Series) -> bool:
    if series is Series.ACHIEVED:
        return old.achieved == new.achieved
    return _same_plan(old, new, series)


def _figure(row: FigureRow, series: Series, period: Quarter | None) -> Decimal | None:
    return row.value(series, period) if period is not None else _planned(row, series, None)


def programme_mismatches(programme: Meta, incoming: Meta) -> tuple[FieldChange, ...]:
    """What a unit's package says differently from the programme in fields it may not change."""
    return (
        *_attribute_changes(programme, incoming),
        *_series_changes(programme, incoming, _ORIGINAL),
        *_met_only_changes(programme, incoming, _ORIGINAL),
    )


def _description_changes(before: Meta, after: Meta) -> list[FieldChange]:
    """The description retyped in case or accents only: the same meta (its ID folds them).

    Whitespace is no change: every reader collapses it, as a printed description reads.
    """
    old, new = before.description, after.description
    if old == new or normalize_text(old) == normalize_text(new):
        return []
    return [FieldChange("descripcion", "Descripción", old, new)]


def programme_changes(before: Meta, after: Meta) -> tuple[FieldChange, ...]:
    """Every programme field (description, attributes, original and modified targets) changed."""
    changes = _description_changes(before, after) + _attribute_changes(before, after)
    for series in _PLANNED:
        changes += _series_changes(before, after, series)
    return tuple(changes)


def requested_target_changes(programme: Meta, incoming: Meta) -> tuple[FieldChange, ...]:
    """The modified targets a unit's package asks for (they are not applied by the package)."""
    return tuple(_series_changes(programme, incoming, _MODIFIED))


def with_reported(before: Meta, incoming: Meta, quarter: Quarter) -> Meta:
    """``before`` with the achieved figures and narratives of quarters up to ``quarter`` taken."""
    after = before
    for period in _QUARTERS[: quarter.index + 1]:
        index = period.index
        num = incoming.num.achieved[index]
        den = None if incoming.den is None else incoming.den.achieved[index]
        old_den = None if after.den is None else after.den.achieved[index]
        # Unchanged figures are left alone, so a printed MET is not recomputed for nothing.
        if num != after.num.achieved[index] or den != old_den:
            after = with_achieved(after, period, num, den)
        text = incoming.evaluation(period)
        if text != after.evaluation(period):
            after = with_evaluation(after, period, text)
    return after


def reported_only(changes: tuple[FieldChange, ...]) -> tuple[FieldChange, ...]:
    """The changes of achieved figures and narratives among a meta's diffed changes."""
    return tuple(c for c in changes if not is_modified_target(c.field))


def _without_achieved(row: FigureRow) -> FigureRow:
    return replace(row, achieved=(None, None, None, None))


def with_programme(existing: Meta | None, base: Meta) -> Meta:
    """The base's programme with what the unit already reported on ``existing`` kept."""
    fresh = replace(
        base,
        met=_without_achieved(base.met),
        num=_without_achieved(base.num),
        den=None if base.den is None else _without_achieved(base.den),
        evaluations={},
    )
    if existing is None:
        return fresh
    merged = replace(fresh, evaluations=dict(existing.evaluations))
    for period in Quarter:
        num = existing.num.value(Series.ACHIEVED, period)
        den = None if existing.den is None else existing.den.value(Series.ACHIEVED, period)
        # Either figure alone too: a DEN typed before its NUM is kept as typed.
        if num is not None or den is not None:
            merged = with_achieved(merged, period, num, den)
    # The unit's MET as it was typed or printed stays, where the kind did not change.
    if existing.kind is base.kind:
        merged = replace(merged, met=replace(merged.met, achieved=existing.met.achieved))
    return merged


def _keep_later(printed: FigureRow, stored: FigureRow | None, quarter: Quarter) -> FigureRow:
    if stored is None:
        return printed
    achieved = tuple(
        stored.achieved[period.index] if period > quarter else printed.achieved[period.index]
        for period in Quarter
    )
    return replace(printed, achieved=(achieved[0], achieved[1], achieved[2], achieved[3]))


def with_printed_report(stored: Meta | None, printed: Meta, quarter: Quarter) -> Meta:
    """A meta as an official report of ``quarter`` prints it, keeping what ``stored`` holds later.

    The report prints nothing for later quarters (0.00 means «not reported»), so it never
    clears them: achieved figures and narratives of quarters after ``quarter`` stay.
    """
    if stored is None:
        return printed
    return replace(
        printed,
        met=_keep_later(printed.met, stored.met, quarter),
        num=_keep_later(printed.num, stored.num, quarter),
        den=None if printed.den is None else _keep_later(printed.den, stored.den, quarter),
        evaluations={**stored.evaluations, **printed.evaluations},
    )


def report_changes(stored: Meta, printed: Meta) -> tuple[FieldChange, ...]:
    """Every field an official report changes on a stored meta: programme, figures, narratives."""
    return (
        *programme_mismatches(stored, printed),
        *diff_metas(stored, printed),
        *_met_only_changes(stored, printed, _MODIFIED),
        *_met_only_changes(stored, printed, Series.ACHIEVED),
    )
