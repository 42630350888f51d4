"""Text in an openpyxl cell stays text: one that starts with «=» is not a formula to run."""

from __future__ import annotations

from openpyxl.cell.cell import Cell, MergedCell


def keep_as_text(cell: Cell | MergedCell) -> None:
    """Store ``cell``'s text as text even if it starts with «=».

    openpyxl takes such a string for a formula: a name typed «=HYPERLINK(…)» or «=1+1» ran in
    Excel, and the template read back empty.
    """
    if isinstance(cell, Cell) and isinstance(cell.value, str) and cell.value.startswith("="):
        cell.data_type = "s"
