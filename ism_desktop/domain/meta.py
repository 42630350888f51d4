"""A meta (target) of the annual operating programme, identified as the official report does."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from ism_desktop.domain.codes import ActivityCode, ProgrammeCode, UnitCode
from ism_desktop.domain.figures import FigureRow, RowKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.slot_setters import slot_setters


class MetaKind(StrEnum):
    """TIPO META: absolute count or percentage (with NUM and DEN)."""

    ABSOLUTE = "A"
    PERCENTAGE = "P"


# The letter as printed and stored, to its kind: a lookup where calling the enum costs a call
# per meta (the report's reader, the packages' reader and the store read thousands).
META_KINDS: dict[str, MetaKind] = {kind.value: kind for kind in MetaKind}


def normalize_text(text: str) -> str:
    """Collapse all whitespace to single spaces, as one paragraph reads."""
    # Most text is already so: a space is the only whitespace a printable string can hold.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


_COMBINING_MARKS = re.compile(r"[\u0300-\u036f]")


def _identity_text(text: str) -> str:
    # Accents and case are folded so that a retyped description still names the same meta.
    normal = normalize_text(text)
    if normal.isascii():  # nothing to decompose, no accent to drop
        return normal.upper()
    try:
        # Most descriptions are Spanish in Latin-1: both folds by one byte table, in one pass.
        plain = normal.encode("latin-1").translate(_UPPER_PLAIN_LATIN1)
    except UnicodeEncodeError:
        pass
    else:
        if plain.isascii():
            return plain.decode("ascii")
    folded = normal.upper()
    try:
        plain = folded.encode("latin-1").translate(_PLAIN_LATIN1)
    except UnicodeEncodeError:
        pass  # beyond Latin-1: only the general rule knows
    else:
        if plain.isascii():
            return plain.decode("ascii")
    return _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", folded))


# The accented capitals of Spanish text (and º, ª) as the general rule above folds them, one
# ASCII letter each, as a byte table. Text made of these and ASCII decomposes letter by letter
# (each decomposition starts with its base letter), so the table gives the same text, faster.
_ACCENTED = "ÁÉÍÓÚÜÑÀÈÌÒÙÂÊÎÔÛÄËÏÖÇºª"
_PLAIN_LATIN1 = bytes.maketrans(
    _ACCENTED.encode("latin-1"),
    "".join(
        _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", letter)) for letter in _ACCENTED
    ).encode("ascii"),
)


def _upper_plain(byte: int) -> int:
    # What the rule above makes of one Latin-1 character: upper case, then the table; a
    # character it does not make one ASCII letter of (ß, µ, ÿ, ã…) stays, not ASCII, and sends
    # its text down the rule above.
    upper = chr(byte).upper()
    if len(upper) == 1 and upper.isascii():
        return ord(upper)
    if len(upper) == 1 and upper in _ACCENTED:
        return _PLAIN_LATIN1[ord(upper)]
    return byte


_UPPER_PLAIN_LATIN1 = bytes(_upper_plain(byte) for byte in range(256))


@dataclass(frozen=True, slots=True, order=True, init=False)
class MetaKey:
    """What identifies a meta across PCs: entity, unit, programme, activity code and description."""

    entity: str
    unit: UnitCode
    programme: ProgrammeCode
    activity: ActivityCode
    description: str
    # Filled on first use, or from the database, which stored it when the meta was saved.
    known_id: str = field(default="", compare=False, repr=False)

    def __init__(
        self,
        entity: str,
        unit: UnitCode,
        programme: ProgrammeCode,
        activity: ActivityCode,
        description: str,
        known_id: str = "",
    ) -> None:
        # What the generated __init__ does, through each slot's own setter (``slot_setters``):
        # readers and the store make a key for each of thousands of metas.
        _SET_ENTITY(self, entity)
        _SET_UNIT(self, unit)
        _SET_PROGRAMME(self, programme)
        _SET_ACTIVITY(self, activity)
        _SET_DESCRIPTION(self, description)
        _SET_KNOWN_ID(self, known_id)

    @property
    def stable_id(self) -> str:
        """A short hash that every PC that imported the same report computes alike."""
        if not self.known_id:
            _SET_KNOWN_ID(self, self._compute_id())
        return self.known_id

    def _compute_id(self) -> str:
        parts = (
            self.entity,
            self.unit.value,
            self.programme.value,
            self.activity.value,
            _identity_text(self.description),
        )
        return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


_SET_ENTITY, _SET_UNIT, _SET_PROGRAMME, _SET_ACTIVITY, _SET_DESCRIPTION, _SET_KNOWN_ID = (
    slot_setters(MetaKey, "entity", "unit", "programme", "activity", "description", "known_id")
)


# Stands for "no evaluations given" in ``Meta``: each meta then gets a dict of its own.
_NEW_DICT: Mapping[Quarter, str] = MappingProxyType({})


@dataclass(frozen=True, init=False)
class Meta:
    """A meta with its printed rows and its qualitative evaluation per quarter."""

    key: MetaKey
    unit_of_measure: str
    kind: MetaKind
    cumulative: bool
    met: FigureRow
    num: FigureRow
    den: FigureRow | None
    evaluations: Mapping[Quarter, str] = field(default_factory=dict)

    def __init__(
        self,
        key: MetaKey,
        unit_of_measure: str,
        kind: MetaKind,
        cumulative: bool,
        met: FigureRow,
        num: FigureRow,
        den: FigureRow | None,
        evaluations: Mapping[Quarter, str] = _NEW_DICT,
    ) -> None:
        # What the generated __init__ does, written into the instance's dict instead of eight
        # calls of object.__setattr__ (frozen): readers and the store make thousands of metas.
        fields = self.__dict__
        fields["key"] = key
        fields["unit_of_measure"] = unit_of_measure
        fields["kind"] = kind
        fields["cumulative"] = cumulative
        fields["met"] = met
        fields["num"] = num
        fields["den"] = den
        fields["evaluations"] = {} if evaluations is _NEW_DICT else evaluations

    @property
    def stable_id(self) -> str:
        """The meta's identity shared across PCs."""
        # The key's id once known, without its property's call: a received package asks each
        # meta for it about ten times (plan, checks, writes, audit rows).
        key = self.key
        return key.known_id or key.stable_id

    @property
    def description(self) -> str:
        """The meta's description as printed (whitespace collapsed)."""
        return self.key.description

    def row(self, kind: RowKind) -> FigureRow | None:
        """The MET, NUM or DEN row (DEN is ``None`` for absolute metas)."""
        if kind is RowKind.MET:
            return self.met
        if kind is RowKind.NUM:
            return self.num
        return self.den

    def evaluation(self, quarter: Quarter) -> str:
        """The qualitative evaluation for a quarter, empty when there is none."""
        return self.evaluations.get(quarter, "")
