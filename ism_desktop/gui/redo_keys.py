"""The keys of *Rehacer*: the system's, and Ctrl+Y everywhere, as the help and README say."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

CTRL_Y = QKeySequence("Ctrl+Y")


def redo_keys() -> list[QKeySequence]:
    """The platform's Redo keys, with Ctrl+Y first where the platform lacks it.

    On Linux (X11, Wayland) Qt binds Redo to Ctrl+Mayús+Z alone: Ctrl+Y, the key the help
    and README give, did nothing there. First, it is the one the menus show.
    """
    keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    return keys if CTRL_Y in keys else [CTRL_Y, *keys]
