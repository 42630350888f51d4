"""The one error a PAIMEF file reader raises: what is wrong and where (line, cell, field)."""

from __future__ import annotations

from collections.abc import Sequence


class PaimefFormatError(ValueError):
    """A file refused whole; the message names the file and the place, in Spanish.

    A workbook refused for several cells lists each in ``problems`` (at most as many as its
    reader lists; ``total`` counts them all), and the message says how many there are.
    """

    def __init__(self, message: str, problems: Sequence[str] = (), total: int = 0) -> None:
        """``problems``: every problem listed (the message alone when none are given)."""
        super().__init__(message)
        self.problems = tuple(problems) or (message,)
        self.total = max(total, len(self.problems))

    def lines(self) -> list[str]:
        """Each problem listed, and how many more were found when the list was cut."""
        more = self.total - len(self.problems)
        return [*self.problems, f"… y {more} más."] if more > 0 else list(self.problems)
