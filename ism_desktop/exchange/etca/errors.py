"""Problems found while reading an ETCA-III-04 report, each tied to a line of the file."""

from __future__ import annotations

from dataclasses import dataclass

from ism_desktop.domain.meta import normalize_text
from ism_desktop.domain.wording import shortened


class EtcaFormatError(Exception):
    """The file cannot be read as an ETCA-III-04 report; the message is for the user."""

    def __init__(self, line: int | None, message: str) -> None:
        self.line = line
        self.message = message
        where = f"Línea {line}: " if line is not None else ""
        super().__init__(f"{where}{message}")


@dataclass(frozen=True, slots=True)
class ImportWarning:
    """Something the report prints that the program would compute differently, or skipped."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"Línea {self.line}: {self.message}"


def clipped(text: str, limit: int = 60) -> str:
    """A description or line as a message quotes it: one line, at most ``limit`` characters."""
    return shortened(normalize_text(text), limit)
