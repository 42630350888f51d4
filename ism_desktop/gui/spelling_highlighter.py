"""Red wavy underline under the words the Spanish dictionary doubts, as the person types."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from typing_extensions import override

from ism_desktop.domain.spelling import DoubtfulWord

if TYPE_CHECKING:
    # Only a type here: the dictionary library loads after the first paint.
    from ism_desktop.spelling.dictionary import SpanishSpelling

UNDERLINE_COLOR = QColor(220, 0, 0)


def utf16_span(text: str, word: DoubtfulWord) -> tuple[int, int]:
    """Start and length of a word in Qt's units (UTF-16), which differ after an emoji."""
    start = len(text[: word.start].encode("utf-16-le")) // 2
    length = len(text[word.start : word.end].encode("utf-16-le")) // 2
    return start, length


class SpellingHighlighter(QSyntaxHighlighter):
    """Underlines doubtful words; Qt re-runs it on the changed paragraph only, on each key."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._checker: SpanishSpelling | None = None
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(UNDERLINE_COLOR)

    @property
    def checker(self) -> SpanishSpelling | None:
        """The dictionary in use (``None`` until it has loaded)."""
        return self._checker

    def set_checker(self, checker: SpanishSpelling | None) -> None:
        """Check with this dictionary from now on and underline the whole text again."""
        self._checker = checker
        self.rehighlight()

    @override
    def highlightBlock(self, text: str) -> None:
        if self._checker is None:
            return
        for word in self._checker.underlined(text):
            start, length = utf16_span(text, word)
            self.setFormat(start, length, self._format)
