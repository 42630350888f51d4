"""The quick reading of a received meta: every value plainly admissible, or None to look closer.

Nearly every meta of an honest package passes at the first look; this path builds the same meta
the full reading (``data_reader.meta_from_json``) builds, without the messages nobody sees.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ism_desktop.domain.codes import ActivityCode, ProgrammeCode, UnitCode
from ism_desktop.domain.figures import FigureRow
from ism_desktop.domain.limits import (
    FIGURE_BOUND,
    MAX_DESCRIPTION_CHARS,
    MAX_MEASURE_CHARS,
    MAX_NARRATIVE_CHARS,
    bad_character,
    figure_problem,
)
from ism_desktop.domain.look_alike import description_problem
from ism_desktop.domain.meta import META_KINDS, Meta, MetaKey, MetaKind, normalize_text
from ism_desktop.domain.quarter import Quarter

# The longest text each field of a meta may hold; the quick look and the full reading share them.
ID_CHARS, CODE_CHARS = 16, 10
DESCRIPTION_CHARS, MEASURE_CHARS = MAX_DESCRIPTION_CHARS, MAX_MEASURE_CHARS
ID = re.compile(r"[0-9a-f]{16}")
# The original and modified columns of a row: never empty (achieved ones may be).
PLANNED_COLUMNS = 10
_INT_BOUND = int(FIGURE_BOUND)
_QUARTERS = tuple(Quarter)
# Read once: an enum's ``value`` is a descriptor call, and every received meta asks.
_PERCENTAGE_LETTER = MetaKind.PERCENTAGE.value
# The members themselves read once too: on Python 3.11 naming one (``MetaKind.ABSOLUTE``) goes
# through the enum class's ``__getattr__`` hook. The very same objects: ``is`` answers alike.
_PERCENTAGE, _ABSOLUTE = MetaKind.PERCENTAGE, MetaKind.ABSOLUTE
_QUARTER_KEYS = {str(int(quarter)): quarter for quarter in Quarter}


class _Decimals(dict[int, Decimal]):
    """Whole figures already made into decimals (immutable, so shared): a package repeats a few."""

    def __missing__(self, key: int) -> Decimal:
        number = self[key] = Decimal(key)
        return number


def plain_row(value: Any, decimals: _Decimals | None = None) -> FigureRow | None:
    """The row when every figure is plainly admissible; None sends it to the checks that say why."""
    if type(value) is not list or len(value) != FigureRow.COLUMN_COUNT:
        return None
    known = _Decimals() if decimals is None else decimals
    planned: list[Decimal] = []
    for cell in value[:PLANNED_COLUMNS]:
        # Only an int is looked up: True and 1.0 equal 1 as keys, and must not pass as it.
        # A negative figure is never plain: no report may hold one.
        if type(cell) is int and 0 <= cell < _INT_BOUND:
            planned.append(known[cell])
        elif type(cell) is Decimal and cell >= 0 and figure_problem(cell) is None:
            planned.append(cell)
        else:
            return None
    achieved: list[Decimal | None] = []
    for cell in value[PLANNED_COLUMNS:]:
        if type(cell) is int and 0 <= cell < _INT_BOUND:
            achieved.append(known[cell])
        elif cell is None:
            achieved.append(None)
        elif type(cell) is Decimal and cell >= 0 and figure_problem(cell) is None:
            achieved.append(cell)
        else:
            return None
    # Built directly: no planned figure is empty here, so ``from_columns`` has nothing to fill.
    a, b, c, d, e, f, g, h, i, j = planned
    return FigureRow(
        (a, b, c, d), e, (f, g, h, i), j, (achieved[0], achieved[1], achieved[2], achieved[3])
    )


def _fits(value: Any, limit: int) -> bool:
    """A string of at most ``limit`` characters (whether it is plain text is asked apart)."""
    return type(value) is str and len(value) <= limit


def _plain_evaluations(value: Any) -> dict[Quarter, str] | None:
    """What ``_evaluations`` reads from ``value`` when it would accept it, else None."""
    if type(value) is not dict:
        return None
    found: dict[Quarter, str] = {}
    for key, text in value.items():
        if key not in _QUARTER_KEYS or not _fits(text, MAX_NARRATIVE_CHARS):
            return None
        found[_QUARTER_KEYS[key]] = text
    # One look for a character that is not text over all of them (see ``plain_meta``).
    if found and bad_character("".join(found.values())) is not None:
        return None
    return found


@dataclass
class PlainCache:
    """What the metas of one package share once read: decimals of whole figures, codes."""

    decimals: _Decimals = field(default_factory=_Decimals)
    codes: dict[tuple[str, str, str], tuple[UnitCode, ProgrammeCode, ActivityCode] | None] = field(
        default_factory=dict
    )

    def key_codes(
        self, unit: str, programme: str, activity: str
    ) -> tuple[UnitCode, ProgrammeCode, ActivityCode] | None:
        """The three codes (immutable, so shared), or None when one is not valid."""
        names = (unit, programme, activity)
        if names in self.codes:
            return self.codes[names]
        try:
            codes = (UnitCode(unit), ProgrammeCode(programme), ActivityCode(activity))
        except ValueError:
            self.codes[names] = None
            return None
        self.codes[names] = codes
        return codes


def plain_meta(
    item: Mapping[str, Any], reported_up_to: Quarter | None, cache: PlainCache | None = None
) -> Meta | None:
    """The meta ``meta_from_json`` reads, when every check passes at the first look.

    None when any value needs a closer look: the full reading then runs every check again and
    names the first that fails. A meta is returned only where that reading returns an equal one,
    so a package is read the same; this path only skips building messages nobody sees.
    """
    shared = PlainCache() if cache is None else cache
    # Every reason for a refusal (missing or odd values, bad codes, another identity) means
    # "look again closely": this path never refuses, it only accepts what plainly passes.
    try:
        claimed, entity, unit, programme, activity, description, uom, kind_text, cumulative = (
            item["id"],
            item["dependencia"],
            item["unidad"],
            item["programa"],
            item["proceso"],
            item["descripcion"],
            item["unidad_medida"],
            item["tipo"],
            item["acumulable"],
        )
        num_value, den_value = item["num"], item["den"]
        met_value = item["met"] if kind_text == _PERCENTAGE_LETTER else None
    except KeyError:
        return None
    if not (
        _fits(claimed, ID_CHARS)
        and _fits(entity, CODE_CHARS)
        and entity.strip()
        and _fits(unit, CODE_CHARS)
        and _fits(programme, CODE_CHARS)
        and _fits(activity, CODE_CHARS)
        and _fits(description, DESCRIPTION_CHARS)
        and description.strip()
        and description_problem(description) is None
        and _fits(uom, MEASURE_CHARS)
        and type(cumulative) is bool
        and type(kind_text) is str
        and kind_text in META_KINDS
        # One look over the texts joined: a character that is not text is one character, so
        # the joined text has one exactly when one of them has (each is checked on its own,
        # naming it, when the full reading runs).
        and bad_character("".join((claimed, entity, unit, programme, activity, description, uom)))
        is None
    ):
        return None
    kind = META_KINDS[kind_text]
    if (kind is _PERCENTAGE) != (den_value is not None):
        return None
    decimals = shared.decimals
    num = plain_row(num_value, decimals)
    met = num if kind is _ABSOLUTE else plain_row(met_value, decimals)
    den = None if den_value is None else plain_row(den_value, decimals)
    evaluations = _plain_evaluations(item.get("evaluacion", {}))
    if num is None or met is None or (den_value is not None and den is None) or evaluations is None:
        return None
    codes = shared.key_codes(unit, programme, activity)
    if codes is None:
        return None
    key = MetaKey(entity, codes[0], codes[1], codes[2], normalize_text(description))
    if not ID.fullmatch(claimed) or key.stable_id != claimed:
        return None
    meta = Meta(key, uom, kind, cumulative, met, num, den, evaluations)
    return meta if late_quarter(meta, reported_up_to) is None else None


def late_quarter(meta: Meta, quarter: Quarter | None) -> Quarter | None:
    """The first quarter after ``quarter`` the meta reports anything for (None: none)."""
    first = 0 if quarter is None else int(quarter)
    # The achieved series read once, not through a generator per quarter: every meta of every
    # received package passes here.
    met, num = meta.met.achieved, meta.num.achieved
    den = None if meta.den is None else meta.den.achieved
    evaluations = meta.evaluations
    # The tuple's length, not the enum's: ``len(Quarter)`` is a Python call on Python 3.11.
    for index in range(first, len(_QUARTERS)):
        period = _QUARTERS[index]
        if (
            met[index] is not None
            or num[index] is not None
            or (den is not None and den[index] is not None)
            or evaluations.get(period)
        ):
            return period
    return None
