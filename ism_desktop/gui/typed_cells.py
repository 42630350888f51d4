"""What is typed and not yet saved in a meta's figure cells, to put back after a reload."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


def typed_cells(cells: list[QLineEdit]) -> dict[QLineEdit, str]:
    """The text of each cell typed in and not saved (``isModified``)."""
    return {cell: cell.text() for cell in cells if cell.isModified()}


def put_back(typed: dict[QLineEdit, str]) -> tuple[bool, dict[QLineEdit, str]]:
    """Type again what was typed; whether any was, and what read-only cells could not take."""
    kept = False
    refused: dict[QLineEdit, str] = {}
    for cell, text in typed.items():
        if cell.isReadOnly():  # a quarter closed meanwhile takes no typing
            refused[cell] = text
            continue
        cell.setText(text)
        cell.setModified(True)  # still to be saved, or asked about, on leaving
        kept = True
    return kept, refused
