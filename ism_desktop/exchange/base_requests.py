"""A unit's own change of a modified target, not yet decided, survives a new programme base.

A unit asks for another modified target by changing it here; the coordinating unit decides when
the unit's package arrives. A base sent meanwhile (a new delivery date, say) carries the
coordinator's figure as it was, which put the unit's request, and its reason, away unseen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation

from ism_desktop.domain.audit import AuditEntry
from ism_desktop.domain.fields import FieldRef
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import shortened
from ism_desktop.domain.year_news import COORDINATOR_PACKAGE
from ism_desktop.domain.year_programme import with_requested_target
from ism_desktop.exchange.base_delivered import by_a_base


def _own_since_last_package(history: Sequence[AuditEntry], field: str) -> list[AuditEntry]:
    """This PC's own changes of ``field`` since a coordinator's package last set it."""
    own: list[AuditEntry] = []
    for entry in history:
        if entry.change.field != field:
            continue
        profile = entry.author.profile
        if by_a_base(profile) or profile == COORDINATOR_PACKAGE:
            own = []  # set by the coordinator: what the unit changed before was answered
        else:
            own.append(entry)
    return own


def _figure(text: str) -> Decimal | None:
    try:
        return Decimal(text) if text else None
    except InvalidOperation:
        return None


def kept_requests(
    history: Callable[[], Sequence[AuditEntry]],
    before: Meta,
    incoming: Meta,
    merged: Meta,
    decided: Mapping[tuple[str, str], str] | None = None,
) -> tuple[Meta, tuple[str, ...]]:
    """``merged`` with the unit's undecided modified figures kept, and a note for each.

    ``history`` gives the meta's audit trail, oldest first (asked only when a figure differs).

    A figure is the unit's undecided request when this PC changed it since a coordinator's
    package last set it, the base carries a figure the unit had before (not a new one of the
    coordinator's), and the base decides nothing about this very figure (``decided``: the
    figure asked, by meta id and field, of each decision it carries; one changed again after
    it was asked is a newer request).
    """
    decided = decided or {}
    entries: Sequence[AuditEntry] | None = None  # read once, and only for a figure that differs
    notes: list[str] = []
    for quarter in Quarter:
        for kind in (RowKind.NUM, RowKind.DEN):
            mine_row, theirs_row = before.row(kind), incoming.row(kind)
            if mine_row is None or theirs_row is None:
                continue
            mine = mine_row.value(Series.MODIFIED, quarter)
            theirs = theirs_row.value(Series.MODIFIED, quarter)
            ref = FieldRef(Series.MODIFIED, quarter, kind)
            asked = decided.get((before.stable_id, str(ref)))
            if mine is None or mine == theirs or (asked is not None and _figure(asked) == mine):
                continue
            entries = history() if entries is None else entries
            own = _own_since_last_package(entries, str(ref))
            if theirs not in {_figure(entry.change.old) for entry in own}:
                continue
            merged = with_requested_target(merged, str(ref), mine)
            notes.append(
                f"se conserva el cambio de {own[-1].change.label} de la meta "
                f"«{shortened(before.description)}» ({own[-1].change.new}) que esta computadora "
                "hizo; la unidad coordinadora aún no lo decide"
            )
    return merged, tuple(notes)
