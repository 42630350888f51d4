"""The one error a PAIMEF file reader raises: what is wrong and where (line, cell, field)."""

from __future__ import annotations


class PaimefFormatError(ValueError):
    """A file refused whole; the message names the file and the place, in Spanish."""
