"""A search box: Enter ends the search and presses no button; Esc clears it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit

from ism_desktop.domain.wording import shortened
from ism_desktop.gui.typed_words_filter import fold
from ism_desktop.gui.window_keys import WindowKeysFirst

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# How long typing pauses before a long list is filtered by what was typed.
TYPING_PAUSE_MS = 350
searchable = fold  # how a row's text is kept for ``SearchField.shown``


class SearchField(QLineEdit):
    """A line that filters a list as it is typed.

    A line edit passes Enter on to its dialog, which presses its default button: after typing
    a search, Enter accepted the new year's dialog (the year was made) or opened «Agregar meta».
    Here Enter stops at the box, where the search is already done; a window may take it on
    from there (``enter_pressed``), as it may Down (``down_pressed``).
    """

    enter_pressed = Signal()
    down_pressed = Signal()
    # The text to filter by: at once, or, while ``paced()``, once letters typed pause.
    search_changed = Signal(str)

    def __init__(self, placeholder: str, accessible_name: str) -> None:
        super().__init__()
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(accessible_name)
        self.setClearButtonEnabled(True)
        # The meta shown when the search began, brought back when it is cleared (Esc): each
        # letter shows the first meta found, and Esc brought back the one of the first letter.
        self.started_from: str | None = None
        self._window_keys = WindowKeysFirst(self)
        self.installEventFilter(self._window_keys)  # Ctrl+E exports, as in every other box
        # Whether letters typed wait for a pause: a state's 5,000 metas took half a second to
        # filter for each letter, a word typed freezing the window for ten. Set by the window.
        self.paced: Callable[[], bool] = lambda: False
        self._typing = False
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.timeout.connect(lambda: self.search_changed.emit(self.text()))
        self.textChanged.connect(self._on_text_changed)

    def _on_text_changed(self, text: str) -> None:
        # A text set by the program (cleared to show a meta) filters at once: it is read next.
        if self._typing and self.paced():
            self._pause.start(TYPING_PAUSE_MS)
            return
        self._pause.stop()
        self.search_changed.emit(text)

    def settle(self) -> None:
        """Filter now by the letters typed, if the pause after them is still awaited."""
        if self._pause.isActive():
            self._pause.stop()
            self.search_changed.emit(self.text())

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        """Filter now when the box is left before the pause (a click on the list, Tab).

        Filtered after, the form switched to the first meta found under the person, already
        in the list or typing a figure of the meta left shown.
        """
        self.settle()
        super().focusOutEvent(event)

    def shown(self, searched: Sequence[str]) -> list[bool]:
        """For each text (made with ``searchable``), whether it has every word typed.

        The same reading as the list of metas: any case, accents or not, words in any order.
        """
        words = fold(self.text()).split()
        return [all(word in text for word in words) for text in searched]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Type as any line does; Enter is kept here, not passed on to the dialog.

        Esc clears a search typed (every row shows again); an empty box passes it on, so a
        dialog still closes with it.
        """
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            self.settle()  # into the list of the whole word typed
            self.down_pressed.emit()
        self._typing = True
        try:
            super().keyPressEvent(event)
        finally:
            self._typing = False
        if event.key() in _ENTER:
            event.accept()
            self.settle()
            self.enter_pressed.emit()


class NothingFoundNote(QLabel):
    """Under a list's search box: says the search found nothing, hidden otherwise.

    A list gone blank looked as if the unit's metas had been lost.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setContentsMargins(4, 2, 4, 2)  # the box above has a frame; text flush left did not
        self.hide()

    def show_result(self, searched: str, found: bool) -> None:
        """Say that nothing matches ``searched``, or hide when something did (or nothing typed)."""
        searched = searched.strip()
        said = shortened(searched, 60)
        self.setText(f"Ninguna meta coincide con «{said}». Esc borra la búsqueda.")
        self.setVisible(bool(searched) and not found)
