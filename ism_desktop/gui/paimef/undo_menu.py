"""The PAIMEF window's *Editar* menu: Deshacer and Rehacer over the workspace's PAIMEF history."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QMenuBar, QPlainTextEdit, QWidget
from typing_extensions import override

from ism_desktop.gui.undo_redo_pair import UndoRedoPair
from ism_desktop.gui.window_undo_menu import put_window_undo
from ism_desktop.workspace.changes import WorkspaceError
from ism_desktop.workspace.opening import StoreError
from ism_desktop.workspace.paimef_undo import PaimefEditing


class PaimefUndoMenu(QObject):
    """*Editar ▸ Deshacer …/Rehacer …*, named after the next step, with Ctrl+Z and Ctrl+Y."""

    replayed = Signal(object)  # PaimefReplay: the window shows its year and acción, and says it
    refused = Signal(str)  # why nothing was undone or redone (Spanish)

    def __init__(
        self,
        editing: PaimefEditing,
        window: QWidget,
        may_leave_typing: Callable[[], bool],
        typing: Callable[[], str | None],
    ) -> None:
        """``may_leave_typing()`` saves the acción typed, or asks before dropping it.

        ``typing()``: where typing is not yet saved («la acción A.1»), or None.
        """
        super().__init__(window)
        self._editing = editing
        self._may_leave_typing = may_leave_typing
        self._typing = typing
        self.bar = QMenuBar(window)
        # «&Eliminar acción» holds Alt+E; «In&dicadores» gave its D up for this (Alt+5 now).
        menu = self.menu = self.bar.addMenu("E&ditar")
        menu.aboutToShow.connect(self.refresh)  # typing since the last write is named
        menu.setToolTipsVisible(True)  # why a step is greyed out: the window has no status bar
        self._pair = UndoRedoPair(
            window, lambda: self._replay(undoing=True), lambda: self._replay(undoing=False)
        )
        self.undo_action = self._pair.undo_action
        self.redo_action = self._pair.redo_action
        self.actions = self._pair.actions
        menu.addActions(self.actions)
        # Ctrl+Z, Ctrl+Y over a step greyed out (changed since): said why and forgotten, as
        # before it was greyed out, so that the steps behind it stay within reach.
        self._refused_keys: list[QShortcut] = []
        for action, undoing in ((self.undo_action, True), (self.redo_action, False)):
            keys = QShortcut(window)
            keys.setKeys(action.shortcuts())
            keys.setEnabled(False)
            keys.activated.connect(lambda undoing=undoing: self._replay(undoing=undoing))
            self._refused_keys.append(keys)
        # Named and enabled by ``refresh``, once the window shows its data (its form exists).
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)

    def _replay(self, *, undoing: bool) -> None:
        typed = self._typing()
        if typed is not None and not undoing:
            return  # saving the typing is an edit of its own: nothing is left to redo
        named = self._editing.history.to_undo()
        if not self._may_leave_typing():
            return
        if typed is not None and self._editing.history.to_undo() is named:
            # Not saved (dropped, asked; or typed back as stored): that was what Deshacer took.
            self.refresh()
            self.refused.emit(f"Se deshizo lo escrito en {typed}: no estaba guardado.")
            return
        # Saved first, as leaving the acción saves it: Deshacer takes that save back.
        try:
            replay = self._editing.undo() if undoing else self._editing.redo()
        except (WorkspaceError, StoreError) as exc:
            self.refresh()  # a refused step is forgotten: the next one is offered
            self.refused.emit(str(exc))
            return
        self.refresh()
        self.replayed.emit(replay)

    def refresh(self) -> None:
        """Enabled and named after the history's next steps."""
        history = self._editing.history
        typed = self._typing()
        # A step whose data changed since (a command, an import): greyed out, saying why,
        # rather than enabled only to refuse once pressed. Read again only after a write.
        refusals = (None, None) if typed else self._editing.refusals()
        self._pair.name_after(history.to_undo(), None if typed else history.to_redo(), refusals)
        for keys, refusal in zip(self._refused_keys, refusals, strict=True):
            keys.setEnabled(refusal is not None)
        if typed is not None:  # what Deshacer takes back first
            self.undo_action.setEnabled(True)
            self.undo_action.setText(f"&Deshacer lo escrito en {typed}")


class TypingUndoFirst(QObject):
    """Ctrl+Z in a field of the form: the field's own while typing, the window's once saved.

    A text box takes Ctrl+Z for itself even with nothing typed to take back (an acción just
    shown, or saved): the window's Deshacer then did nothing from the form.
    """

    def __init__(
        self, typing: Callable[[], bool], window_undo: Sequence[QAction], parent: QObject
    ) -> None:
        """``typing()``: whether something typed in the form is not yet saved.

        ``window_undo``: the window's Deshacer and Rehacer, in the boxes' right-click menus in
        place of Qt's own while nothing is typed (Qt's named other keys and undid nothing saved).
        """
        super().__init__(parent)
        self._typing = typing
        self._window_undo = tuple(window_undo)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A multi-line box's right click reaches its viewport, not the box.
        box = watched.parent() if isinstance(watched.parent(), QPlainTextEdit) else watched
        if (
            event.type() == QEvent.Type.ContextMenu
            and isinstance(event, QContextMenuEvent)
            and isinstance(box, (QLineEdit, QPlainTextEdit))
            and not self._typing()
        ):
            menu = box.createStandardContextMenu()
            put_window_undo(menu, self._window_undo)
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, (QLineEdit, QPlainTextEdit))
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
            and not self._typing()
        ):
            event.ignore()  # not the box's: the window's shortcut takes it
            return True
        return super().eventFilter(watched, event)


def watch_typing_undo(
    form: QWidget, typing: Callable[[], bool], window_undo: Sequence[QAction]
) -> None:
    """Give the window's Deshacer/Rehacer to ``form``'s text boxes while nothing is typed.

    Ctrl+Z, Ctrl+Y and the right-click menu alike.
    """
    watcher = TypingUndoFirst(typing, window_undo, form)
    for box in (*form.findChildren(QLineEdit), *form.findChildren(QPlainTextEdit)):
        box.installEventFilter(watcher)
        if isinstance(box, QPlainTextEdit):
            box.viewport().installEventFilter(watcher)
