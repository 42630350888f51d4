"""A quarter sent, reopened and not sent again holds back the packages of the quarters after it.

A later quarter's package carries the earlier quarters' figures and their reopenings: sent
before the corrected package, it takes the corrections past their own quarter's review, and the
coordinating unit, which holds that quarter closed since it received it, refuses it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import PROFILE_MENU, spoken_list
from ism_desktop.exchange.package.writer import ExportError
from ism_desktop.store.store import Store


class HeldBackError(ExportError):
    """An earlier quarter was reopened after its package went out and was not sent again."""


def reopened_unsent(store: Store, year: int, unit: UnitCode) -> tuple[Quarter, ...]:
    """The unit's quarters whose package went out from here and that are open now, in order.

    Exporting a quarter closes it: one that is open after its package went out was reopened
    since, and not exported again (that would have closed it).
    """
    sent = store.packages.sent_quarters(year, unit)
    reopened = {
        quarter
        for (_entity, code, quarter), closed in store.closures.states(year).items()
        if code == unit and not closed and quarter in sent
    }
    return tuple(sorted(reopened))


def held_back_message(reopened: Sequence[Quarter], quarter: Quarter) -> str | None:
    """Spanish: why the package of ``quarter`` waits for earlier reopened ones, if it does."""
    earlier = [int(q) for q in reopened if q < quarter]
    if not earlier:
        return None
    this = f"el del trimestre {int(quarter)}"
    if len(earlier) == 1:
        which = (
            f"el trimestre {earlier[0]} está reabierto: exporte primero su paquete (corregido) "
            f"y entréguelo; después, {this}. Se reabrió después de enviar su paquete"
        )
    else:
        which = (
            f"los trimestres {spoken_list(earlier)} están reabiertos: exporte primero sus "
            f"paquetes (corregidos), del más antiguo al más nuevo, y entréguelos; después, "
            f"{this}. Se reabrieron después de enviar sus paquetes"
        )
    return (
        f"{which}: {this} llevaría sus cambios sin la revisión de su trimestre, y la unidad "
        f"coordinadora, que {'lo tiene cerrado' if len(earlier) == 1 else 'los tiene cerrados'}, "
        "lo rechazaría. El trimestre que se informa se "
        f"cambia en {PROFILE_MENU}… (en la línea de comandos: export --trimestre {earlier[0]}). "
        f"No se exportó nada del trimestre {int(quarter)}."
    )


def refuse_held_back(store: Store, year: int, unit: UnitCode, quarter: Quarter) -> None:
    """Raise ``HeldBackError`` if an earlier quarter of the unit waits to be sent again."""
    message = held_back_message(reopened_unsent(store, year, unit), quarter)
    if message is not None:
        raise HeldBackError(message)
