"""Delete and Backspace on a recorded date clear it, as emptying the cell does.

Both keys did nothing on a date not being edited: a date was cleared only by editing its cell
and emptying it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTableWidget
from typing_extensions import override

from ism_desktop.gui.meta_list_keys import plain_key


class DeleteClearsDate(QObject):
    """An event filter for the recorded dates: Delete or Backspace empties the current date.

    The cell emptied is saved as one emptied by hand (``itemChanged``): the same save, message
    and undoable step. An empty date is left as it is: nothing saved, no history line.
    """

    def __init__(self, table: QTableWidget, column: int) -> None:
        super().__init__(table)
        self._table = table
        self._column = column

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if plain_key(event, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            table = self._table
            item = table.currentItem()
            if item is not None and item.column() == self._column:
                if item.text():
                    item.setText("")
                return True
        return super().eventFilter(watched, event)
