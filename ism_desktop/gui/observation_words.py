"""How the coordinator's observation actions speak: for whom, how many, and what they are for."""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, TypeVar

from ism_desktop.domain.observation import own_meta_refusal
from ism_desktop.domain.wording import count

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ism_desktop.domain.meta import Meta
    from ism_desktop.domain.observation import UnitObservations
    from ism_desktop.domain.quarter import Quarter
    from ism_desktop.exchange.export.observations import ExportedObservations


def own_meta_said(meta: Meta) -> str:
    """Why an observation on the coordinating unit's own meta is not written."""
    return own_meta_refusal(meta.description, meta.key.unit)


def with_observations(label: str, written: UnitObservations | None, decided: int = 0) -> str:
    """The unit as listed, then «— 2 observaciones sin enviar», «— 1 observación, ya enviada».

    Removed after its package went, an observation is still read by the unit: said after.
    Decisions on its change requests that no package carried yet are said too: «sin
    observaciones» alone told the coordinator there was nothing to send, and the answer waited.
    """
    said = "sin observaciones" if written is None else _written_said(written)
    if written is not None and written.removed == 1:
        said += "; 1 quitada después de enviarla, que la unidad aún ve"
    elif written is not None and written.removed:
        said += f"; {written.removed} quitadas después de enviarlas, que la unidad aún ve"
    if decided:
        # Short: said last, a longer clause ran the dialog off a 1366-pixel screen.
        said += f"; decisiones de cambio de meta sin enviar (en {count(decided, 'meta', 'metas')})"
    return f"{label} — {said}"


def _written_said(written: UnitObservations) -> str:
    total, unsent, _removed = written
    if total == 0:
        return "sin observaciones"
    if unsent == 0:
        return "1 observación, ya enviada" if total == 1 else f"{total} observaciones, ya enviadas"
    if unsent == total:
        return count(total, "observación sin enviar", "observaciones sin enviar")
    return f"{total} observaciones ({unsent} sin enviar)"


Unit = TypeVar("Unit", bound=Hashable)  # a code, or (dependency, code)


def waiting(
    written: Mapping[Unit, UnitObservations],
    decided: Mapping[Unit, int],
    unit: Unit | None,
) -> bool:
    """Whether ``unit``'s package has news: observations (new, removed since) or decisions."""
    if unit is None:
        return False
    return (unit in written and written[unit].waiting) or decided.get(unit, 0) > 0


def observations_saved(sent: ExportedObservations, unit: str, quarter: Quarter) -> str:
    """For whom the package was written and how many observations it carries, then where.

    One with none is written too (it tells the unit nothing is pending): said apart, or the
    coordinator believed observations went that never did. The decisions on the unit's change
    requests travel in it too: said, or «nada pendiente» hid the answer it carries.
    """
    said = f"Se guardó el paquete de observaciones del {quarter.in_words} para la unidad {unit}"
    decided = sent.decisions_carried("sus solicitudes de cambio de meta del ejercicio")
    if sent.observations == 0 and not decided:
        said += (
            f" sin ninguna observación: la unidad {unit} no tiene observaciones en este "
            "trimestre; al recibirlo sabrá que no tiene nada pendiente."
        )
    elif sent.observations == 0:
        said += f" sin ninguna observación; lleva {decided}, que la unidad verá al recibirlo."
    else:
        said += f" con {count(sent.observations, 'observación', 'observaciones')}"
        said += f" y {decided}:" if decided else ":"
    return f"{said}\n\n{sent.path}"
