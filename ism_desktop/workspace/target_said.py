"""The sentence that confirms a modified-target change just saved (a unit's is a request)."""

from __future__ import annotations

from ism_desktop.domain.fields import FieldRef
from ism_desktop.domain.figures import Series
from ism_desktop.domain.meta import MetaKind
from ism_desktop.domain.wording import shortened
from ism_desktop.exchange.intake.diff import shown_pair
from ism_desktop.workspace.changes import MetaChanges


def target_change_said(changes: MetaChanges, *, request: bool) -> str:
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
    if not request:
        return f"Se cambió la meta modificada de «{name}»: {figures}."
    return (
        f"Se registró la solicitud de cambio de meta modificada de «{name}»: {figures}. Va en "
        "el próximo paquete a la unidad coordinadora, que decide si la aplica."
    )
