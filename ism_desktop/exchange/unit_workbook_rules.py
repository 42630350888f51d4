"""A unit's filled workbook held to the rules its export would be: errors refuse it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.validation.engine import validate_report
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.wording import shortened
from ism_desktop.exchange.package.manifest import PackageRefusedError


def held_to_the_rules(
    label: str,
    sheet: str,
    stored: ProgressReport | None,
    metas: list[Meta],
    period: tuple[Quarter, UnitCode],
) -> dict[str, list[Finding]]:
    """Validate the unit's metas as read, as its export would: its warnings, by meta.

    Without the program, a unit's workbook is all the coordinator gets: an error in it would
    otherwise be received and close the unit's quarter with the error inside.

    Raises:
        PackageRefusedError: the workbook has errors (the first three named).
    """
    if stored is None:
        return {}
    quarter, unit = period
    read = {meta.stable_id: meta for meta in metas}
    report = replace(stored, metas=tuple(read.get(m.stable_id, m) for m in stored.metas))
    result = validate_report(report, quarter, unit=unit)
    errors = [
        f"hoja {sheet}, meta «{shortened(item.meta.description)}»: {finding.message.rstrip('.')}"
        for item in result.metas
        for finding in item.findings
        if finding.is_error
    ]
    if errors:
        more = f" (y {len(errors) - 3} más)" if len(errors) > 3 else ""
        raise PackageRefusedError(
            label,
            "tiene errores que impiden recibirlo (como impedirían exportar su paquete): "
            + "; ".join(errors[:3])
            + more,
        )
    return {item.meta.stable_id: list(item.findings) for item in result.metas if item.findings}


def with_warnings(
    item: dict[str, Any], meta: Meta, warnings: dict[str, list[Finding]]
) -> dict[str, Any]:
    """The meta's JSON item with its warnings listed as a package lists them."""
    # As a package lists them: the unit without the program justified none.
    item["avisos"] = [
        {"regla": w.rule, "campo": w.field, "mensaje": w.message, "justificacion": None}
        for w in warnings.get(meta.stable_id, ())
    ]
    return item
