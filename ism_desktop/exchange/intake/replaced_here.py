"""The justifications written here that a unit's report package would replace, said before.

A unit's package carries the unit's answers to its warnings, and receiving it makes them the
metas' answers of its quarter: one the coordinating unit wrote here on the unit's metas is
replaced, or deleted when the unit gave none. The unit's answer wins (it is its report), but
the person receiving is told which text of theirs goes, while it can still be copied.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ism_desktop.domain.change_excerpt import change_phrase
from ism_desktop.domain.justification_history import answer_text, justification_label
from ism_desktop.domain.local_time import instant
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.package_records import ReceivedPackage
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.domain.wording import shortened
from ism_desktop.exchange.package.manifest import PackageManifest
from ism_desktop.store.store import Store

# Of each side of the change: enough of a justification to know it again.
_SHOWN_CHARS = 120


def replaced_here(
    store: Store,
    manifest: PackageManifest,
    stored: Mapping[str, Mapping[JustificationKey, Justification]],
    incoming: Mapping[JustificationKey, Justification],
    metas: Mapping[str, Meta],
) -> tuple[str, ...]:
    """A warning for each justification written here that the package replaces or deletes.

    ``stored``: this database's justifications of the package's metas and quarter, by meta;
    ``incoming``: the package's. Written here is what this database wrote after it had written
    the unit's last package of the quarter (or all, when none was received): told by the
    numbers of its own writes, as the unit's clock, a day or a year ahead, would hide it.
    """
    changed = [
        (meta_id, here, answer_text(incoming.get(key)))
        for meta_id, answers in stored.items()
        for key, here in sorted(answers.items())
        if answer_text(here) != answer_text(incoming.get(key))
    ]
    if not changed:
        # The usual case, in a batch of every unit's package: the package answers as stored
        # here. The receipts are read only when an answer changes.
        return ()
    latest = store.received.latest_by_unit(PackageKind.REPORT, manifest.year, manifest.quarter)
    last = latest.get((manifest.entity, manifest.unit))
    written_here = _written_here(store, manifest, last, [here for _, here, _ in changed])
    return tuple(
        _note(here, new, metas.get(meta_id)) for meta_id, here, new in changed if written_here(here)
    )


def _written_here(
    store: Store,
    manifest: PackageManifest,
    last: ReceivedPackage | None,
    changed: Sequence[Justification],
) -> Callable[[Justification], bool]:
    """Whether a changed justification was written here after ``last`` was received."""
    if last is None:
        return lambda _: True
    mark = store.received.justification_mark(last)
    if mark is None:
        # Received before the numbers were kept: by time. The earlier of the unit's clock and
        # this one, so a clock ahead on either side never hides what was written here.
        since = min(instant(last.created_at), instant(last.received_at))
        return lambda here: instant(here.at) > since
    # Reads for the package, not per meta: of the metas whose answer changes only.
    after = store.justifications.written_after(
        manifest.year,
        manifest.quarter,
        {here.key.meta_id for here in changed},
        mark,
    )
    return lambda here: here.key in after


def _note(here: Justification, new: str, meta: Meta | None) -> str:
    key = here.key
    # Cut between words, as the reopenings' changes name their metas.
    name = shortened(meta.description, 60) if meta else key.meta_id
    # The warning's title, as the review's line of the same justification names it.
    _, _, title = justification_label(key).partition(": ")
    change = change_phrase(answer_text(here), new, f"justificacion.{key.rule}", _SHOWN_CHARS)
    return (
        f"el paquete reemplaza la justificación escrita aquí del aviso T{int(key.quarter)} "
        f"«{title}» de la meta «{name}»: {change}; la unidad no la tiene: si debe "
        "quedar, pídale que la escriba y le envíe otro paquete"
    )
