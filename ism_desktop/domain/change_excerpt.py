"""The part of a long text that a change touched, shown on both sides of «antes → después»."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ism_desktop.domain.validation.finding import figure_text

# Characters of the common beginning kept before the first difference, so it reads in context.
_CONTEXT = 20


def changed_excerpts(old: str, new: str, limit: int = 60) -> tuple[str, str]:
    """Both texts in at most ``limit`` characters each, showing where they differ.

    Both cut to their openings, two long evaluations that differ near the end read the same
    and the change cannot be seen. Each side starts a little before the first difference (at
    a word's start, «…» before it when something was left out) and, when too long, ends
    between words with «…»; the part that differs is kept whole when it fits.
    """
    if old == new or (len(old) <= limit and len(new) <= limit):
        return old, new
    same = _common_start(old, new)
    tail = _common_end(old, new, same)
    start = 0 if same <= _CONTEXT else _word_start(old, same - _CONTEXT)
    return (
        _excerpt(old, start, same, len(old) - tail, limit),
        _excerpt(new, start, same, len(new) - tail, limit),
    )


def shown_change(old: str, new: str, limit: int = 60) -> tuple[str, str]:
    """Both values of a change as a review reads them, e.g. ``391`` → ``396``.

    Figures as people write them (the stored «391.00» reads as another number), texts quoted
    from where they differ, «(vacío)» for nothing.
    """
    if all(not value or _is_figure(value) for value in (old, new)):
        return _figure_or_empty(old), _figure_or_empty(new)
    short_old, short_new = changed_excerpts(old, new, limit)
    return _quoted(short_old), _quoted(short_new)


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


def _quoted(value: str) -> str:
    return f"«{value}»" if value else "(vacío)"
