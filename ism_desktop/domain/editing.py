"""Edits a unit makes to a meta: achieved figures, modified targets, narratives. Pure functions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal

from ism_desktop.domain.annual import expected_annual
from ism_desktop.domain.fields import FieldRef, evaluation_quarter
from ism_desktop.domain.figures import FigureRow, RowKind, Series
from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.domain.progress import percentage, truncate_hundredths
from ism_desktop.domain.quarter import Quarter

# Read once: on Python 3.11 naming an enum's member goes through the enum class's
# ``__getattr__`` hook, and a received package sets a figure on every meta it brings.
_PERCENTAGE = MetaKind.PERCENTAGE


def _met_value(num: Decimal | None, den: Decimal | None) -> Decimal | None:
    # Without both figures a tipo P has no MET, as the official report prints a quarter not
    # yet reported: an empty DEN is not a DEN of 0 (whose MET, by the report, is 0.00).
    if num is None or den is None:
        return None
    return truncate_hundredths(percentage(num, den))


def with_achieved(
    meta: Meta, quarter: Quarter, num: Decimal | None, den: Decimal | None = None
) -> Meta:
    """The meta with the achieved figures of a quarter set as given (``None``: not reported).

    NUM and DEN are two cells: each takes exactly what is given for it, so emptying one never
    empties the other; the MET follows, empty until both are there.
    """
    # Built directly, not with ``dataclasses.replace``: a received package sets a figure on
    # every meta it brings, and ``replace`` costs more than the two rows it changes.
    if meta.kind is _PERCENTAGE and meta.den is not None:
        new_den = meta.den.with_achieved(quarter, den)
        new_met = meta.met.with_achieved(quarter, _met_value(num, den))
        new_num = meta.num.with_achieved(quarter, num)
        return _with_rows(meta, new_met, new_num, new_den)
    row = meta.num.with_achieved(quarter, num)
    new_met = meta.met.with_achieved(quarter, num)
    return _with_rows(meta, new_met, row, meta.den)


def _with_rows(meta: Meta, met: FigureRow, num: FigureRow, den: FigureRow | None) -> Meta:
    # By keyword: the three rows share a type, so a slip in their order would pass the checks.
    return Meta(
        key=meta.key,
        unit_of_measure=meta.unit_of_measure,
        kind=meta.kind,
        cumulative=meta.cumulative,
        met=met,
        num=num,
        den=den,
        evaluations=meta.evaluations,
    )


def _with_modified_row(
    row: FigureRow, quarter: Quarter, value: Decimal, annual: Decimal
) -> FigureRow:
    return row.with_modified(quarter, value, annual)


def with_modified(meta: Meta, quarter: Quarter, num: Decimal, den: Decimal | None = None) -> Meta:
    """The meta with a modified quarterly target set and its modified annual recomputed."""
    quarters = list(meta.num.modified)
    quarters[quarter.index] = num
    if meta.kind is MetaKind.PERCENTAGE and meta.den is not None:
        den_value = den if den is not None else meta.den.modified[quarter.index]
        den_quarters = list(meta.den.modified)
        den_quarters[quarter.index] = den_value
        num_annual = expected_annual(quarters, meta.cumulative, den_quarters)
        den_annual = expected_annual(den_quarters, meta.cumulative, quarters)
        new_num = _with_modified_row(meta.num, quarter, num, num_annual)
        new_den = _with_modified_row(meta.den, quarter, den_value, den_annual)
        met_q = truncate_hundredths(percentage(num, den_value))
        met_annual = truncate_hundredths(percentage(num_annual, den_annual))
        new_met = _with_modified_row(meta.met, quarter, met_q, met_annual)
        return replace(meta, num=new_num, den=new_den, met=new_met)
    annual = expected_annual(quarters, meta.cumulative)
    new_num = _with_modified_row(meta.num, quarter, num, annual)
    return replace(meta, num=new_num, met=_with_modified_row(meta.met, quarter, num, annual))


def with_evaluation(meta: Meta, quarter: Quarter, text: str) -> Meta:
    """The meta with the qualitative evaluation of a quarter replaced (empty removes it)."""
    evaluations = dict(meta.evaluations)
    if text.strip():
        evaluations[quarter] = text
    else:
        evaluations.pop(quarter, None)
    return replace(meta, evaluations=evaluations)


def with_fields_of(meta: Meta, source: Meta, fields: Iterable[str]) -> Meta:
    """The meta with the named fields (audit keys) taken from ``source``, the rest kept.

    Figures derived from them (the MET row, annual totals) follow; where every figure they
    derive from now equals ``source``'s, they are ``source``'s exactly, as first stored.
    """
    keys = list(fields)
    refs = [ref for ref in map(FieldRef.parse, keys) if ref is not None]
    result = meta
    for quarter in sorted({r.period for r in refs if r.series is Series.ACHIEVED and r.period}):
        num, den = (_pick(result, source, refs, Series.ACHIEVED, quarter, k) for k in _ROWS)
        result = with_achieved(result, quarter, num, den)
    for quarter in sorted({r.period for r in refs if r.series is Series.MODIFIED and r.period}):
        num, den = (_pick(result, source, refs, Series.MODIFIED, quarter, k) for k in _ROWS)
        result = with_modified(result, quarter, num or Decimal(0), den)
    result = _derived_from(result, source)
    for key in keys:
        told = evaluation_quarter(key)
        if told is not None:
            result = with_evaluation(result, told, source.evaluation(told))
    return result


_ROWS = (RowKind.NUM, RowKind.DEN)


def _pick(
    meta: Meta, source: Meta, refs: list[FieldRef], series: Series, quarter: Quarter, kind: RowKind
) -> Decimal | None:
    chosen = source if FieldRef(series, quarter, kind) in refs else meta
    row = chosen.row(kind)
    return None if row is None else row.value(series, quarter)


def _derived_from(meta: Meta, source: Meta) -> Meta:
    # Recomputing can differ from what the official report printed (its own rounding): where
    # the figures match the source's again, its derived figures are restored as they were.
    rows = [meta.row(kind) for kind in _ROWS]
    before = [source.row(kind) for kind in _ROWS]
    if any(
        (a is None) != (b is None) or (a is not None and b is not None and a.modified != b.modified)
        for a, b in zip(rows, before, strict=True)
    ):
        return meta
    result = replace(meta, met=replace(meta.met, modified=source.met.modified))
    result = replace(result, met=replace(result.met, modified_annual=source.met.modified_annual))
    result = replace(result, num=replace(result.num, modified_annual=source.num.modified_annual))
    if result.den is not None and source.den is not None:
        result = replace(
            result, den=replace(result.den, modified_annual=source.den.modified_annual)
        )
    achieved = [
        source.met.achieved[q.index]
        if all(
            (r is None and b is None)
            or (r is not None and b is not None and r.achieved[q.index] == b.achieved[q.index])
            for r, b in zip(rows, before, strict=True)
        )
        else result.met.achieved[q.index]
        for q in Quarter
    ]
    quad = (achieved[0], achieved[1], achieved[2], achieved[3])
    return replace(result, met=replace(result.met, achieved=quad))
