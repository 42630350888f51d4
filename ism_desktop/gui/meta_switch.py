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
    form = window.form
    shown = form.meta
    if shown is not None and stable_id != shown.stable_id and not _may_leave(window):
        selection = window.tree.selectionModel()
        # Back on the meta shown without choosing it again (which would reload it).
        with QSignalBlocker(selection):
            window.select_meta(shown.stable_id)
        window.tree.viewport().update()
        return
    form.show_meta(window.session.meta(stable_id) if stable_id else None)


def _may_leave(window: MainWindow) -> bool:
    from ism_desktop.gui.dialog_buttons import confirm_loss
    from ism_desktop.gui.unsaved_typing import flush_saying_why

    unsaved = flush_saying_why(window.form.flush, window.session)
    if not unsaved:
        return True
    question = f"{unsaved.message}\n\n¿Pasar a otra meta de todos modos? {unsaved.lost}"
    if not confirm_loss(window, "Cambiar de meta", question):
        return False
    # Given up: the meta shown goes back to what is stored, so that leaving it does not try
    # to save the typing again (and say again that it could not).
    window.form.show_meta(window.form.meta)
    return True
