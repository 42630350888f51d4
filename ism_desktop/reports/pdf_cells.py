"""Fitting a printed figure into its column without ever dropping a digit.

A figure that does not fit its column at the form's size is first set smaller, down to the
smallest legible size; one that still does not fit is broken over lines at its thousands
(``999,999,`` / ``999,999.99``), the way es-MX writes them, so that the first line ends in a
comma and cannot be read as a figure of its own. Digits are never cut: in the last resort the
lines are set below the legible size rather than lose one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations, pairwise

from ism_desktop.reports.pdf_fonts import FontMetrics

# Smaller than this, a printed digit is hard to tell from its neighbours (1 mm tall).
MIN_FIGURE_SIZE = 4.0
# Lines of a broken figure stand one size apart: digits have no descenders to keep clear of.
LINE_PITCH = 1.0
# Height of a digit, in sizes (DejaVu Sans): what a stack of lines is centred by.
DIGIT_HEIGHT = 0.73

_NUMBER = re.compile(r"(-?)(\d+)(.*)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class FittedText:
    """A figure as it will be set: its lines (one when it fits), their size and widths."""

    lines: tuple[str, ...]
    size: float
    widths: tuple[float, ...]

    @property
    def widest(self) -> float:
        """Width of the longest line."""
        return max(self.widths)

    def block_height(self) -> float:
        """From the baseline of the last line to the top of the first line's digits."""
        return (len(self.lines) - 1) * LINE_PITCH * self.size + DIGIT_HEIGHT * self.size


def thousands_pieces(text: str) -> list[str]:
    """``-999999.99%`` as the pieces a line may end after: ``-999,`` and ``999.99%``.

    Text that is not a number is one piece (it is never broken).
    """
    match = _NUMBER.fullmatch(text)
    if match is None:
        return [text]
    sign, digits, rest = match.groups()
    groups = f"{int(digits):,}".split(",")
    pieces = [f"{group}," for group in groups[:-1]] + [groups[-1] + rest]
    pieces[0] = sign + pieces[0]
    return pieces


def _best_split(
    pieces: list[str], count: int, metrics: FontMetrics
) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """The ``count`` lines of consecutive pieces whose longest is the shortest (at size 1)."""
    best: tuple[tuple[str, ...], tuple[float, ...]] | None = None
    for cuts in combinations(range(1, len(pieces)), count - 1):
        bounds = (0, *cuts, len(pieces))
        lines = tuple("".join(pieces[a:b]) for a, b in pairwise(bounds))
        widths = tuple(metrics.width(line, 1.0) for line in lines)
        if best is None or max(widths) < max(best[1]):
            best = (lines, widths)
    assert best is not None  # count <= len(pieces): there is at least one way
    return best


def fit_figure(
    text: str,
    width: float,
    size: float,
    metrics: FontMetrics,
    *,
    height: float,
    max_lines: int,
) -> FittedText:
    """``text`` set to fit ``width`` points, its lines stacked within ``height`` points.

    At ``size`` when it fits; else on one line down to ``MIN_FIGURE_SIZE``; else on as few
    lines (up to ``max_lines``) as keep it legible; else on ``max_lines`` lines at whatever size
    fits. Every character of ``text`` is printed in every case.
    """
    natural = metrics.width(text, size)
    if natural <= width:
        return FittedText((text,), size, (natural,))
    one_line = size * width / natural
    if one_line >= MIN_FIGURE_SIZE:
        return FittedText((text,), one_line, (width,))
    pieces = thousands_pieces(text)
    fitted = FittedText((text,), one_line, (width,))
    for count in range(2, min(max_lines, len(pieces)) + 1):
        lines, unit_widths = _best_split(pieces, count, metrics)
        line_size = min(size, width / max(unit_widths), height / (count * LINE_PITCH))
        fitted = FittedText(lines, line_size, tuple(w * line_size for w in unit_widths))
        if line_size >= MIN_FIGURE_SIZE:
            return fitted
    # Even the most lines allowed are below the legible size: print smaller, never cut.
    return fitted if fitted.size >= one_line else FittedText((text,), one_line, (width,))
