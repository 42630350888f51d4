"""A value whole, for the tooltip of a cell that shows it cut: an evaluation is read there."""

from __future__ import annotations

import textwrap

from ism_desktop.domain.limits import without_bad_characters
from ism_desktop.exchange.intake.diff import shown_value

_SHORT = 80  # shown as the cell would, on one line
_LINE = 90  # a long text is wrapped to lines a screen can show


def whole_value(value: str) -> str:
    """``value`` whole: short ones as a cell shows them, long texts wrapped by words."""
    if len(value) <= _SHORT:
        return shown_value(value)
    return "\n".join(textwrap.wrap(without_bad_characters(value), _LINE))
