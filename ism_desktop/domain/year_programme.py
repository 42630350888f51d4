"""A year's programme as the coordinating unit writes it: metas from their original targets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ism_desktop.domain.annual import expected_annual
from ism_desktop.domain.editing import with_modified
from ism_desktop.domain.fields import FieldRef, figure_label
from ism_desktop.domain.figures import ZERO, FigureRow, RowKind, Series
from ism_desktop.domain.meta import Meta, MetaKey, MetaKind
from ism_desktop.domain.progress import percentage, truncate_hundredths
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.context import MetaContext
from ism_desktop.domain.validation.figure_rules import FRACTIONAL_COUNT
from ism_desktop.domain.validation.settings import ValidationSettings

_DEFAULT_RULES = ValidationSettings()

_NONE4 = (None, None, None, None)
ZERO4 = (ZERO, ZERO, ZERO, ZERO)


def _row(quarters: Sequence[Decimal], annual: Decimal) -> FigureRow:
    quad = (quarters[0], quarters[1], quarters[2], quarters[3])
    return FigureRow(quad, annual, quad, annual, _NONE4)


@dataclass(frozen=True, slots=True)
class MetaDraft:
    """What the coordinator types for a meta: identity, attributes and original quarters."""

    key: MetaKey
    unit_of_measure: str
    kind: MetaKind
    cumulative: bool
    num: tuple[Decimal, Decimal, Decimal, Decimal]
    den: tuple[Decimal, Decimal, Decimal, Decimal] | None = None

    def to_meta(self) -> Meta:
        """The meta with annuals computed and modified equal to original (nothing reported)."""
        if self.kind is MetaKind.PERCENTAGE:
            den = self.den or ZERO4
            num_annual = expected_annual(self.num, self.cumulative, den)
            den_annual = expected_annual(den, self.cumulative, self.num)
            met = [
                truncate_hundredths(percentage(n, d)) for n, d in zip(self.num, den, strict=True)
            ]
            met_annual = truncate_hundredths(percentage(num_annual, den_annual))
            return Meta(
                self.key,
                self.unit_of_measure,
                self.kind,
                self.cumulative,
                met=_row(met, met_annual),
                num=_row(self.num, num_annual),
                den=_row(den, den_annual),
            )
        annual = expected_annual(self.num, self.cumulative)
        row = _row(self.num, annual)
        return Meta(self.key, self.unit_of_measure, self.kind, self.cumulative, row, row, None)

    @classmethod
    def of(cls, meta: Meta) -> MetaDraft:
        """The draft of a stored meta (its original quarters)."""
        den = None if meta.den is None else meta.den.original
        return cls(
            meta.key, meta.unit_of_measure, meta.kind, meta.cumulative, meta.num.original, den
        )


def blank_targets(meta: Meta) -> Meta:
    """The meta carried into a new year: same identity and attributes, targets empty (zero)."""
    den = None if meta.kind is MetaKind.ABSOLUTE else ZERO4
    return MetaDraft(
        meta.key, meta.unit_of_measure, meta.kind, meta.cumulative, ZERO4, den
    ).to_meta()


def unprogrammed(meta: Meta) -> bool:
    """Whether a meta has no original target at all (every quarter zero)."""
    return all(value == ZERO for value in meta.num.original)


def with_requested_target(meta: Meta, field: str, value: Decimal) -> Meta:
    """The meta with one requested modified figure (``modificado.t2.num``) set.

    Annual figures are not set: they follow from the quarters.
    """
    ref = FieldRef.parse(field)
    # The key comes from a package: anything but a quarter's modified figure changes nothing.
    if ref is None or not ref.is_modified_target or ref.period is None:
        return meta
    quarter = ref.period
    if ref.row is RowKind.DEN:
        return with_modified(meta, quarter, meta.num.modified[quarter.index], value)
    return with_modified(meta, quarter, value)


def shown_row(meta: Meta, row: RowKind, absolute_label: RowKind = RowKind.NUM) -> RowKind:
    """The row a figure of ``meta`` is named by: a tipo A meta's NUM as ``absolute_label``.

    The window and the report show a tipo A meta's figures in MET and NUM alike and name NUM;
    the programme template has one row for them, labelled MET, and names that.
    """
    return absolute_label if meta.kind is MetaKind.ABSOLUTE and row is RowKind.NUM else row


def fractional_original(
    meta: Meta, absolute_label: RowKind = RowKind.NUM
) -> tuple[RowKind, Quarter, str] | None:
    """The first original quarter target CIFRA_FRACCIONARIA refuses, and the rule's message.

    Approved, such a target would stop every export of the unit (the rule is an error) with no
    way left to change it, so it is refused before. The rule itself is asked, with the default
    count units: a programme is checked before any unit's settings exist. The row is named as
    ``shown_row`` says.
    """
    for found in FRACTIONAL_COUNT.check(MetaContext(meta, Quarter.FIRST, _DEFAULT_RULES)):
        ref = FieldRef.parse(found.field)
        if ref is not None and ref.series is Series.ORIGINAL and ref.period is not None:
            row = shown_row(meta, ref.row, absolute_label)
            values = {**found.values, "figure": figure_label(ref.series, ref.period, row)}
            # «el original T3 (NUM) es 2.5, pero …», to follow what the caller says first.
            message = FRACTIONAL_COUNT.template.format_map(values)
            return row, ref.period, message[:1].lower() + message[1:].rstrip(".")
    return None


def put_back(meta: Meta, field: str, requested: str, current: str) -> Meta | None:
    """The meta with a rejected request's figure put back; None when there is nothing to put back.

    Only while the meta still holds the figure asked for: changed again since (a newer request
    is on its way), the rejection of the old figure does not overwrite it. Figures that are
    not numbers (a package of another program) put nothing back either.
    """
    try:
        asked, was = Decimal(requested), Decimal(current)
    except InvalidOperation:
        return None
    if with_requested_target(meta, field, asked) != meta:
        return None
    after = with_requested_target(meta, field, was)
    return None if after == meta else after
