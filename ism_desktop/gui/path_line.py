"""A file's path in a message box: on a line of its own, never broken at its hyphens.

Word wrap broke «…/paquetes-del-primer-» from «trimestre-…/ETCA-III-04_….ismpaq», which read
as two names. Wider than the box can grow on the screen, it is cut in the middle (the file's
name stays whole) and given whole in the tooltip; it can be selected and copied either way.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

_BOX_FRAME = 120  # a message box's icon and margins, beside its text


def _room(widget: QWidget) -> int:
    """The widest a message box's text can be on the widget's screen, in pixels."""
    screen = widget.screen().availableGeometry().width()
    # Qt's own bound on a message box's width: a wider line would be cut at its edge.
    widest = screen if screen <= 1024 else min(screen - 480, 1000)
    return widest - _BOX_FRAME


def set_text_with_path(box: QMessageBox, text: str, path: str) -> None:
    """Show ``text`` in ``box``; its line that is ``path`` is kept on one line."""
    shown = QFontMetrics(box.font()).elidedText(path, Qt.TextElideMode.ElideMiddle, _room(box))
    paragraphs = []
    for line in text.split("\n"):
        if line == path:
            paragraphs.append(f'<p style="margin:0; white-space:pre">{escape(shown)}</p>')
        else:
            paragraphs.append(f'<p style="margin:0">{escape(line) or "&nbsp;"}</p>')
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText("".join(paragraphs))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None and shown != path:
        label.setToolTip(path)
