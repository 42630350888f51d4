"""Edits a unit makes to a meta: achieved figures, modified targets, narratives. Pure functions."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ism_desktop.domain.annual import expected_annual
from ism_desktop.domain.figures import FigureRow
from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.domain.progress import percentage, truncate_hundredths
from ism_desktop.domain.quarter import Quarter


def _met_value(meta: Meta, num: Decimal | None, den: Decimal | None) -> Decimal | None:
    if num is None:
        return None
    if meta.kind is MetaKind.ABSOLUTE:
        return num
    return truncate_hundredths(percentage(num, den or Decimal(0)))


def with_achieved(
    meta: Meta, quarter: Quarter, num: Decimal | None, den: Decimal | None = None
) -> Meta:
    """The meta with the achieved figure of a quarter set (``None``: not reported)."""
    if meta.kind is MetaKind.PERCENTAGE and meta.den is not None:
        new_den = meta.den.with_achieved(quarter, den if num is not None else None)
        new_met = meta.met.with_achieved(quarter, _met_value(meta, num, den))
        return replace(meta, num=meta.num.with_achieved(quarter, num), den=new_den, met=new_met)
    row = meta.num.with_achieved(quarter, num)
    return replace(meta, num=row, met=meta.met.with_achieved(quarter, num))


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
