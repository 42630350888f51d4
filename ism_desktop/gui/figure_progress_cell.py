"""The figure grid's % DE AVANCE cell: one width whatever it says."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy

from ism_desktop.gui.meta_tree_model import SHORT_PROGRESS

# The widest it holds in its own type, «100.00%» («sin reportar» wraps; a larger % is shrunk):
# any wider, the grid no longer fit a 1024-pixel screen.
_WIDEST = "100.00%"
_POINTS = 8.0  # the type of the figures beside it
_PADDING = 3  # its margins on either side of the text, in pixels
_SMALLEST_POINTS = 6.5  # a larger % is shrunk down to this type, still readable
_SIZED = " font-size: {}pt;"


class ProgressCell(QLabel):
    """The % of the quarter beside the figures, at a width of its own.

    Sized by its text, it widened as a figure was typed («sin reportar», «24691357.80%») and
    squeezed the fourteen columns beside it, which jumped at each key.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("avance_del_formato")
        self.setAccessibleName("% de avance del trimestre")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setFixedWidth(_advance(self._bold(_POINTS), _WIDEST) + 2 * _PADDING)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

    def _bold(self, size: float) -> QFont:
        font = QFont(self.font())
        font.setBold(True)  # as its style shows it
        font.setPointSizeF(size)
        return font

    def show_text(self, text: str, style: str) -> None:
        """Show ``text`` in ``style``: a % too wide in a smaller type, or cut with «…»."""
        room = self.width() - 2 * _PADDING
        size = _POINTS
        whole, text = text, SHORT_PROGRESS.get(text, text)  # as the list of metas says it
        longest = max(text.split() or [""], key=len)  # a line of its own when words wrap
        while size > _SMALLEST_POINTS and _advance(self._bold(size), longest) > room:
            size -= 0.5
        shown = text
        if longest == text and _advance(self._bold(size), text) > room:  # a % past 10 digits
            shown = QFontMetrics(self._bold(size)).elidedText(
                text, Qt.TextElideMode.ElideRight, room
            )
        self.setStyleSheet(style + _SIZED.format(size))
        self.setText(shown)
        self.setToolTip(f"% de avance del trimestre: {whole}" if whole else "")


def _advance(font: QFont, text: str) -> int:
    return QFontMetrics(font).horizontalAdvance(text)
