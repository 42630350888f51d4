"""The Spanish dictionary with the institution's words: doubtful words and their suggestions."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from pathlib import Path

from spylls.hunspell import Dictionary, readers
from spylls.hunspell.readers.file_reader import BaseReader

from ism_desktop.domain.spelling import DoubtfulWord
from ism_desktop.spelling.words import checkable_words

# One accent or a tilde is what a word typed in capitals most often misses (ACCION, ANO).
_ACCENTED = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "úü", "n": "ñ"}
# Full suggestions try one-letter edits in Hunspell's order, each a look-up of about 0.2 ms; a
# long garbled word has tens of thousands, and must not freeze the menu. Counted, not timed, so
# the same word always gets the same suggestions.
SUGGESTION_BUDGET_EDITS = 1500
# A split into two words is offered only when both halves are words of their own (DE LA), not a
# stray letter (L LLEVÓ); a single letter is a word only as a conjunction or a preposition.
_ONE_LETTER_WORDS = frozenset("aeouy")
_CACHE_LIMIT = 50_000


class _BytesReader(BaseReader):  # type: ignore[misc]
    """A dictionary file read whole at once: spylls' own reader leaves its files open."""

    def __init__(self, data: bytes, encoding: str = "Windows-1252") -> None:
        self._data = data
        super().__init__(self._text(encoding))

    def _text(self, encoding: str) -> io.StringIO:
        # surrogateescape, as spylls does: some dictionaries carry stray bytes in their flags.
        return io.StringIO(self._data.decode(encoding, errors="surrogateescape"))

    def reset_encoding(self, encoding: str) -> None:
        """Read the file again in the encoding its .aff declares (``SET UTF-8``)."""
        self.reset_io(self._text(encoding))


def read_hunspell(base: Path) -> Dictionary:
    """The Hunspell dictionary ``base``.aff + ``base``.dic."""
    aff, context = readers.read_aff(_BytesReader(base.with_suffix(".aff").read_bytes()))
    dic_bytes = base.with_suffix(".dic").read_bytes()
    dic = readers.read_dic(_BytesReader(dic_bytes, context.encoding), aff=aff, context=context)
    return Dictionary(aff, dic)


def _recased(suggestion: str, like: str) -> str:
    if like.isupper():
        return suggestion.upper()
    if like[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


class SpanishSpelling:
    """A Hunspell dictionary plus extra words; implements ``domain.spelling.SpellingChecker``.

    Verdicts are cached per word: while someone types, only the new word costs a look-up.
    """

    def __init__(self, dictionary: Dictionary, extra_words: Iterable[str] = ()) -> None:
        self._dictionary = dictionary
        self._extra: set[str] = {word.lower() for word in extra_words}
        self._ignored: set[str] = set()
        self._verdicts: dict[str, bool] = {}
        self._quick: dict[str, tuple[str, ...]] = {}

    @classmethod
    def from_files(cls, base: Path, extra_words: Iterable[str] = ()) -> SpanishSpelling:
        """Read ``base``.aff and ``base``.dic (about a second: do it off the GUI thread)."""
        return cls(read_hunspell(base), extra_words)

    def add_words(self, words: Iterable[str]) -> None:
        """Accept more words from now on (the PC's own, the coordinating unit's list)."""
        self._extra.update(word.lower() for word in words)
        self._verdicts.clear()
        self._quick.clear()

    def ignore(self, word: str) -> None:
        """Accept a word until the program closes («Ignorar»)."""
        self._ignored.add(word.lower())
        self._verdicts.clear()

    def _in_extra(self, folded: str) -> bool:
        # The lists hold singulars; a plural adds -s or -es (FEMINICIDAS, INSTANCIAS MUNICIPALES).
        extra = self._extra
        return (
            folded in extra
            or folded in self._ignored
            or (folded.endswith("s") and folded[:-1] in extra)
            or (folded.endswith("es") and folded[:-2] in extra)
        )

    def _in_dictionary(self, word: str) -> bool:
        lookup = self._dictionary.lookup
        if word.isupper():
            # Capitals as the report writes them: the lower-case form, a proper name, or an
            # acronym the dictionary lists as such (ONU). Hunspell's own all-caps look-up tries
            # every case of every affix: up to 100 ms a word, and it takes EXIS for a word.
            return bool(
                lookup(word.lower())
                or lookup(word.capitalize())
                or self._dictionary.dic.homonyms(word)
            )
        return bool(lookup(word))

    def is_known(self, word: str) -> bool:
        """Whether the word is spelled right (capitals count as the same word)."""
        verdict = self._verdicts.get(word)
        if verdict is None:
            verdict = self._in_extra(word.lower()) or self._in_dictionary(word)
            if len(self._verdicts) >= _CACHE_LIMIT:
                self._verdicts.clear()
            self._verdicts[word] = verdict
        return verdict

    def doubtful(self, text: str) -> list[DoubtfulWord]:
        """The words of ``text`` the dictionaries do not know, with the missing accent if any."""
        return [
            DoubtfulWord(word.text, word.start, word.end, self.quick_suggestions(word.text))
            for word in self.underlined(text)
        ]

    def underlined(self, text: str) -> list[DoubtfulWord]:
        """The doubtful words without suggestions: the underline while typing needs no more."""
        return [
            DoubtfulWord(word, start, end)
            for word, start, end in checkable_words(text)
            if not self.is_known(word)
        ]

    def _accent_variants(self, folded: str) -> Iterator[str]:
        for at, letter in enumerate(folded):
            for accented in _ACCENTED.get(letter, ""):
                yield folded[:at] + accented + folded[at + 1 :]

    def _known_form(self, candidate: str) -> str | None:
        """The form in which a lower-case candidate is a word (a proper name is capitalized)."""
        if self._in_extra(candidate) or self._dictionary.lookup(candidate):
            return candidate
        capitalized = candidate.capitalize()
        return capitalized if self._dictionary.lookup(capitalized) else None

    def quick_suggestions(self, word: str) -> tuple[str, ...]:
        """The word with the accent or tilde it misses (ACCION → ACCIÓN); cheap enough for all."""
        cached = self._quick.get(word)
        if cached is None:
            found = (self._known_form(v) for v in self._accent_variants(word.lower()))
            cached = tuple(dict.fromkeys(_recased(f, word) for f in found if f is not None))
            self._quick[word] = cached
        return cached

    def suggestions(self, word: str, limit: int = 6) -> tuple[str, ...]:
        """Suggestions as Word offers them: the missing accent, then one-letter edits."""
        found = dict.fromkeys(self.quick_suggestions(word))
        folded = word.lower()
        edits = self._dictionary.suggester.edits(folded)
        for _, edit in zip(range(SUGGESTION_BUDGET_EDITS), edits, strict=False):
            if len(found) >= limit:
                break
            text = getattr(edit, "text", None)
            # Capitalized edits repeat the lower-case ones; ``_known_form`` capitalizes names.
            if not isinstance(text, str) or text == folded or "-" in text or text != text.lower():
                continue
            parts = text.split(" ")
            if any(len(part) < 2 and part not in _ONE_LETTER_WORDS for part in parts):
                continue
            forms = [self._known_form(part) for part in parts]
            if all(form is not None for form in forms):
                found.setdefault(_recased(" ".join(f for f in forms if f), word))
        # Whole words before splits (DÍA, IDA… before DI A), each group in Hunspell's order.
        ranked = sorted(found, key=lambda suggestion: " " in suggestion)
        return tuple(ranked)[:limit]
