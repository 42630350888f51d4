"""Why a package is refused: one Spanish sentence naming the file and the reason."""

from __future__ import annotations

import os
from pathlib import Path


class PackageRefusedError(Exception):
    """A package failed a check and was not applied; ``str()`` is the message for the user."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"«{source}»: {reason}")
        self.source = source
        self.reason = reason


def shown_name(name: str, limit: int = 80) -> str:
    """A name from an untrusted file, safe to print: control characters replaced, shortened."""
    # Cut first: a description may be long and this runs for every meta of a package.
    cut = name if len(name) <= limit else name[: limit - 1] + "…"
    return cut if cut.isprintable() else "".join(c if c.isprintable() else "?" for c in cut)


def file_label(path: Path) -> str:
    """A file's name as messages and the log show it: bytes that are not UTF-8 become «�»."""
    # On POSIX a name need not be text: Python keeps its odd bytes as lone surrogates, which
    # can be neither printed nor stored.
    name = os.fsencode(path.name).decode("utf-8", "replace") if os.name != "nt" else path.name
    return shown_name(name, 255)
