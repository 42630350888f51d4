"""What a received package would change, meta by meta and field by field, for a person to review.

The same structure feeds the window (a tree or table) and the command line (``diff_text``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from ism_desktop.domain.audit import FieldChange
from ism_desktop.domain.change_excerpt import changed_excerpts
from ism_desktop.domain.package_author import sending_said
from ism_desktop.domain.slot_setters import slot_setters
from ism_desktop.domain.validation.finding import figure_text
from ism_desktop.domain.wording import count
from ism_desktop.domain.year_news import Decision
from ism_desktop.exchange.package.manifest import shown_name


class ChangeKind(StrEnum):
    """What sort of change a line describes; the value is the Spanish tag shown."""

    FIGURE = "cifra"
    NARRATIVE = "evaluación"
    JUSTIFICATION = "justificación"
    REQUEST = "solicitud"
    PROGRAMME = "programa"
    OBSERVATION = "observación"


class MetaStatus(StrEnum):
    """Whether the meta changes, arrives or leaves the programme."""

    CHANGED = "cambia"
    NEW = "nueva"
    RETIRED = "se retira"


@dataclass(frozen=True, slots=True, init=False)
class DiffLine:
    """One field: old value → new value; ``applied`` is False for requests, which wait."""

    kind: ChangeKind
    field: str
    label: str
    old: str
    new: str
    applied: bool = True

    def __init__(
        self, kind: ChangeKind, field: str, label: str, old: str, new: str, applied: bool = True
    ) -> None:
        # What the generated __init__ does, through each slot's own setter (``slot_setters``):
        # a received package makes one for every change of every meta it brings.
        _SET_KIND(self, kind)
        _SET_FIELD(self, field)
        _SET_LABEL(self, label)
        _SET_OLD(self, old)
        _SET_NEW(self, new)
        _SET_APPLIED(self, applied)

    @classmethod
    def of(cls, kind: ChangeKind, change: FieldChange, *, applied: bool = True) -> DiffLine:
        """A line from an audit field change."""
        return cls(kind, change.field, change.label, change.old, change.new, applied)

    def describe(self) -> str:
        """One Spanish line, e.g. ``Realizado T1 (NUM): 386 → 390``."""
        if not self.old and not self.new:
            return self.label
        if self.field == WHOLE_META:  # what a new meta brings, no value before it
            return f"{self.label}: {self.new}"
        old, new = shown_pair(self.old, self.new)
        text = f"{self.label}: {old} → {new}"
        return text if self.applied else f"{text} (solicitud; no se aplica)"

    def shown_values(self) -> tuple[str, ...]:
        """The «Antes» and «Después» cells of the line; none for a line that only says something.

        «Meta nueva del programa base» had «(vacío) → (vacío)» beside it, read as if nothing
        would come in; now «Después» says what the meta brings, as written, «Antes» nothing.
        """
        if not self.old and not self.new:
            return ()
        if self.field == WHOLE_META:
            return "", self.new
        return shown_pair(self.old, self.new)


# The field of a line about the whole meta (new or retired), not one of its figures or texts.
WHOLE_META = "meta"
_SHOWN_CHARS = 60  # of a text in a review's cell


def _shown(value: str) -> str:
    if value == "":
        return "(vacío)"
    try:
        number = Decimal(value)
    except InvalidOperation:
        number = None
    if number is not None and number.is_finite():
        # Stored figures keep the report's «386.00»; people read and compare «386».
        return figure_text(number)
    if len(value) > _SHOWN_CHARS or " " in value:
        return f"«{shown_name(value, _SHOWN_CHARS)}»"
    return value


@dataclass(frozen=True, slots=True, init=False)
class MetaDiff:
    """The changes to one meta."""

    meta_id: str
    unit: str
    description: str
    lines: tuple[DiffLine, ...]
    status: MetaStatus = MetaStatus.CHANGED

    def __init__(
        self,
        meta_id: str,
        unit: str,
        description: str,
        lines: tuple[DiffLine, ...],
        status: MetaStatus = MetaStatus.CHANGED,
    ) -> None:
        # As ``DiffLine``'s: a received package makes one for each meta it changes.
        _SET_META_ID(self, meta_id)
        _SET_UNIT(self, unit)
        _SET_DESCRIPTION(self, description)
        _SET_LINES(self, lines)
        _SET_STATUS(self, status)

    @property
    def changes(self) -> bool:
        """Whether applying the package changes the meta (a line is written as it comes)."""
        return any(line.applied for line in self.lines)

    @property
    def asks(self) -> bool:
        """Whether the meta brings a target-change request, which waits for a decision."""
        return any(not line.applied for line in self.lines)


_SET_KIND, _SET_FIELD, _SET_LABEL, _SET_OLD, _SET_NEW, _SET_APPLIED = slot_setters(
    DiffLine, "kind", "field", "label", "old", "new", "applied"
)
_SET_META_ID, _SET_UNIT, _SET_DESCRIPTION, _SET_LINES, _SET_STATUS = slot_setters(
    MetaDiff, "meta_id", "unit", "description", "lines", "status"
)


@dataclass(frozen=True)
class PackageDiff:
    """Every change a package brings, against what this database holds now."""

    title: str
    metas: tuple[MetaDiff, ...]
    previous_sequence: int | None = None
    notes: tuple[str, ...] = field(default=())
    # Those of the notes that ask for attention (something not taken, an older copy, changes
    # that will be lost); the others only inform.
    warnings: tuple[str, ...] = field(default=())
    # The file the previous one came in: a unit's workbook carries no number of its own.
    previous_file: str = ""
    # The unit's requests the package decides, not known here before (a base's news).
    decisions: tuple[Decision, ...] = field(default=())
    # A unit's report: the review's errors in its metas as received, and in how many metas.
    errors: tuple[int, int] = (0, 0)

    @property
    def changed_metas(self) -> int:
        """How many metas the package changes (or adds, or retires)."""
        return len(self.metas)

    @property
    def is_empty(self) -> bool:
        """True when applying the package would change nothing but the log."""
        return not self.metas


def diff_text(diff: PackageDiff) -> str:
    """The diff for a terminal: a title, then each meta with its changed fields, then notes."""
    since = (
        "es el primero que se recibe"
        if diff.previous_sequence is None
        else f"el anterior fue el {sending_said(diff.previous_sequence, diff.previous_file)}"
    )
    # As the window's review counts them: a meta that only brings a request changes nothing.
    lines = [f"{diff.title}: {changed_said(diff, saved=False)} ({since})."]
    for meta in diff.metas:
        status = "" if meta.status is MetaStatus.CHANGED else f" [{meta.status.value}]"
        lines.append(
            f"  Meta {meta.meta_id} ({meta.unit}){status}: {shown_name(meta.description, 70)}"
        )
        lines += [f"    {line.describe()}" for line in meta.lines]
    lines += note_lines(diff)
    return "\n".join(lines) + "\n"


def note_lines(diff: PackageDiff) -> list[str]:
    """The diff's notes for a terminal: «Aviso:» for a warning, «Nota:» for information.

    Every note read «Aviso:», a delivery date as a missing meta: what asked for attention no
    longer stood out. A note's own indented lines (a reopening's changes) follow it, unprefixed.
    """
    warned = set(diff.warnings)
    return [
        f"    {note.strip()}"
        if note.startswith(" ")
        else f"  {'Aviso' if note in warned else 'Nota'}: {note}"
        for note in diff.notes
    ]


def changed_said(diff: PackageDiff, *, saved: bool = True) -> str:
    """What a saved package changed: «cambiaron 2 metas; solicitud … en 1 meta (por decidir)».

    Saved, it said «0 metas cambian», as the review says before anything is written; and a
    meta whose only news is a request still to decide did not change. Not ``saved`` (the
    review), what it would change: «1 meta cambia; solicitud …» (a request changes no meta).
    """
    changed = sum(1 for meta in diff.metas if meta.changes)
    asked = sum(1 for meta in diff.metas if meta.asks)
    if changed == 0:
        said = "ninguna meta cambió" if saved else "ninguna meta cambia"
    elif saved:
        said = count(changed, "meta", "metas")
        said = f"cambió {said}" if changed == 1 else f"cambiaron {said}"
    else:
        said = count(changed, "meta cambia", "metas cambian")
    if asked:
        said += (
            f"; solicitud de cambio de meta modificada en {count(asked, 'meta', 'metas')} (por "
            "decidir)"
        )
    return said


def shown_value(value: str) -> str:
    """A stored value as a review shows it: figures as people write them, «(vacío)» for none."""
    return _shown(value)


def shown_pair(old: str, new: str) -> tuple[str, str]:
    """Both values of a change as a review shows them, long texts from where they differ.

    Cut to their openings, two long evaluations that differ near the end read the same: the
    change was listed and could not be seen. Cut as the note of a reopening cuts them
    (``changed_excerpts``), so one change reads the same in the table and under it.
    """
    if len(old) <= _SHOWN_CHARS and len(new) <= _SHOWN_CHARS:
        return _shown(old), _shown(new)
    short_old, short_new = changed_excerpts(old, new, _SHOWN_CHARS)
    # A figure on either side reads as the table's figures; only a text is cut.
    return (
        _shown(old) if _is_figure(old) else _quoted(short_old),
        _shown(new) if _is_figure(new) else _quoted(short_new),
    )


def _quoted(excerpt: str) -> str:
    # Already within the limit: ``shown_name`` only makes it safe to print.
    return f"«{shown_name(excerpt, len(excerpt))}»" if excerpt else "(vacío)"


def _is_figure(value: str) -> bool:
    try:
        return Decimal(value).is_finite()
    except InvalidOperation:
        return False
