"""A narrative's printed lines as the text stored: one paragraph, a numbered list kept a list.

The report wraps every narrative at the column's width, so its lines are joined into one
paragraph. A numbered list is the exception: «1. CONVENIO … 2. CONVENIO …» run together reads
as one long sentence on screen and in the printed report, where the original had an item a
line. An item starts a line with its number («1.», «2.-», «3)»); a wrapped line that merely
begins with a number is not one, so a line counts as an item only when a neighbouring number
(one more or one less) also starts a line of the same narrative, as in a list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ism_desktop.domain.meta import normalize_text

# «1. », «2.- », «3) », «4.) »: one or two digits, a point and/or a bracket, then a blank.
_ITEM = re.compile(r"(\d{1,2})(?:\.-|\.\)|\.|\))\s")


def narrative_text(lines: Sequence[str]) -> str:
    """The stored text of a narrative printed as ``lines`` (each stripped)."""
    # Most narratives have no line that starts with a digit after the first: one paragraph.
    starts = [index for index in range(1, len(lines)) if lines[index][:1].isdigit()]
    if not starts:
        return normalize_text(" ".join(lines))
    numbers: dict[int, int] = {}
    for index in range(len(lines)):
        item = _ITEM.match(lines[index])
        if item is not None:
            numbers[index] = int(item.group(1))
    values = set(numbers.values())
    breaks = [
        index
        for index in starts
        if index in numbers and (numbers[index] + 1 in values or numbers[index] - 1 in values)
    ]
    if not breaks:
        return normalize_text(" ".join(lines))
    edges = [0, *breaks, len(lines)]
    parts = (normalize_text(" ".join(lines[a:b])) for a, b in pairwise(edges))
    return "\n".join(part for part in parts if part)
