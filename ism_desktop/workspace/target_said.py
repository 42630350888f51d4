"""The sentence that confirms a modified-target change just saved (a unit's is a request)."""

from __future__ import annotations

from dataclasses import dataclass

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.fields import FieldRef
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.meta import MetaKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import EXPORT_MENU, REOPEN_MENU, shortened
from ism_desktop.exchange.intake.diff import shown_pair
from ism_desktop.store.store import Store
from ism_desktop.workspace.changes import MetaChanges


@dataclass(frozen=True, slots=True)
class RequestRoute:
    """How a request made now reaches the coordinating unit, its quarter's package gone."""

    note: str  # in the request's dialog, before it is made: the whole way
    short: str  # in the confirmation, after the figures


def request_route(sent: Quarter, *, reopened: bool) -> RequestRoute:
    """The way of a request made after the package of ``sent`` went out (``reopened``: since).

    «Va en el próximo paquete» left the unit believing it was on its way: that package had
    gone, and the request waited for the next quarter's, or for this one sent again, which the
    coordinating unit receives only after reopening the quarter it closed on the first.
    """
    n = int(sent)
    if reopened:
        return RequestRoute(
            f"El paquete del trimestre {n} ya se exportó, y el trimestre está reabierto: esta "
            "solicitud llegará a la unidad coordinadora cuando exporte de nuevo su paquete "
            f"({EXPORT_MENU}) y la unidad coordinadora, tras reabrir también su trimestre {n}, "
            "lo reciba.",
            f"El trimestre {n} está reabierto: la solicitud llega a la unidad coordinadora "
            "cuando exporte de nuevo su paquete.",
        )
    again = (
        f"reabra el trimestre {n} ({REOPEN_MENU}), exporte de nuevo su paquete ({EXPORT_MENU}) "
        f"y pida a la unidad coordinadora que reabra también su trimestre {n} y lo reciba (lo "
        "tiene cerrado desde que recibió el anterior)."
    )
    gone = f"El paquete del trimestre {n} ya se exportó"
    if sent is Quarter.FOURTH:
        return RequestRoute(
            f"{gone} y esta solicitud no va en él. Para que llegue a la unidad coordinadora: "
            + again,
            f"{gone}: la solicitud llega a la unidad coordinadora solo si reabre el trimestre "
            f"{n} y exporta de nuevo su paquete.",
        )
    return RequestRoute(
        f"{gone} y esta solicitud no va en él. Llegará a la unidad coordinadora con el paquete "
        f"del trimestre {n + 1}, cuando lo exporte. Si no puede esperar: " + again,
        f"{gone}: la solicitud llega a la unidad coordinadora con el del trimestre {n + 1} o, "
        f"antes, si reabre el trimestre {n} y exporta de nuevo su paquete.",
    )


def request_route_now(
    store: Store, year: int, entity: str, unit: UnitCode, quarter: Quarter
) -> RequestRoute | None:
    """The way of a unit's request made now, reporting ``quarter``; None: in its package.

    What counts is the last quarter whose package went out from here: a later quarter's
    package carries the earlier ones, and a request goes in the next package written.
    """
    sent = [q for q in Quarter if (entity, unit) in store.packages.delivered(year, q)]
    if not sent or sent[-1] < quarter:
        return None  # the quarter's own package, still to be exported, takes it
    last = sent[-1]
    return request_route(last, reopened=not store.closures.is_closed(year, entity, unit, last))


def target_change_said(
    changes: MetaChanges, *, request: bool, route: RequestRoute | None = None
) -> str:
    """«Se registró la solicitud de cambio de meta modificada de «…»: T1 1600 → 1700. …».

    Saved, the dialog just closed: nothing said the request was registered, nor where it goes.
    """
    name = shortened(changes.meta.description, 40)
    percent = changes.meta.kind is MetaKind.PERCENTAGE
    parts: list[str] = []
    quarters: list[str] = []
    for change in changes.fields:
        ref = FieldRef.parse(change.field)
        if ref is None or ref.series is not Series.MODIFIED or ref.period is None:
            continue
        quarter = f"T{int(ref.period)}"
        if quarter not in quarters:
            quarters.append(quarter)
        row = f"{ref.row.value} " if percent else ""
        parts.append(f"{row}{' → '.join(shown_pair(change.old, change.new))}")
    figures = f"{'/'.join(quarters)} {', '.join(parts)}"
    # The annual follows (the grid's tooltip and the pending note say it): said here too.
    annuals = [
        (f"{ref.row.value} " if percent else "") + " → ".join(shown_pair(change.old, change.new))
        for change in (*changes.fields, *changes.derived)
        if (ref := FieldRef.parse(change.field)) is not None
        and ref.series is Series.MODIFIED
        and ref.period is None
        and ref.row is not RowKind.MET
    ]
    if annuals:
        figures += f" (anual: {', '.join(annuals)})"
    if not request:
        return f"Se cambió la meta modificada de «{name}»: {figures}."
    way = (
        "Va en el próximo paquete a la unidad coordinadora, que decide si la aplica."
        if route is None
        else route.short
    )
    return f"Se registró la solicitud de cambio de meta modificada de «{name}»: {figures}. {way}"
