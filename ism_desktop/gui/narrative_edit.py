"""The qualitative evaluation editor: spelling as in Word, and tells when the person leaves it."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit, QWidget
from typing_extensions import override

from ism_desktop.domain.limits import as_typed_text
from ism_desktop.domain.spelling import DoubtfulWord
from ism_desktop.gui.spelling_highlighter import SpellingHighlighter
from ism_desktop.gui.window_keys import is_redo_key, is_undo_claim
from ism_desktop.gui.window_undo_menu import put_window_undo

if TYPE_CHECKING:
    # Only a type here: the dictionary library loads after the first paint.
    from ism_desktop.spelling.dictionary import SpanishSpelling

ADD_TO_DICTIONARY = "Agregar al diccionario"
IGNORE = "Ignorar"
NO_SUGGESTIONS = "(Sin sugerencias)"
# The words of the evaluation a finding quotes: «REBASANDO LA META CON 78».
_QUOTED = re.compile("«([^»]+)»")


class NarrativeEdit(QPlainTextEdit):
    """A plain-text editor that underlines doubtful words and emits ``focus_left`` to save."""

    focus_left = Signal()
    word_added = Signal(str)  # «Agregar al diccionario»: the owner keeps it for this PC
    word_ignored = Signal(str)  # «Ignorar»: accepted until the program closes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.highlighter = SpellingHighlighter(self.document())
        # Whether typing is waiting to be saved (set by the form that saves it).
        self.typing: Callable[[], bool] = lambda: True
        # The window's Deshacer and Rehacer (set by the window), for the right-click menu.
        self.window_undo: tuple[QAction, ...] = ()
        self._shown_for = ""  # the stable id of the meta whose text is shown

    def show_text(self, text: str, stable_id: str) -> None:
        """Show a meta's saved text; its own text changed (undo, redo) keeps the person's place.

        Loaded back whole, an undone change sent the cursor and the view to the text's start:
        the cursor goes where the text changed instead, in view.
        """
        before = self.toPlainText()
        same = stable_id == self._shown_for
        self._shown_for = stable_id
        self.setPlainText(text)
        if same and before != text:
            cursor = self.textCursor()
            cursor.setPosition(_qt_length(text[: _changed_end(before, text)]))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def select_quoted(self, message: str) -> bool:
        """Select the words of the text a finding's ``message`` quotes first; False if none.

        As whole words first: «78» is not the end of «978». Then anywhere, in any case.
        """
        quoted = _QUOTED.search(message)
        if quoted is None:
            return False
        document, words = self.document(), quoted.group(1)
        found = document.find(words, 0, QTextDocument.FindFlag.FindWholeWords)
        if found.isNull():
            found = document.find(words)
        if found.isNull():
            # The rules quote the text with its blanks made one space: written over two lines,
            # or with two spaces, the words are found with any blanks between them.
            found = self._spaced_find(words)
        if found.isNull():
            return False
        self.setTextCursor(found)
        self.ensureCursorVisible()
        return True

    def _spaced_find(self, words: str) -> QTextCursor:
        """``words`` selected with any blanks between them (a line break, two spaces)."""
        text, spaced = self.toPlainText(), r"\s+".join(map(re.escape, words.split()))
        if not spaced:  # «  » quotes no word
            return QTextCursor()
        for pattern in (rf"(?<!\w){spaced}(?!\w)", spaced):
            match = re.search(pattern, text, re.IGNORECASE)
            if match is not None:
                # The document counts UTF-16 units, a character outside the BMP as two.
                start, end = (len(text[:at].encode("utf-16-le")) // 2 for at in match.span())
                cursor = QTextCursor(self.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                return cursor
        return QTextCursor()

    @override
    def event(self, event: QEvent) -> bool:
        # The editor claims Ctrl+Z for its own typing. Once the text is saved, its own undo
        # would remove it and save that as a new change, leaving Ctrl+Y nothing to redo: the
        # keys go to the window's Deshacer/Rehacer then, as in a figure's cell.
        if is_undo_claim(event):
            # Typing just taken back with Ctrl+Z (saved or not): Ctrl+Y brings it back here.
            # The window's Rehacer redid an older step instead, a figure away from the box.
            redo = isinstance(event, QKeyEvent) and is_redo_key(event)
            if redo and self.document().isRedoAvailable():
                event.accept()
                return True
            if not self.typing():
                event.ignore()
                return True
        return super().event(event)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # X11 binds Ctrl+Y to nothing in a text box; this program's Rehacer is Ctrl+Y everywhere.
        if is_redo_key(event) and self.document().isRedoAvailable():
            self.redo()
            event.accept()
            return
        super().keyPressEvent(event)

    @override
    def insertFromMimeData(self, source: QMimeData) -> None:
        # Only plain text, and as if typed: Word's line breaks (U+000B) become lines.
        if source.hasText():
            self.insertPlainText(as_typed_text(source.text()))

    def set_spelling(self, checker: SpanishSpelling | None) -> None:
        """Underline with this dictionary (it loads in the background after the window shows)."""
        self.highlighter.set_checker(checker)

    def refresh_spelling(self) -> None:
        """Underline again, after the dictionary learnt or ignored a word."""
        self.highlighter.rehighlight()

    def doubtful_word_at(self, pos: QPoint) -> tuple[DoubtfulWord, int] | None:
        """The doubtful word under a point of the viewport, and where its paragraph starts."""
        checker = self.highlighter.checker
        if checker is None:
            return None
        cursor = self.cursorForPosition(pos)
        block = cursor.block()
        at = cursor.position() - block.position()
        text = block.text()
        for word in checker.underlined(text):
            if word.start <= at <= word.end:
                return word, block.position()
        return None

    def spelling_menu(self, pos: QPoint) -> QMenu:
        """The context menu at a point: suggestions and dictionary actions over Qt's own."""
        menu = self.createStandardContextMenu(pos)
        self._put_window_undo(menu)
        found = self.doubtful_word_at(pos)
        checker = self.highlighter.checker
        if found is None or checker is None:
            return menu
        word, block_start = found
        first = menu.actions()[0] if menu.actions() else None
        actions = []
        # Hunspell's edits of a long garbled word take a few tenths of a second in pure Python.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            suggestions = checker.suggestions(word.text)
        finally:
            QApplication.restoreOverrideCursor()
        bold = QFont(menu.font())
        bold.setBold(True)
        for suggestion in suggestions:
            action = menu.addAction(suggestion)
            action.setFont(bold)
            action.setEnabled(not self.isReadOnly())
            action.triggered.connect(
                lambda _=False, s=suggestion: self._replace(word, block_start, s)
            )
            actions.append(action)
        if not suggestions:
            empty = menu.addAction(NO_SUGGESTIONS)
            empty.setEnabled(False)
            actions.append(empty)
        add = menu.addAction(ADD_TO_DICTIONARY)
        add.triggered.connect(lambda: self.word_added.emit(word.text))
        ignore = menu.addAction(IGNORE)
        ignore.triggered.connect(lambda: self._ignore(checker, word.text))
        ours = [*actions, menu.addSeparator(), add, ignore, menu.addSeparator()]
        if first is not None:
            menu.insertActions(first, ours)
        return menu

    def _put_window_undo(self, menu: QMenu) -> None:
        if self.typing():
            # Typing not yet saved: Qt's own entries take it back, as Ctrl+Z does here; the
            # window's would undo the step before while the typing stayed, to be saved over it.
            return
        put_window_undo(menu, self.window_undo)

    def _replace(self, word: DoubtfulWord, block_start: int, suggestion: str) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(block_start + word.start)
        cursor.setPosition(block_start + word.end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() == word.text:  # the text did not change under the menu
            cursor.insertText(suggestion)

    def _ignore(self, checker: SpanishSpelling, word: str) -> None:
        checker.ignore(word)
        self.refresh_spelling()
        self.word_ignored.emit(word)

    @override
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.spelling_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()


def _changed_end(before: str, after: str) -> int:
    """Where the part of ``after`` that differs from ``before`` ends (an index into ``after``)."""
    shortest = min(len(before), len(after))
    start = 0
    while start < shortest and before[start] == after[start]:
        start += 1
    end = 0
    while end < shortest - start and before[-1 - end] == after[-1 - end]:
        end += 1
    return len(after) - end


def _qt_length(text: str) -> int:
    """The length Qt's positions count (UTF-16 units: an emoji counts two)."""
    return len(text.encode("utf-16-le")) // 2
