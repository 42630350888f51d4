"""Keys that move between a meta's writable figures, as in a spreadsheet."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

_MOVING_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Up, Qt.Key.Key_Down)
# A cell's property: its text is not a figure (red, with its message under the figures).
REFUSED = "cifra_rechazada"


def _refused(cell: QLineEdit) -> bool:
    return bool(cell.property(REFUSED))


def moved_in_column(
    cell: QLineEdit, event: QEvent, column_of: Callable[[QLineEdit], list[QLineEdit]]
) -> bool:
    """Whether Enter, Down or Up moved as in a spreadsheet: NUM, then DEN, of the column.

    Enter left the cursor in NUM, so NUM, Enter, DEN, Enter wrote DEN's figure over NUM.
    A figure typed is saved first; refused, it keeps the cursor, with its red message.
    """
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return False
    key = event.key()
    if cell.isReadOnly() or key not in _MOVING_KEYS:
        return False
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return False
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or cell.isModified():
        # The cell's own Enter: the figure is saved (or refused) now, before moving.
        enter = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        cell.event(event if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) else enter)
        if cell.isReadOnly() or not cell.hasFocus():
            return True  # the quarter closed meanwhile: stay
        # Not saved because another cell of the row is refused (NUM, DEN waiting for it): the
        # cursor goes where the red message asks to correct; refused itself, it stays.
        others = [c for c in column_of(cell) if c is not cell and not c.isReadOnly()]
        if cell.isModified() and (_refused(cell) or not any(_refused(c) for c in others)):
            return True
    column = [c for c in column_of(cell) if not c.isReadOnly()]
    if cell not in column:
        return True
    step = -1 if key == Qt.Key.Key_Up else 1
    index = column.index(cell) + step
    if 0 <= index < len(column):
        column[index].setFocus(Qt.FocusReason.OtherFocusReason)
        column[index].selectAll()
    return True


def is_escape(event: QEvent) -> bool:
    """Whether ``event`` is Esc pressed."""
    return (
        event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and event.key() == Qt.Key.Key_Escape
    )
