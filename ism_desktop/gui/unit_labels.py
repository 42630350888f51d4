"""The units a dialog offers, each as «004 ISM DIRECCIÓN DE …» (as the configuration names them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ism_desktop.domain.codes import UnitCode

if TYPE_CHECKING:
    from ism_desktop.gui.report_session import ReportSession


def unit_labels(session: ReportSession, only: UnitCode | None = None) -> list[tuple[UnitCode, str]]:
    """Every unit with metas in the year (or ``only`` that one), with its name when known."""
    report = session.report
    names: dict[UnitCode, str] = {}
    for meta in session.metas():
        unit = meta.key.unit
        if unit in names or (only is not None and unit != only):
            continue
        names[unit] = "" if report is None else report.catalogue.unit_name(meta.key.entity, unit)
    if only is not None and only not in names:
        names[only] = ""
    return [
        (unit, f"{unit} {name}" if name else unit.value)
        for unit, name in sorted(names.items(), key=lambda item: item[0].value)
    ]
