"""A unit's reopenings in its package: what it writes of them, and how the review reads them.

A unit's report package says which closed quarters it reopened, why, and what changed after
each; the coordinator's review shows them before receiving. The key is optional: packages of
earlier versions still read, and older programs ignore it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from ism_desktop.domain.change_excerpt import change_phrase
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.local_time import instant, local_time_phrase
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import count, shortened
from ism_desktop.exchange.package.data_reader import DataReader
from ism_desktop.store.closure_repository import REOPEN, closed_field
from ism_desktop.store.store import Store


def reopen_trail(
    store: Store,
    year: int,
    unit: UnitCode,
    through: Quarter = Quarter.FOURTH,
    entity: str | None = None,
) -> list[dict[str, Any]]:
    """For a unit's package of ``through``: each reopening of its quarters up to it.

    ``entity``: of that dependency's unit alone (another's 003 is not this package's).

    What changed after each reopening goes with it; a later quarter's reopenings and drafts
    are its own package's business.
    """
    trail = []
    events = store.closures.log(year, unit)
    for index, event in enumerate(events):
        if event.action != REOPEN or event.quarter > through:
            continue
        if entity is not None and event.entity != entity:
            continue
        # As instants: a reopening the coordinator sent carries its PC's zone.
        since = instant(event.at)
        until = next(
            (instant(later.at) for later in events[index + 1 :] if later.quarter == event.quarter),
            datetime.max.replace(tzinfo=UTC),
        )
        changes = []
        for meta in store.reports.load_unit_metas(year, event.entity, unit):
            for entry in store.edits.history(year, meta.stable_id):
                if since <= instant(entry.at) <= until and closed_field(
                    entry.change.field, event.quarter
                ):
                    changes.append(
                        {
                            "id_meta": meta.stable_id,
                            "etiqueta": entry.change.label,
                            "campo": entry.change.field,
                            "antes": entry.change.old,
                            "despues": entry.change.new,
                            "fecha": entry.at,
                        }
                    )
        trail.append(
            {
                "trimestre": int(event.quarter),
                "motivo": event.reason,
                "quien": event.author.profile,
                "fecha": event.at,
                "cambios": changes,
            }
        )
    return trail


def reopen_notes(
    reader: DataReader, data: Mapping[str, Any], names: Mapping[str, str] | None = None
) -> tuple[str, ...]:
    """Spanish lines for the review of a unit's package: its reopenings and later changes.

    ``names``: the metas' descriptions by id, so that each change says which meta it is of.
    """
    names = names or {}
    notes = []
    for item in reader.items(data.get("reaperturas", []), "una reapertura", 1000):
        quarter = item.get("trimestre")
        # What the unit typed, only shown here: made plain, never a reason to refuse the
        # package (a paste undone long ago would otherwise keep the unit from ever sending).
        reason = reader.shown(item.get("motivo", ""), "el motivo de una reapertura", 2000)
        # As our exports write it: «NaN» was shown as when the unit reopened (empty: unsaid).
        at = reader.moment(item.get("fecha", ""), "la fecha de una reapertura", empty=True)
        changes = _net_changes(
            reader, reader.items(item.get("cambios", []), "un cambio tras la reapertura", 10_000)
        )
        after = (
            f"después cambió {count(len(changes), 'cifra o texto', 'cifras o textos')}:"
            if changes
            else "después no cambió cifras ni textos."
        )
        notes.append(
            f"la unidad reabrió el trimestre {quarter} {local_time_phrase(at)} (motivo: "
            f"{reason}); {after}"
        )
        for (meta_id, field, label), (old, new) in changes.items():
            meta = shortened(names[meta_id], 60) if meta_id in names else f"Meta {meta_id}"
            notes.append(f"  {meta} · {label}: {change_phrase(old, new, field)}")
    return tuple(notes)


def _net_changes(
    reader: DataReader, changes: Iterable[Mapping[str, Any]]
) -> dict[tuple[str, str, str], tuple[str, str]]:
    """By (meta, field, label): the value before its first change and after its last.

    The trail carries every edit of the unit's history: four corrections of one evaluation read
    as four changes, when the package brings one text. A field left as it was found (a figure
    typed and put back) changed nothing, and is left out.
    """
    net: dict[tuple[str, str, str], tuple[str, str, str]] = {}
    for change in changes:
        # Each value named: a missing one is said missing, not the whole change wrong.
        label = reader.shown(change.get("etiqueta", ""), "la etiqueta de un cambio", 200)
        # Whole and as typed: where two evaluations differ may be past their first 60
        # characters, and a change of spaces alone must not be made one by flattening.
        old = reader.typed(change.get("antes", ""), "el texto de antes de un cambio")
        new = reader.typed(change.get("despues", ""), "el texto de después de un cambio")
        meta_id = reader.shown(change.get("id_meta", ""), "la meta de un cambio", 64)
        # Absent from older packages; then the values' look decides, as before, and the
        # label tells one field from another.
        field = reader.shown(change.get("campo", ""), "el campo de un cambio", 64)
        key = (meta_id, field, "" if field else label)
        first_label, first_old, _ = net.get(key, (label, old, new))
        net[key] = (first_label, first_old, new)
    return {
        (meta_id, field, label): (old, new)
        for (meta_id, field, _), (label, old, new) in net.items()
        if old != new
    }
