"""A table that is only read: no editing, and Tab goes on to the next control.

Qt's tables take Tab to move from cell to cell; in a table nobody types in, that held the
keyboard for as many Tabs as it has cells before the dialog's buttons (a hundred on the
delivery board). The arrow keys still move inside it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView


def read_only(table: QAbstractItemView) -> None:
    """Make ``table`` read-only, Tab leaving it for the next control."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
