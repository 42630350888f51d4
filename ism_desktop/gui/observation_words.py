"""How the coordinator's observation actions speak: for whom, how many, and what they are for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ism_desktop.domain.observation import own_meta_refusal
from ism_desktop.domain.wording import count

if TYPE_CHECKING:
    from ism_desktop.domain.meta import Meta
    from ism_desktop.domain.quarter import Quarter
    from ism_desktop.exchange.export.observations import ExportedObservations


def own_meta_said(meta: Meta) -> str:
    """Why an observation on the coordinating unit's own meta is not written."""
    return own_meta_refusal(meta.description, meta.key.unit)


def with_observations(label: str, written: int) -> str:
    """«004 ISM DIRECCIÓN … — 2 observaciones», or «— sin observaciones»."""
    said = count(written, "observación", "observaciones") if written else "sin observaciones"
    return f"{label} — {said}"


def observations_saved(sent: ExportedObservations, unit: str, quarter: Quarter) -> str:
    """For whom the package was written and how many observations it carries, then where.

    One with none is written too (it tells the unit nothing is pending): said apart, or the
    coordinator believed observations went that never did.
    """
    said = f"Se guardó el paquete de observaciones del {quarter.in_words} para la unidad {unit}"
    if sent.observations == 0:
        said += (
            f" sin ninguna observación: la unidad {unit} no tiene observaciones en este "
            "trimestre; al recibirlo sabrá que no tiene nada pendiente."
        )
    else:
        said += f" con {count(sent.observations, 'observación', 'observaciones')}:"
    return f"{said}\n\n{sent.path}"
