"""A quarter changed or reopened after its package went out holds back the later quarters'.

A later quarter's package carries the earlier quarters' figures and their reopenings: sent
before the corrected package, it takes the corrections past their own quarter's review, and the
coordinating unit, which holds that quarter closed since it received it, refuses it. What counts
is what changed after the quarter's last package from this PC, not only its state: closed again
by hand (or by the coordinating unit) with its corrections unsent, it still waits for them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import PROFILE_MENU, export_hint, spoken_list
from ism_desktop.exchange.base_delivered import by_a_base
from ism_desktop.exchange.package.writer import ExportError
from ism_desktop.store.package_repository import SentQuarterChange
from ism_desktop.store.store import Store


class HeldBackError(ExportError):
    """An earlier quarter was reopened or changed after its package went out, and not sent again."""


def _changed_metas(changes: Iterable[SentQuarterChange]) -> dict[Quarter, set[str]]:
    """Per quarter, the metas some change leaves other than sent (oldest change first).

    A figure typed and then put back is no change; a justification given is one (it keeps no
    earlier text to compare with). What a programme base brought back is not the unit's.
    """
    first: dict[tuple[Quarter, str, str], str | None] = {}
    last: dict[tuple[Quarter, str, str], str | None] = {}
    for change in changes:
        if by_a_base(change.author):
            continue
        key = (change.quarter, change.meta_id, change.field)
        first.setdefault(key, change.old)
        last[key] = change.new
    changed: dict[Quarter, set[str]] = {}
    for key, old in first.items():
        if old is None or old != last[key]:
            changed.setdefault(key[0], set()).add(key[1])
    return changed


def changed_since_sent(store: Store, year: int, entity: str, unit: UnitCode) -> dict[Quarter, int]:
    """Per quarter sent from here, how many of the unit's metas changed after its last package."""
    since = store.packages.since_sent(year, entity, unit)
    return {q: len(metas) for q, metas in sorted(_changed_metas(since.changes).items())}


def quarters_to_send_again(
    store: Store, year: int, entity: str | None, unit: UnitCode
) -> dict[Quarter, bool]:
    """The unit's quarters whose package must go out again, in order, each with: open now?

    Sent from here and reopened since (exporting it again would have closed it), or changed
    after its last package, whatever its state. Of dependency ``entity``'s unit alone (None:
    no report, nothing sent).
    """
    if entity is None:
        return {}
    since = store.packages.since_sent(year, entity, unit)
    waiting = since.reopened | set(_changed_metas(since.changes))
    return {quarter: quarter in since.reopened for quarter in sorted(waiting)}


def held_back_message(
    waiting: Mapping[Quarter, bool], year: int, unit: UnitCode, quarter: Quarter
) -> str | None:
    """Spanish: why the package of ``quarter`` waits for earlier quarters', if it does."""
    earlier = [int(q) for q in waiting if q < quarter]
    if not earlier:
        return None
    reopened = all(waiting[Quarter(q)] for q in earlier)
    this = f"el del trimestre {int(quarter)}"
    if len(earlier) == 1:
        done = "está reabierto" if reopened else "cambió después de enviar su paquete"
        why = (
            "Se reabrió después de enviar su paquete"
            if reopened
            else "Sus cambios no se han enviado"
        )
        which = (
            f"el trimestre {earlier[0]} {done}: exporte primero su paquete (corregido) "
            f"y entréguelo; después, {this}. {why}"
        )
    else:
        done = (
            "están reabiertos"
            if reopened
            else "se reabrieron o cambiaron después de enviar sus paquetes"
        )
        why = (
            "Se reabrieron después de enviar sus paquetes"
            if reopened
            else "Sus cambios no se han enviado"
        )
        which = (
            f"los trimestres {spoken_list(earlier)} {done}: exporte primero sus "
            f"paquetes (corregidos), del más antiguo al más nuevo, y entréguelos; después, "
            f"{this}. {why}"
        )
    return (
        f"{which}: {this} llevaría sus cambios sin la revisión de su trimestre, y la unidad "
        f"coordinadora, que {'lo tiene cerrado' if len(earlier) == 1 else 'los tiene cerrados'}, "
        "lo rechazaría. El trimestre que se informa se "
        f"cambia en {PROFILE_MENU}… (en la línea de comandos: "
        f"{export_hint(year, str(unit), earlier[0])}). "
        f"No se exportó nada del trimestre {int(quarter)}."
    )


def waiting_note(waiting: Mapping[Quarter, bool]) -> str:
    """For the status bar, e.g. `` · trimestre 1 reabierto: falta reenviar su paquete``."""
    quarters = [int(q) for q in waiting]
    if not quarters:
        return ""
    reopened = all(waiting.values())
    if len(quarters) == 1:
        state = "reabierto" if reopened else "con cambios sin enviar"
        return f" · trimestre {quarters[0]} {state}: falta reenviar su paquete"
    state = "reabiertos" if reopened else "reabiertos o con cambios sin enviar"
    return f" · trimestres {spoken_list(quarters)} {state}: falta reenviar sus paquetes"


def refuse_held_back(
    store: Store, year: int, entity: str, unit: UnitCode, quarter: Quarter
) -> None:
    """Raise ``HeldBackError`` if an earlier quarter of the unit waits to be sent again."""
    waiting = quarters_to_send_again(store, year, entity, unit)
    message = held_back_message(waiting, year, unit, quarter)
    if message is not None:
        raise HeldBackError(message)
