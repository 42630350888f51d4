"""A unit's request for a change of its modified target, stored at the coordinator (2024)."""

from __future__ import annotations

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import TargetChangeRequest
from ism_desktop.store.store import Store


def asked(store: Store, unit: UnitCode, meta_id: str, entity: str = "30") -> int:
    """``unit`` (of ``entity``) asks for T2's modified NUM of the meta, 900 → 950; its number."""
    request = TargetChangeRequest(
        2024, entity, unit, meta_id, "modificado.t2.num", "Modificado T2 (NUM)",
        "900", "950", "Más solicitudes", "", "2024-04-02", 1,
    )  # fmt: skip
    store.target_requests.replace_for_unit(2024, entity, unit, [request])
    [pending] = store.target_requests.pending(2024)
    return pending.request_id
