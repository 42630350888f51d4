"""A unit's filled workbook held to the rules its export would be: errors refuse it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.fields import FieldRef, evaluation_quarter
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.validation.engine import validate_report
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.wording import shortened
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.exchange.unit_workbook import series_column

_TITLES = {
    Series.ORIGINAL: "PROGRAMADO ORIGINAL",
    Series.MODIFIED: "MODIFICADO",
    Series.ACHIEVED: "REALIZADO",
}
_ROWS = (RowKind.MET, RowKind.NUM, RowKind.DEN)  # from the meta's first row down


def _cell(sheet: Worksheet, place: tuple[int, int] | None, field: str) -> str:
    """«celda P11, » for the finding's field in the meta at ``place`` (top, evaluation row)."""
    ref = FieldRef.parse(field)
    if place is None:
        return ""
    if evaluation_quarter(field) is not None:
        return f"celda A{place[1]}, "
    if ref is None or ref.period is None:  # an annual total: a formula, not typed
        return ""
    try:
        column = series_column(sheet, _TITLES[ref.series]) + ref.period.index
    except ValueError:
        return ""
    return f"celda {get_column_letter(column)}{place[0] + _ROWS.index(ref.row)}, "


def held_to_the_rules(
    label: str,
    sheet: Worksheet,
    stored: ProgressReport | None,
    metas: list[Meta],
    period: tuple[Quarter, UnitCode],
    places: Mapping[str, tuple[int, int]],
) -> dict[str, list[Finding]]:
    """Validate the unit's metas as read, as its export would: its warnings, by meta.

    Without the program, a unit's workbook is all the coordinator gets: an error in it would
    otherwise be received and close the unit's quarter with the error inside. ``places``:
    each meta's top row and evaluation row, to name an error's cell as a locked cell's is.

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
        f"hoja {sheet.title}, {_cell(sheet, places.get(item.meta.stable_id), finding.field)}"
        f"meta «{shortened(item.meta.description)}»: {finding.message.rstrip('.')}"
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
