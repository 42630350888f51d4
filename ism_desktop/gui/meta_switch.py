"""Showing the meta chosen in the list, without losing a figure typed in the one shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker

if TYPE_CHECKING:
    from ism_desktop.gui.main_window import MainWindow


def show_chosen_meta(window: MainWindow, stable_id: str | None) -> None:
    """Show the meta chosen; if what is typed in the one shown cannot be saved, ask first.

    Saying no keeps the meta shown, its typing still in its cell, and the list back on it.
    """
    from ism_desktop.gui.window_dialogs import may_drop_typing

    form = window.form
    shown = form.meta
    asked = "¿Pasar a otra meta de todos modos?"
    if (
        shown is not None
        and stable_id != shown.stable_id
        and not may_drop_typing(window, "Cambiar de meta", asked)
    ):
        selection = window.tree.selectionModel()
        # Back on the meta shown without choosing it again (which would reload it).
        with QSignalBlocker(selection):
            window.select_meta(shown.stable_id)
        window.tree.viewport().update()
        return
    form.show_meta(window.session.meta(stable_id) if stable_id else None)
