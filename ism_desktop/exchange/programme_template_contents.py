"""What a filled programme template holds once read: its metas, by sheet and row, and problems."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ism_desktop.domain.meta import Meta, MetaKind


@dataclass(frozen=True)
class TemplateMeta:
    """A meta read from the template, with the sheet and the rows it came from."""

    meta: Meta
    sheet: str
    rows: Mapping[str, int]
    known_id: str | None
    # Its figure cells already named as unreadable (read as 0): nothing else is said of them.
    unread: frozenset[str] = frozenset()


@dataclass(frozen=True)
class TemplateProblem:
    """A problem found reading the template: its sheet, its cell and the sentence that says it.

    ``message`` is said whole (Spanish, naming the sheet and the cell); ``cell`` is empty for a
    problem of the whole sheet. A check that says a problem otherwise replaces this one, found
    by what it is, not by its words: two problems may read alike.
    """

    sheet: str
    cell: str
    message: str


@dataclass(frozen=True)
class KindEdit:
    """A meta's type (F) that its rows do not fit, and the problem of its rows that follows.

    Before approval the rows are what is missing; in an approved programme, the type edited.
    """

    sheet: str
    row: int
    known_id: str
    typed: MetaKind
    # The reader's own problem of the rows (the very one in ``TemplateContents.problems``).
    problem: TemplateProblem


@dataclass(frozen=True)
class TemplateContents:
    """What a template holds: its metas, its problems, the IDs and unit sheets it has."""

    metas: list[TemplateMeta]
    problems: list[TemplateProblem]
    # Every meta ID the sheets mention, whole meta or not.
    ids: set[str]
    # Every unit's sheet, metas or none: an emptied sheet is not a sheet left out.
    sheets: set[str]
    # The unit sheets whose rows were read (their year right, their header's columns in place).
    read_sheets: set[str]
    # The metas whose rows do not fit the type typed (a meta with an ID only).
    kind_edits: list[KindEdit]
    # Per sheet and ID, the rows that begin a meta (MET or NUM) with that ID: more than one is
    # a row copied with its ID, none of them the approved meta's own row for sure.
    first_rows: dict[tuple[str, str], list[int]]
