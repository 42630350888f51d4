"""A unit's report package as the coordinator logs it on receiving it, for tests to record."""

from __future__ import annotations

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.package_records import ReceivedPackage
from ism_desktop.domain.quarter import Quarter


def received_report(entity: str, unit: UnitCode, quarter: Quarter) -> ReceivedPackage:
    """``unit`` (of dependency ``entity``) sent its report of ``quarter`` of 2024."""
    return ReceivedPackage(
        kind=PackageKind.REPORT,
        entity=entity,
        unit=unit,
        year=2024,
        quarter=quarter,
        sequence=1,
        created_at="2024-04-10T09:00:00-07:00",
        received_at="2024-04-11T09:00:00-07:00",
        file_name=f"ETCA-III-04_2024_T{int(quarter)}_unidad_{unit}.ismpaq",
        sha256="0" * 64,
    )
