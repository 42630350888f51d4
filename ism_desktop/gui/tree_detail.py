"""A read-only pane under a tree that shows its current line's whole text.

A tree's long lines are cut at its right edge and whole only in the mouse's tooltip: read by
keyboard, the pane says them whole (and Tab goes into it to scroll a long one).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QTreeWidget, QTreeWidgetItem

_LINES = 4  # tall enough for a long name; a long evaluation scrolls


def whole_text(item: QTreeWidgetItem, headers: tuple[str, ...] = ()) -> str:
    """The line's text whole: its tooltip when it says more, and each value by its header."""
    shown = " ".join(item.text(0).split())
    tip = item.toolTip(0)
    first = shown if not tip or " ".join(tip.split()) in shown else tip
    parts = [first]
    for column, header in enumerate(headers, start=1):
        value = item.toolTip(column) or item.text(column)
        if value and " ".join(value.split()) not in " ".join(first.split()):
            parts.append(f"{header}: {value}")
    return "\n".join(parts)


def detail_pane(
    tree: QTreeWidget, headers: tuple[str, ...] = (), lines: int = _LINES
) -> QPlainTextEdit:
    """The pane, kept showing ``tree``'s current line; ``headers`` name its value columns.

    ``lines``: its height in lines of text (a longer text scrolls).
    """
    pane = QPlainTextEdit()
    pane.setReadOnly(True)
    pane.setAccessibleName("Texto completo de la línea elegida")
    pane.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard
        | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    pane.setTabChangesFocus(True)
    height = pane.fontMetrics().lineSpacing() * lines
    margins = pane.contentsMargins()
    pane.setFixedHeight(height + margins.top() + margins.bottom() + 2 * pane.frameWidth() + 8)

    def show(current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        pane.setPlainText("" if current is None else whole_text(current, headers))

    tree.currentItemChanged.connect(show)
    show(tree.currentItem())
    return pane
