"""What validation asks of a spelling dictionary: the doubtful words of a text.

The dictionary itself (a Hunspell dictionary read by a pure-Python library) lives in
``ism_desktop.spelling``; the domain stays standard-library only and sees it through this protocol.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class DoubtfulWord:
    """A word the dictionary does not know, where it stands, and quick suggestions."""

    text: str
    start: int
    end: int
    suggestions: tuple[str, ...] = ()

    def describe(self) -> str:
        """The word as a message quotes it: «ACCION» (¿ACCIÓN?)."""
        if not self.suggestions:
            return f"«{self.text}»"
        return f"«{self.text}» (¿{' o '.join(self.suggestions)}?)"


class SpellingChecker(Protocol):
    """Finds the words of a text that are not in the dictionary."""

    def doubtful(self, text: str) -> Sequence[DoubtfulWord]:
        """The doubtful words of ``text``, in order, with their positions."""
        ...
