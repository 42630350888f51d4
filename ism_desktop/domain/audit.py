"""The record of who changed what: audit entries and the history of target changes."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from ism_desktop.domain.fields import evaluation_field
from ism_desktop.domain.fields import figure_field as figure_field  # re-exported
from ism_desktop.domain.fields import figure_label as quoted_label
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.limits import (
    MAX_DOCUMENT_CHARS,
    MAX_NARRATIVE_CHARS,
    bad_character,
    field_text_problem,
)
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.slot_setters import slot_setters

UNKNOWN_OS_USER = "usuario desconocido"


def os_user() -> str:
    """The operating-system user, for the audit trail (a fixed Spanish text when unknown)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name on some locked-down Windows accounts
        return UNKNOWN_OS_USER


@dataclass(frozen=True, slots=True)
class Author:
    """Who made a change: the PC's profile and the operating-system user."""

    profile: str
    os_user: str

    def describe(self) -> str:
        """``profile (user)``, as justifications and observations name their author."""
        return f"{self.profile} ({self.os_user})"


@dataclass(frozen=True, slots=True, init=False)
class FieldChange:
    """One field of a meta that changed, with its machine name and Spanish label."""

    field: str
    label: str
    old: str
    new: str

    def __init__(self, field: str, label: str, old: str, new: str) -> None:
        # What the generated __init__ does, through each slot's own setter (``slot_setters``):
        # a received package makes one for every change of every meta it brings.
        _SET_FIELD(self, field)
        _SET_LABEL(self, label)
        _SET_OLD(self, old)
        _SET_NEW(self, new)


_SET_FIELD, _SET_LABEL, _SET_OLD, _SET_NEW = slot_setters(
    FieldChange, "field", "label", "old", "new"
)


@dataclass(frozen=True, slots=True)
class MetaChange:
    """One field of one meta that an import changed."""

    meta_id: str
    description: str
    change: FieldChange

    @property
    def shortens_evaluation(self) -> bool:
        """True when a stored evaluation is replaced by a cut version of itself."""
        old, new = self.change.old, self.change.new
        return self.change.field.startswith("evaluacion.") and old != new and old.startswith(new)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """A stored change: when, who, which field, from what to what."""

    at: str
    author: Author
    change: FieldChange


class TargetInput(StrEnum):
    """What a person types for a modified-target change: a refusal names the one at fault."""

    NUM = "num"
    DEN = "den"
    REASON = "motivo"
    DOCUMENT = "documento"


@dataclass(frozen=True, slots=True)
class TargetProblem:
    """Why a modified-target change may not be stored (Spanish), and the input at fault."""

    at_fault: TargetInput
    message: str


@dataclass(frozen=True, slots=True)
class TargetChangeReason:
    """Why a modified target changed: free text and, optionally, the authorising document."""

    text: str
    document: str = ""

    def problem(self) -> TargetProblem | None:
        """Why this reason, as typed, may not be stored (Spanish, naming the field), or None.

        The rules of a justification: it becomes the modified-target warning's, and travels in
        the package to the coordinating unit, which refuses what it could not store.
        """
        for at_fault, label, text, limit in (
            (TargetInput.REASON, "Motivo", self.text, MAX_NARRATIVE_CHARS),
            (TargetInput.DOCUMENT, "Documento que lo autoriza", self.document, MAX_DOCUMENT_CHARS),
        ):
            # The position as typed; the length as stored (blanks around are trimmed).
            if found := bad_character(text) or field_text_problem(text.strip(), limit):
                return TargetProblem(at_fault, f"el campo «{label}» {found}")
        return None


def _text(value: Decimal | None) -> str:
    return "" if value is None else str(value)


def figure_label(series: Series, period: Quarter | None, row: RowKind) -> str:
    """Spanish label of a figure as a heading shows it, e.g. ``Realizado T1 (NUM)``."""
    label = quoted_label(series, period, row)
    return label[:1].upper() + label[1:]


_QUARTERS = tuple(Quarter)
# Read once: on Python 3.11 naming an enum's member goes through the enum class's
# ``__getattr__`` hook (15 times a global's cost), and a received package diffs every meta.
_NUM, _DEN, _MODIFIED, _ACHIEVED = RowKind.NUM, RowKind.DEN, Series.MODIFIED, Series.ACHIEVED
# Every figure's machine name and label, made once: a received package diffs every meta.
_FIGURE_NAMES = {
    (series, quarter, kind): (
        figure_field(series, quarter, kind),
        figure_label(series, quarter, kind),
    )
    for series in Series
    for quarter in _QUARTERS
    for kind in RowKind
}
_EVALUATION_NAMES = {
    quarter: (evaluation_field(quarter), f"Evaluación cualitativa T{int(quarter)}")
    for quarter in _QUARTERS
}


def diff_metas(before: Meta, after: Meta) -> tuple[FieldChange, ...]:
    """Every field that differs between two versions of the same meta."""
    changes: list[FieldChange] = []
    # The rows and series read as attributes, not through ``row``/``quarters``: a received
    # package diffs every meta it brings.
    for kind, old_row, new_row in (
        (_NUM, before.num, after.num),
        (_DEN, before.den, after.den),
    ):
        if old_row is None or new_row is None:
            continue
        for series, old_values, new_values in (
            (_MODIFIED, old_row.modified, new_row.modified),
            (_ACHIEVED, old_row.achieved, new_row.achieved),
        ):
            if old_values == new_values:
                continue  # the usual case (a package changes one quarter): nothing to list
            for quarter, old, new in zip(_QUARTERS, old_values, new_values, strict=True):
                if old != new:
                    field, label = _FIGURE_NAMES[series, quarter, kind]
                    changes.append(FieldChange(field, label, _text(old), _text(new)))
    if before.evaluations == after.evaluations:
        return tuple(changes)  # the same narratives: nothing more to compare
    for quarter in _QUARTERS:
        old_text, new_text = before.evaluation(quarter), after.evaluation(quarter)
        if old_text != new_text:
            field, label = _EVALUATION_NAMES[quarter]
            changes.append(FieldChange(field, label, old_text, new_text))
    return tuple(changes)


@dataclass(frozen=True, slots=True)
class TargetChange:
    """A stored change of a modified target with its reason."""

    at: str
    author: Author
    field: str
    old: str
    new: str
    reason: TargetChangeReason
    # When Undo took it back before any package carried it (None: asked, in force).
    withdrawn_at: str | None = None


def derived_target_changes(before: Meta, after: Meta) -> tuple[FieldChange, ...]:
    """The modified-target figures that follow from the others: the MET row and the annuals.

    ``diff_metas`` leaves them out (they are computed, never typed); a sentence saying what an
    undone request wrote back names them too, for the MET row on screen changed as well.
    """
    changes: list[FieldChange] = []
    for kind in (RowKind.MET, RowKind.NUM, RowKind.DEN):
        old_row, new_row = before.row(kind), after.row(kind)
        if old_row is None or new_row is None:
            continue
        pairs: list[tuple[Quarter | None, Decimal, Decimal]] = []
        if kind is RowKind.MET:
            pairs += zip(_QUARTERS, old_row.modified, new_row.modified, strict=True)
        pairs.append((None, old_row.modified_annual, new_row.modified_annual))
        changes += [
            FieldChange(
                figure_field(_MODIFIED, quarter, kind),
                figure_label(_MODIFIED, quarter, kind),
                _text(old),
                _text(new),
            )
            for quarter, old, new in pairs
            if old != new
        ]
    return tuple(changes)
