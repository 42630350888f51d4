"""A file's path in a message box: on a line of its own, never broken at its hyphens.

Word wrap broke «…/paquetes-del-primer-» from «trimestre-…/ETCA-III-04_….ismpaq», which read
as two names. Wider than the box can grow on the screen, it is cut in the middle (the file's
name stays whole) and given whole in the tooltip; it can be selected and copied either way.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

_BOX_FRAME = 120  # a message box's icon and margins, beside its text
_WHOLE = '<p style="margin:0; white-space:pre">{}</p>'  # one line, never wrapped
_WRAPPED = '<p style="margin:0">{}</p>'
# A quoted file or folder: «C:\Users\…\datos.sqlite3», «/home/…/copias».
QUOTED_PATH = re.compile(r"«([^«»\n]*[\\/][^«»\n]*)»")
_TIP_LINE = 90  # characters of a tooltip's line
_CLOSING = re.compile(r"[)\]:;.,]*")


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
            paragraphs.append(_WHOLE.format(escape(shown)))
        else:
            paragraphs.append(_WRAPPED.format(escape(line) or "&nbsp;"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText("".join(paragraphs))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None and shown != path:
        label.setToolTip(path)


def names_kept_whole(widget: QWidget, text: str, names: Iterable[str]) -> str:
    """``text`` as formatted text for a box over ``widget``, each file of ``names`` kept whole.

    A line naming a file («name») is kept on one line when it fits, else broken after the
    name: its start up to the name (and its colon) on a line of its own, the rest of the
    sentence wrapped under it. Qt keeps no word whole
    inside a wrapped line (it breaks a name at a hyphen followed by a letter: «ETCA-» /
    «III-04_…»). Wider than the box can grow, that start is cut in the middle.
    """
    metrics = QFontMetrics(widget.font())
    room = _room(widget)
    quoted = [f"«{name}»" for name in names if name]
    paragraphs: list[str] = []
    for line in text.split("\n"):
        paragraphs += _kept_whole(line, quoted, metrics, room)
    return "".join(paragraphs)


def cut_lines_tip(widget: QWidget, text: str, names: Iterable[str]) -> str:
    """The lines of ``text`` that ``names_kept_whole`` shows cut in the middle, whole.

    For a tooltip: each up to its name on a line of its own, the rest wrapped by words (a
    tooltip's line wider than the screen is cut at its edge).
    """
    named = list(names)  # read once for each line
    quoted = [f"«{name}»" for name in named if name]
    tip: list[str] = []
    for line in text.split("\n"):
        if names_kept_whole(widget, line, named).count("…") > line.count("…"):
            head, rest = _after_first_name(line, quoted)
            tip += (
                [head, *textwrap.wrap(rest, _TIP_LINE)] if head else textwrap.wrap(line, _TIP_LINE)
            )
    return "\n".join(tip)


def _kept_whole(line: str, quoted: list[str], metrics: QFontMetrics, room: int) -> list[str]:
    """The paragraphs showing ``line``: whole if it fits, else cut after each name in turn."""
    if metrics.horizontalAdvance(line) <= room:
        return [_WHOLE.format(escape(line) or "&nbsp;")]
    head, rest = _after_first_name(line, quoted)
    if not head:
        return [_WRAPPED.format(escape(line))]
    shown = metrics.elidedText(head, Qt.TextElideMode.ElideMiddle, room)
    return [
        _WHOLE.format(escape(shown)),
        *(_kept_whole(rest, quoted, metrics, room) if rest else []),
    ]


def _after_first_name(line: str, quoted: list[str]) -> tuple[str, str]:
    """``line`` cut after the first quoted name in it (and its colon); ("", line) if none."""
    found = [(at, name) for name in quoted if (at := line.find(name)) >= 0]
    if not found:
        return "", line
    at, name = min(found)
    end = at + len(name)
    if line[end : end + 1] in (":", ".", ","):  # its punctuation stays with it
        end += 1
    return line[:end], line[end:].lstrip()


def warn_with_paths(parent: QWidget | None, title: str, text: str) -> None:
    """A warning saying ``text``, each quoted path in it kept on one line (``keep_paths_whole``).

    Without a path it is Qt's own ``warning``, as before.
    """
    if QUOTED_PATH.search(text) is None:
        QMessageBox.warning(parent, title, text)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", QMessageBox.StandardButton.Ok, parent)
    keep_paths_whole(box, text)
    box.exec()


def keep_paths_whole(box: QMessageBox, text: str) -> None:
    """Show ``text`` in ``box``: each quoted path on one line, the rest wrapped by words.

    Word wrap broke «C:/Users/Maria Fernanda/…» (on Windows, backslashes) at its spaces
    and hyphens: a folder read as two. A line too wide for the box gives its path a line of
    its own; a path wider than the box can grow is cut in the middle, and then given whole in
    the tooltip and behind «Mostrar los detalles...», to be copied. Text naming no path is
    set as it is.
    """
    paths = list(dict.fromkeys(QUOTED_PATH.findall(text)))
    if not paths:
        box.setText(text)
        return
    metrics = QFontMetrics(box.font())
    room = _room(box)
    quoted = [f"«{path}»" for path in paths]
    paragraphs: list[str] = []
    for line in text.split("\n"):
        paragraphs += _path_on_its_line(line, quoted, metrics, room)
    shown = "".join(paragraphs)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(shown)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if shown.count("…") > escape(text).count("…"):  # a path was cut: whole where it is copied
        whole = "\n".join(paths)
        label = box.findChild(QLabel, "qt_msgbox_label")
        if label is not None:
            label.setToolTip(whole)
        box.setDetailedText(f"{box.detailedText()}\n\n{whole}".strip())


def _path_on_its_line(line: str, quoted: list[str], metrics: QFontMetrics, room: int) -> list[str]:
    """The paragraphs showing ``line``: whole if it fits, else its first path on a line alone."""
    if metrics.horizontalAdvance(line) <= room:
        return [_WHOLE.format(escape(line) or "&nbsp;")]
    found = [(at, path) for path in quoted if (at := line.find(path)) >= 0]
    if not found:
        return [_WRAPPED.format(escape(line))]
    at, path = min(found)
    # Its brackets and punctuation stay with it: «(» or «.» alone began or ended a line.
    start = at - 1 if line[at - 1 : at] == "(" else at
    closing = _CLOSING.match(line, at + len(path))
    end = closing.end() if closing is not None else at + len(path)
    before, rest = line[:start].rstrip(), line[end:].lstrip()
    shown = metrics.elidedText(line[start:end], Qt.TextElideMode.ElideMiddle, room)
    return [
        *([_WRAPPED.format(escape(before))] if before else []),
        _WHOLE.format(escape(shown)),
        *(_path_on_its_line(rest, quoted, metrics, room) if rest else []),
    ]
