"""Typing in a cell of the PAIMEF window not yet saved: where it is, and dropping it.

A cell's editor stays open under the Editar menu: Deshacer must know of it, and drop it before
the window is shown afresh (which discarded the text without a word).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableWidget

NOT_SAVED = "No se guardó"  # how every refusal of a cell is said under the window


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


class TypedCells:
    """The window's tables typed in, each with where it is in words («el indicador»)."""

    def __init__(self, cells: Sequence[tuple[QTableWidget, str]]) -> None:
        self._cells = tuple(cells)

    def where(self) -> str | None:
        """Where a cell's editor is open, in words; None if nowhere."""
        return next((where for _table, where in cells_being_typed(self._cells)), None)

    def drop(self) -> None:
        """Close the open cell editors without writing what they hold (before Deshacer)."""
        drop_cell_typing(table for table, _where in cells_being_typed(self._cells))

    def save(self, say: Callable[[str], None], said: Callable[[], str]) -> str | None:
        """Write each open editor's text to its cell, as Enter does; why it was refused, or None.

        The informe is read from the database: a cell still typed in printed what was stored
        before. ``say`` and ``said`` are the window's message line, where a refused cell says
        «No se guardó …» (and keeps its text, or its date, as stored).
        """
        for table, _where in cells_being_typed(self._cells):
            if (editor := table.indexWidget(table.currentIndex())) is not None:
                say("")  # what the window said before is not this cell's refusal
                delegate = table.itemDelegate()
                delegate.commitData.emit(editor)
                delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                if said().startswith(NOT_SAVED):
                    return said()
        return None
