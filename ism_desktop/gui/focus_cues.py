"""The focus drawn from the moment a dialog opens, not only after the first Tab in it.

Qt's styles draw the focus of a list, a table, a drop-down list or a button only in a window
where Tab has already moved it (as Windows hides focus cues until a key is used). A dialog
opened from the menus with Alt and a letter started with its cursor in «Unidad» drawn as if
nothing had it. (An empty table draws no focus in any case.)
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget


def show_focus_cue(_old: QWidget | None, new: QWidget | None) -> None:
    """For the application's ``focusChanged``: the window of ``new`` draws its focus."""
    if new is None:
        return
    window = new.window()
    # Dialogs only: the main window's first focus comes before its first paint, and its
    # cursor is a figure's, which shows anyway.
    if not isinstance(window, QDialog):
        return
    # Qt's namespace of flags read here, not at import (see alt_letters).
    from PySide6.QtCore import Qt

    cue = Qt.WidgetAttribute.WA_KeyboardFocusChange
    if not window.testAttribute(cue):
        window.setAttribute(cue)
        new.update()
