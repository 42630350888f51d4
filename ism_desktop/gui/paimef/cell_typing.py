"""Typing in a cell of the PAIMEF window not yet saved: where it is, and dropping it.

A cell's editor stays open under the Editar menu: Deshacer must know of it, and drop it before
the window is shown afresh (which discarded the text without a word).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableWidget


def cells_being_typed(
    cells: Iterable[tuple[QTableWidget, str]],
) -> list[tuple[QTableWidget, str]]:
    """The tables (each with where it is, in words) whose cell editor is open."""
    editing = QAbstractItemView.State.EditingState
    return [(table, where) for table, where in cells if table.state() == editing]


def drop_cell_typing(tables: Iterable[QTableWidget]) -> None:
    """Close each table's open cell editor without writing what it holds."""
    revert = QAbstractItemDelegate.EndEditHint.RevertModelCache
    for table in tables:
        if (editor := table.indexWidget(table.currentIndex())) is not None:
            table.itemDelegate().closeEditor.emit(editor, revert)
