"""A narrative's rows in the workbook: how tall, and over how many when one row is too short.

Excel keeps no row taller than 409.5 points, and a row prints only the text its height shows:
a longer evaluation is written over as many consecutive rows as it needs, each part ending at a
line end or after a space, so that the parts read in order are the whole text.
"""

from __future__ import annotations

import math

from ism_desktop.reports.xlsx_styles import MAX_ROW_POINTS

CHARS_PER_LINE = 230
LINE_POINTS = 10.5
_PADDING_POINTS = 2
# The most estimated lines a row holds under Excel's cap: 38.
MAX_LINES = int((MAX_ROW_POINTS - _PADDING_POINTS) // LINE_POINTS)
_PART_CHARS = MAX_LINES * CHARS_PER_LINE


def narrative_lines(text: str) -> int:
    """Printed lines a narrative's row needs, estimated; an empty line counts as one."""
    return sum(max(1, math.ceil(len(part) / CHARS_PER_LINE)) for part in text.splitlines() or [""])


def narrative_height(lines: int) -> float:
    """Points of a row holding ``lines`` estimated lines."""
    return lines * LINE_POINTS + _PADDING_POINTS


def narrative_parts(text: str) -> list[str]:
    """The texts of a narrative's rows, in order: one part unless a row cannot hold it all.

    Whole lines go together while a row holds them; a line longer than a row is cut after its
    last space that fits (or, with no space, where it must). ``"".join`` of the parts is
    ``text``.
    """
    if narrative_lines(text) <= MAX_LINES:
        return [text]
    parts: list[str] = []
    current: list[str] = []
    used = 0
    for line in text.splitlines(keepends=True):
        for piece in _pieces(line):
            lines = narrative_lines(piece)
            if current and used + lines > MAX_LINES:
                parts.append("".join(current))
                current, used = [], 0
            current.append(piece)
            used += lines
    parts.append("".join(current))
    return parts


def _pieces(line: str) -> list[str]:
    """A line (its end included) in pieces of at most a row's characters, cut after a space."""
    pieces = []
    body = len(line.splitlines()[0]) if line else 0
    while body > _PART_CHARS:
        window = line[:_PART_CHARS]
        cut = max(window.rfind(" "), window.rfind("\t")) + 1
        cut = cut or _PART_CHARS
        pieces.append(line[:cut])
        line, body = line[cut:], body - cut
    pieces.append(line)
    return pieces
