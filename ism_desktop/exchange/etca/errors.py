"""Problems found while reading an ETCA-III-04 report, each tied to a line of the file."""

from __future__ import annotations

from dataclasses import dataclass


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
