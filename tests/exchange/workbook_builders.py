"""A unit's workbook as the program writes it, then filled as its staff would fill it."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.unit_workbook import series_column, write_unit_workbook
from ism_desktop.store.store import Store


def first_quarter_cell(folder: Path, store: Store, value: object) -> Path:
    """The unit's first-quarter workbook with the first meta's achieved NUM set to ``value``."""
    path = write_unit_workbook(store, UnitCode("004"), Quarter.FIRST, folder)
    book = openpyxl.load_workbook(path)
    top = book["ismavance"]["B8"].value
    sheet = book["004"]
    # Assigned, not passed to ``cell``: openpyxl leaves a cell as it was when given None.
    sheet.cell(top + 1, series_column(sheet, "REALIZADO") + Quarter.FIRST.index).value = value
    book.save(path)
    return path
