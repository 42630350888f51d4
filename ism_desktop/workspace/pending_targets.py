"""The modified targets of a meta with a change asked and not yet decided, as either PC sees it.

Nothing in the grid said which figure was only asked for: at the unit, the figure asked looked
as settled as any other; at the coordinating unit, the figure held hid that another was asked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ism_desktop.domain.audit import TargetChange, figure_label
from ism_desktop.domain.editing import with_modified
from ism_desktop.domain.fields import FieldRef
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.local_time import instant
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.package_records import figure_phrase
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.validation.finding import figure_text
from ism_desktop.domain.wording import REQUESTS_MENU, count, units_said
from ism_desktop.domain.year_news import COORDINATOR_PACKAGE, Decision
from ism_desktop.exchange.base_delivered import by_a_base
from ism_desktop.store.store import Store
from ism_desktop.workspace.target_requests import to_decide


@dataclass(frozen=True, slots=True)
class PendingTarget:
    """One figure asked: its field (``modificado.t3.num``) and the request in words."""

    field: str
    text: str  # «Solicitud pendiente: Modificado T3 (NUM): 30 → 40 (…).»


def pending_targets(store: Store, profile: PcProfile, meta: Meta) -> list[PendingTarget]:
    """The meta's figures asked and undecided: from the packages (coordinator) or typed here."""
    year = profile.year
    if profile.role is Role.COORDINATOR:
        # As the list where it is decided says it: an annual rides on its quarter's line.
        return [
            PendingTarget(
                item.request.field,
                f"Solicitud pendiente de la unidad {item.request.unit}: {item.text} (se decide "
                f"en {REQUESTS_MENU}).",
            )
            for item in to_decide(store.target_requests.for_meta(year, meta.stable_id))
        ]
    return _asked_here(store, profile, meta, store.decisions.for_year(year, profile.unit))


def _asked_here(
    store: Store, profile: PcProfile, meta: Meta, decisions: list[Decision]
) -> list[PendingTarget]:
    """The meta's figures this unit asked, with the decisions that came back (read once)."""
    year = profile.year
    if meta.key.unit != profile.unit:
        return []
    latest: dict[str, TargetChange] = {}
    for change in store.edits.target_changes(year, meta.stable_id):
        latest[change.field] = change  # oldest first: the last one is the figure asked now
    asked = [
        (ref, change)
        for change in latest.values()
        if (ref := FieldRef.parse(change.field)) is not None
        and ref.period is not None
        and _own(change)
        and _still_asked(meta, ref, change)
        and not _answered(change, meta.stable_id, decisions)
    ]
    quarters = Counter(ref.row for ref, _change in asked)
    return [
        PendingTarget(
            change.field,
            # Named as the request's box, the board and the coordinator's list name it.
            f"Solicitud pendiente: {figure_label(ref.series, ref.period, ref.row)}: "
            f"{figure_phrase(change.old)} → "
            f"{figure_phrase(change.new)}{_annual_phrase(meta, ref, asked, quarters[ref.row])} "
            "(la unidad coordinadora aún no la decide).",
        )
        for ref, change in asked
    ]


def _annual_phrase(
    meta: Meta, ref: FieldRef, asked: list[tuple[FieldRef, TargetChange]], quarters: int
) -> str:
    """The row's annual the request changes, as the list where it is decided says it.

    The grid's annual cell said it in its tooltip, the note under the figures did not. With
    several quarters of the row asked, no one of them gives the annual: it is recalculated.
    """
    row = meta.row(ref.row)
    period = ref.period
    if row is None or period is None:
        return ""
    if quarters > 1:
        return " (el anual se recalcula)"
    # The quarter's figures as they were before the request (NUM and DEN may both be asked).
    before = {r.row: c.old for r, c in asked if r.period is period}
    try:
        num = Decimal(before.get(RowKind.NUM, meta.num.value(Series.MODIFIED, period) or 0))
        den_was = before.get(RowKind.DEN)
        den = None if den_was is None else Decimal(den_was)
    except InvalidOperation:
        return ""
    was = with_modified(meta, period, num, den).row(ref.row)
    if was is None or was.modified_annual == row.modified_annual:
        return ""
    return f" (anual: {figure_text(was.modified_annual)} → {figure_text(row.modified_annual)})"


def _own(change: TargetChange) -> bool:
    """Whether this PC asked it: a rejection a base carried back is recorded as a change too."""
    profile = change.author.profile
    return not by_a_base(profile) and profile != COORDINATOR_PACKAGE


