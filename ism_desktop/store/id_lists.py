"""Ids bound to ``IN (…)``: a few shapes of statement, whatever the number of ids.

SQLite compiles each distinct statement text once per connection (and keeps 128); an ``IN``
list of every length from 1 to 900 would be 900 statements. Each chunk is padded with its last
id up to a power of two: a repeated id changes nothing in ``IN``, and a batch of packages of
different sizes reuses a handful of compiled statements.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

# Stays under SQLite's limit of bound parameters on old builds (999), with room for others.
IDS_PER_QUERY = 900
_SMALLEST = 8


def _padded_length(length: int) -> int:
    size = _SMALLEST
    while size < length:
        size *= 2
    return min(size, IDS_PER_QUERY)


def id_chunks(ids: Sequence[str]) -> Iterator[tuple[str, list[str]]]:
    """Per chunk of at most ``IDS_PER_QUERY`` ids: its ``?, ?, …`` marks and its parameters."""
    for start in range(0, len(ids), IDS_PER_QUERY):
        chunk = list(ids[start : start + IDS_PER_QUERY])
        chunk += [chunk[-1]] * (_padded_length(len(chunk)) - len(chunk))
        yield ", ".join("?" * len(chunk)), chunk
