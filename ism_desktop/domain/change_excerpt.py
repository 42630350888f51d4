"""The part of a long text that a change touched, shown on both sides of «antes → después»."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ism_desktop.domain.fields import evaluation_quarter
from ism_desktop.domain.limits import one_plain_line
from ism_desktop.domain.validation.finding import figure_text

# Characters of the common beginning kept before the first difference, so it reads in context.
_CONTEXT = 20

# Said instead of «antes → después» when both read the same once made one plain line.
SPACES_ONLY = "(solo cambiaron espacios o saltos de línea)"


def changed_excerpts(old: str, new: str, limit: int = 60) -> tuple[str, str]:
    """Both texts in at most ``limit`` characters each, showing where they differ.

    Both cut to their openings, two long evaluations that differ near the end read the same
    and the change cannot be seen. Each side starts a little before the first difference (at
    a word's start, «…» before it when something was left out) and, when too long, ends
    between words with «…»; the part that differs is kept whole when it fits.
    """
    if len(old) <= limit and len(new) <= limit:
        return old, new
    if old == new:
        # Nothing differs: cut as a change at the start, never the whole text (up to 20,000).
        opening = _excerpt(old, 0, 0, 0, limit)
        return opening, opening
    same = _common_start(old, new)
    tail = _common_end(old, new, same)
    start = 0 if same <= _CONTEXT else _word_start(old, same - _CONTEXT)
    return (
        _excerpt(old, start, same, len(old) - tail, limit),
        _excerpt(new, start, same, len(new) - tail, limit),
    )


def change_phrase(old: str, new: str, field: str = "", limit: int = 60) -> str:
    """One change as a note reads it, ``391 → 396``, on one plain line.

    ``old`` and ``new`` as typed, line breaks and all: made one line first, a change of
    spaces alone would read as two equal sides, so it is said instead (``SPACES_ONLY``).
    """
    plain_old, plain_new = one_plain_line(old), one_plain_line(new)
    if plain_old == plain_new and old != new:
        return SPACES_ONLY
    return " → ".join(shown_change(plain_old, plain_new, limit, field=field))


def shown_change(old: str, new: str, limit: int = 60, *, field: str = "") -> tuple[str, str]:
    """Both values of a change as a review reads them, e.g. ``391`` → ``396``.

    Figures as people write them (the stored «391.00» reads as another number), texts quoted
    from where they differ, «(vacío)» for nothing. ``field``, the stored key when known, says
    which a value is: an evaluation «5» is text, however it looks.
    """
    if _as_figures(old, new, field):
        shown = _figure_or_empty(old), _figure_or_empty(new)
        # «5» → «5.0», «3» → «３»: different, yet the same figure; as typed, they read apart.
        if shown[0] != shown[1] or old == new:
            return shown
    short_old, short_new = changed_excerpts(old, new, limit)
    return quoted_or_empty(short_old), quoted_or_empty(short_new)


def _as_figures(old: str, new: str, field: str) -> bool:
    if evaluation_quarter(field) is not None:
        return False
    # A figure's field, one this program does not know, or none (an older package): by what
    # the values look like, since a figure's field may still hold a text from an old report.
    return all(not value or _is_figure(value) for value in (old, new))


def _common_start(old: str, new: str) -> int:
    for index, (a, b) in enumerate(zip(old, new, strict=False)):
        if a != b:
            return index
    return min(len(old), len(new))


def _common_end(old: str, new: str, same: int) -> int:
    """How many characters both texts end with, not counting into their common start."""
    most = min(len(old), len(new)) - same
    tail = 0
    while tail < most and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return tail


def _word_start(text: str, at: int) -> int:
    """Where the word holding ``at`` begins; ``at`` itself when that word began far back."""
    begins = text.rfind(" ", 0, at + 1) + 1
    return begins if at - begins <= _CONTEXT else at


def _excerpt(text: str, start: int, differs: int, changed_to: int, limit: int) -> str:
    """``text`` from ``start``, cut to ``limit`` keeping the difference at ``differs``."""
    lead = "…" if start > 0 else ""
    rest = text[start:]
    room = limit - len(lead)
    if len(rest) <= room:
        return lead + rest
    kept = rest[: room - 1]
    first, last = differs - start + 1, changed_to - start
    if rest[room - 1] != " ":
        # Between words, after the whole change if it fits, else at least after its start.
        space = kept.rfind(" ")
        if space >= max(last, first) or (space >= first and last > len(kept)):
            kept = kept[:space]
    trimmed = kept.rstrip(" ,;:")
    return lead + (trimmed if len(trimmed) >= first else kept) + "…"


def _is_figure(value: str) -> bool:
    try:
        return Decimal(value).is_finite()
    except InvalidOperation:
        return False


def _figure_or_empty(value: str) -> str:
    return figure_text(Decimal(value)) if value else "(vacío)"


def quoted_or_empty(value: str) -> str:
    """A text in quotes, as every history says it; «(vacío)» for none."""
    return f"«{value}»" if value else "(vacío)"
