"""Showing the meta chosen in the list, without losing a figure typed in the one shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, QTimer

from ism_desktop.gui.figure_keys import REFUSED
from ism_desktop.gui.meta_form_notes import (
    closed_figures_said,
    other_unit_said,
    several_dependencies,
)

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
    if shown is not None and stable_id != shown.stable_id:
        # A key moves the list's current row and its selection one after the other: the
        # second move asked again, and could leave the list on the meta refused.
        again = stable_id is not None and stable_id == window.refused_meta_id
        if again or not may_drop_typing(window, "Cambiar de meta", asked):
            _keep_list_on(window, shown.stable_id, stable_id)
            return
    form.show_meta(window.session.meta(stable_id) if stable_id else None)
    if window.tree.hasFocus():
        window.search.started_from = None  # chosen in the list: clearing the search keeps it


def _keep_list_on(window: MainWindow, shown_id: str, refused_id: str | None) -> None:
    """The list back on the meta shown, the one refused not asked for again this key press."""
    window.refused_meta_id = refused_id
    # Forgotten once the key or click is over: choosing it again asks again.
    QTimer.singleShot(0, window, lambda: setattr(window, "refused_meta_id", None))
    selection = window.tree.selectionModel()
    # Back on the meta shown without choosing it again (which would reload it).
    with QSignalBlocker(selection):
        window.select_meta(shown_id)
    window.tree.viewport().update()
    _back_to_typing(window)


def _back_to_typing(window: MainWindow) -> None:
    """The cursor back in the figure kept, taken whole, the one refused first.

    Left in the list (after a click), the digits typed to correct the figure went to the
    list's search by first letters.
    """
    meta = window.form.meta
    if meta is None:
        return
    cells = window.form.grid.editable_cells(meta, window.session.profile.quarter)
    typed = [c for c in cells if c.isModified() and not c.isReadOnly()]
    typed.sort(key=lambda c: not c.property(REFUSED))
    if typed:
        typed[0].setFocus(Qt.FocusReason.OtherFocusReason)
        typed[0].selectAll()


def follow_search(window: MainWindow, text: str) -> None:
    """Filter the list by ``text``; the form keeps its meta while it can, asking nothing.

    The meta shown stays while the search shows it; else the first one found is shown. A
    search that hides it saves what is typed in it first; typing that cannot be saved keeps
    the form on its meta (the list just does not show it), to be corrected or dropped with
    the usual question when another meta is chosen. Each keystroke asked «¿Pasar a otra
    meta…?» even for a meta still in the list, and a search finding nothing emptied the form
    after «No», the figure typed lost.
    """
    from ism_desktop.gui.unsaved_typing import flush_saying_why

    form = window.form
    shown = form.meta
    # A search that found nothing left the form empty: the meta open before it comes back
    # (a search that shows it again), not the list's first one; Esc, the one searched from.
    started = _search_start(window, text)
    wanted = shown.stable_id if shown is not None else started
    selection = window.tree.selectionModel()
    window.filtering = True
    try:
        # Filtered while open, each row hidden moved every open branch's index: a letter typed
        # took a minute and a half with thousands of metas. ``expand`` opens them again.
        window.tree.collapseAll()
        window.proxy.set_search(text)
        window.search_note.show_result(text, window.proxy.rowCount() > 0)
        window.expand()
        # Cleared first: setting the row that is already current selects nothing anew.
        selection.clear()
        visible = (
            bool(wanted) and window.proxy.mapFromSource(window.model.index_of(wanted)).isValid()
        )
        if shown is not None and visible:
            window.select_meta(wanted)  # the form shows it already: nothing to reload or ask
            return
        if shown is not None and flush_saying_why(form.flush, window.session):
            return  # the refusal is said in red in the form, where the figure still is
    finally:
        window.filtering = False
    if visible:
        window.select_meta(wanted)
    else:
        window.select_first()


def _search_start(window: MainWindow, text: str) -> str:
    """The meta to show again while the form is empty: the last one, or the search's first.

    Each letter of a search shows the first meta found; once nothing was found, Esc brought
    back the meta of the first letter typed, not the one the person started from.
    """
    search = window.search
    if text.strip():
        if search.started_from is None:
            search.started_from = window.current_meta_id() or window.last_meta_id
        return window.last_meta_id
    started, search.started_from = search.started_from, None
    return started or window.last_meta_id


def search_down(window: MainWindow) -> None:
    """Down in the search box: into the list, on the first meta found."""
    if window.proxy.rowCount() == 0:
        return  # nothing found: the box keeps the cursor, to correct the search
    window.select_first()
    window.tree.setFocus()


def search_enter(window: MainWindow) -> None:
    """Enter in the search box: to the figure of the meta found, as Alt+2."""
    if window.proxy.rowCount() == 0:
        return
    if not window.tree.currentIndex().isValid():
        window.select_first()
    window.search.started_from = None  # the meta found is the one chosen: Esc keeps it
    window.focus_achieved()


def focus_achieved(window: MainWindow) -> None:
    """The cursor in the reported quarter's achieved figure; one that takes no typing says why.

    In a closed quarter the cell ignored every key typed, without a word. On another unit's
    meta (the coordinating unit's) Alt+2 and Enter did nothing at all, while «Ir al campo»
    took the cursor there to read it and said why: they do the same now.
    """
    meta = window.form.meta
    if meta is None:
        return
    cell = window.form.grid.editable_cells(meta, window.session.profile.quarter)[0]
    cell.setFocus()
    cell.selectAll()
    if not window.session.can_edit(meta):
        several = several_dependencies(window.session.metas())
        window.statusBar().showMessage(other_unit_said(meta, several), 12000)
    elif cell.isReadOnly():
        said = closed_figures_said(window.session.profile.quarter)
        window.statusBar().showMessage(said, 12000)


def focus_at_start(window: MainWindow) -> None:
    """The cursor where the window shows it: in the figure framed to be typed, else the search.

    The search box had it while the figure cell wore the bold «type here» frame: a figure
    typed on opening the program went into the search and emptied the list.
    """
    meta = window.form.meta
    if meta is not None and window.session.can_edit(meta):
        cell = window.form.grid.editable_cells(meta, window.session.profile.quarter)[0]
        if not cell.isReadOnly():
            cell.setFocus()
            cell.selectAll()  # what is typed replaces the figure, as after a click
            return
    # The window may already be on screen, showing «Cargando las metas…»: set it here.
    window.search.setFocus()
