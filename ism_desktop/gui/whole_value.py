"""A value whole, for the tooltip of a cell that shows it cut: an evaluation is read there."""

from __future__ import annotations

import textwrap

from ism_desktop.domain.limits import without_bad_characters
from ism_desktop.exchange.intake.diff import shown_value

_SHORT = 80  # shown as the cell would, on one line
_LINE = 90  # a long text is wrapped to lines a screen can show


def whole_value(value: str) -> str:
    """``value`` whole: short ones as a cell shows them, long texts wrapped by words."""
    shown = shown_value(value)
    # The cell cuts a text at fewer characters than a tooltip's line: «…» says it did.
    if len(value) <= _SHORT and "…" not in shown:
        return shown
    clean = without_bad_characters(value)
    if len(clean) <= _SHORT:
        # Past the cell's cut yet one line: whole, quoted as the cell quotes a text.
        return f"«{clean}»"
    return "\n".join(textwrap.wrap(clean, _LINE))
