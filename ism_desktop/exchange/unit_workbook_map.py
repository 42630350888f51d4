"""The hidden map of a unit's filled workbook: its header and where each meta stands."""

from __future__ import annotations

from typing import Any

from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.exchange.unit_workbook import (
    EVALUATION_BELOW,
    FORMAT_VERSION,
    MAP_SHEET,
    NOT_A_WORKBOOK,
    REPORT_WORKBOOK,
    SPLIT_FORMAT_VERSION,
)
from ism_desktop.reports.xlsx_summary import SUMMARY_SHEET

_LAST_ROW = 1_048_576  # Excel's


def read_map(book: Any, label: str) -> tuple[dict[str, Any], list[tuple[str, int, int, int]]]:
    """The hidden map's header and each meta's place: id, top row, evaluation row and rows.

    Raises:
        PackageRefusedError: no map, another version's, or one changed by hand.
    """
    if MAP_SHEET not in book.sheetnames:
        report = SUMMARY_SHEET in book.sheetnames  # the report's Excel, sent in its place
        raise PackageRefusedError(label, REPORT_WORKBOOK if report else NOT_A_WORKBOOK)
    hidden = book[MAP_SHEET]
    rows = list(hidden.iter_rows(max_row=min(hidden.max_row, 20_000), max_col=4, values_only=True))
    header = {str(row[0]): row[1] for row in rows[:6]}
    if header.get("formato") not in (FORMAT_VERSION, SPLIT_FORMAT_VERSION) or len(rows) < 7:
        raise PackageRefusedError(label, "el libro no es de esta versión de ISM Avance")
    places = []
    for meta_id, top, evaluation, count in rows[7:]:
        # Rows inside the sheet, the meta's three (MET, NUM, DEN) included, and its evaluation
        # right under them and their label: swapped, each meta took another's text. A map
        # written before evaluations continued over rows says nothing of them: one row.
        count = 1 if count is None else count
        inside = all(type(row) is int and 1 <= row <= _LAST_ROW - 2 for row in (top, evaluation))
        if not inside or evaluation != top + EVALUATION_BELOW or not _fits(evaluation, count):
            raise PackageRefusedError(label, "la hoja oculta del libro fue modificada")
        places.append((str(meta_id), top, evaluation, count))
    return header, places


def _fits(evaluation: int, count: object) -> bool:
    """Whether ``count`` evaluation rows from ``evaluation`` are a count inside the sheet."""
    return type(count) is int and 1 <= count <= _LAST_ROW - evaluation + 1
