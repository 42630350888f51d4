"""A list of many units searched by words: part of a code, a dependency or a name narrows it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QListView
from typing_extensions import override

from ism_desktop.gui.typed_words_filter import TypedWordsFilter, fold

# The words an entry is found by: its label without the quarter's state said after it, so
# that «27» finds dependency 27 and not every unit closed on the 27th.
SEARCHED_ROLE = Qt.ItemDataRole.UserRole + 1

_HOW = "escriba parte de su clave, de su dependencia o de su nombre y elíjala en la lista"


class _SearchedUnits(TypedWordsFilter):
    """The combo's entries whose searched words hold every word typed."""

    @override
    def searched_text(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> str:
        model = self.sourceModel()
        return str(model.data(model.index(source_row, 0, source_parent), SEARCHED_ROLE) or "")


class UnitSearch(QObject):
    """Makes ``combo`` editable: the words typed show, in a popup, the entries that hold them.

    Typing in a plain list jumped only by the start of the text: among a state's 477 units,
    «002» is in every dependency and no name could be found by a word of it. An entry is
    chosen from the popup (Enter or a click); a text typed and not chosen is no unit
    (:meth:`typed_problem`), so the dialog never acts on the entry shown before it.
    """

    def __init__(self, combo: QComboBox, searched: Sequence[str]) -> None:
        """``searched``: each entry's words to be found by, in the combo's order."""
        super().__init__(combo)
        self._combo = combo
        for row, words in enumerate(searched):
            combo.setItemData(row, words, SEARCHED_ROLE)
        self.line = QLineEdit(combo)
        combo.setLineEdit(self.line)  # editable: the words are typed in it
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # Enter never adds an entry
        self._found = _SearchedUnits(self)
        self._found.setSourceModel(combo.model())
        completer = QCompleter(self._found, combo)
        # The filter chooses the rows (words in any order, accents folded); the completer
        # only shows them, so it must not filter again by the start of the text.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(combo.maxVisibleItems())
        self.popup = QListView()
        completer.setPopup(self.popup)
        self._completer = completer
        combo.setCompleter(completer)
        # Installed after the completer's own filter of its popup, so it sees the keys first.
        self.popup.installEventFilter(self)
        combo.installEventFilter(self)
        self.line.textEdited.connect(self._found.set_words)
        self.line.selectAll()  # the first key typed replaces the unit shown, not added to its name

    def typed_problem(self) -> str | None:
        """Why the text in the box is not a unit chosen from the list; None when it is one."""
        typed = self.line.text()
        if typed == self._combo.itemText(self._combo.currentIndex()):
            return None
        words = fold(typed).split()
        if not words:
            return f"Falta la unidad: {_HOW}."
        self._found.set_words(typed)
        found = self._found.rowCount()
        if found == 0:
            return f"Ninguna unidad de la lista tiene «{typed.strip()}»: {_HOW}."
        which = "la que lo tiene" if found == 1 else f"una de las {found} que lo tienen"
        return (
            f"«{typed.strip()}» no es una unidad elegida: elija en la lista «Unidad» {which} "
            "(la flecha ↓ la muestra)."
        )

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        popup, shown = self.popup, self.popup.model()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is popup and enter and not popup.currentIndex().isValid() and shown.rowCount():
            # Enter with no entry highlighted hid the popup and chose nothing: it chooses
            # the first entry found, the one a person sees on top («84 003» finds one).
            popup.setCurrentIndex(shown.index(0, 0))
        arrow = event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        if watched is self._combo and arrow and self.typed_problem() is not None:
            # With words typed and none chosen, ↓ moved to the entry after the one shown
            # before them: it shows again the entries they find (after a refusal, say).
            if self._found.rowCount():
                self._completer.complete()
            return True
        return super().eventFilter(watched, event)