def _still_asked(meta: Meta, ref: FieldRef, change: TargetChange) -> bool:
    """Whether the meta still holds the figure asked (a base may have put another since)."""
    row = meta.row(ref.row)
    if ref.series is not Series.MODIFIED or row is None or ref.period is None:
        return False
    try:
        return row.value(Series.MODIFIED, ref.period) == Decimal(change.new)
    except InvalidOperation:
        return False


def _answered(change: TargetChange, meta_id: str, decisions: list[Decision]) -> bool:
    """Whether a decision that came back answered this request (or a later one of the field).

    Both moments are this PC's clock's: the decision carries the moment the request was made
    (or its package's «creado»). Compared as instants: the PC's zone corrected between two
    requests made the later one's text read as earlier.
    """
    asked = instant(change.at)
    return any(
        d.meta_id == meta_id and d.field == change.field and instant(d.requested_at) >= asked
        for d in decisions
    )


def asked_of_unit(store: Store, profile: PcProfile, metas: Iterable[Meta]) -> tuple[int, int]:
    """How many figures this PC's unit asked and are undecided, and in how many of its metas.

    Every package carries them: the box that said a package was written never said so.
    """
    asked = asked_by_meta(store, profile, metas).values()
    return sum(asked), sum(1 for n in asked if n)


def asked_by_meta(store: Store, profile: PcProfile, metas: Iterable[Meta]) -> dict[str, int]:
    """How many figures asked and undecided each of ``metas`` holds, by stable id."""
    pending = _reader(store, profile)
    return {meta.stable_id: len(pending(meta)) for meta in metas}


def carried_note(requests: int, metas: int) -> str | None:
    """«El paquete lleva 1 solicitud de cambio de meta (en 1 meta): …», or None without any."""
    if not requests:
        return None
    asked = count(requests, "solicitud", "solicitudes")
    them = "la" if requests == 1 else "las"
    return (
        f"El paquete lleva {asked} de cambio de meta (en {count(metas, 'meta', 'metas')}): la "
        f"unidad coordinadora decide si {them} aplica; su decisión llega con el siguiente "
        "programa base o paquete de observaciones."
    )


def asked_metas(store: Store, profile: PcProfile, metas: Iterable[Meta]) -> set[str]:
    """The ids of ``metas`` with a target change asked and undecided (the list marks them)."""
    if profile.role is Role.COORDINATOR:
        return {request.meta_id for request in store.target_requests.pending(profile.year)}
    pending = _reader(store, profile)
    return {meta.stable_id for meta in metas if pending(meta)}


def _reader(store: Store, profile: PcProfile) -> Callable[[Meta], list[PendingTarget]]:
    """``pending_targets`` for meta after meta, the unit's decisions read once for them all."""
    if profile.role is Role.COORDINATOR:
        return lambda meta: pending_targets(store, profile, meta)
    decisions = store.decisions.for_year(profile.year, profile.unit)
    return lambda meta: _asked_here(store, profile, meta, decisions)


def pending_status(requests: int, metas: int) -> tuple[str, str] | None:
    """The status bar's «2 solicitudes de cambio de meta pendientes» and its tooltip, or None.

    The unit's window said a request was registered once, then nothing: the requests still
    waiting for the coordinating unit were counted only in the box after an export.
    """
    if not requests:
        return None
    pending = "pendiente" if requests == 1 else "pendientes"
    return (
        f"{count(requests, 'solicitud', 'solicitudes')} de cambio de meta {pending}",
        f"Solicitudes de cambio de meta modificada que la unidad coordinadora aún no decide: "
        f"{requests} (en {count(metas, 'meta', 'metas')}, marcadas con ⇄ en la lista). Su "
        "decisión llega con el siguiente programa base o paquete de observaciones.",
    )


def to_decide_status(store: Store, year: int) -> tuple[str, str] | None:
    """The coordinator's «2 solicitudes de cambio por decidir» and its tooltip, or None.

    Said once in the box after the packages came in, then nothing: the requests waited.
    """
    waiting = to_decide(store.target_requests.pending(year))
    if not waiting:
        return None
    units = sorted({item.request.unit.value for item in waiting})
    return (
        count(len(waiting), "solicitud de cambio por decidir", "solicitudes de cambio por decidir"),
        f"Solicitudes de cambio de meta de {units_said(units)} que esperan su decisión: "
        f"{REQUESTS_MENU}",
    )
