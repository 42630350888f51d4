"""Whether a narrative gives a quoted percentage as achieved ("SE LOGRÓ EL 100 %")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ism_desktop.domain.validation import narrative_patterns as p
from ism_desktop.domain.validation.narrative_clauses import negated, sentence_start_within

if TYPE_CHECKING:
    from ism_desktop.domain.validation.narrative_facts import NarrativeFacts
    from ism_desktop.domain.validation.narrative_mentions import QuotedNumber


def achieved_phrase(facts: NarrativeFacts, quoted: QuotedNumber) -> str | None:
    """The words that give ``quoted`` as achieved ("CUMPLIMIENTO DEL 100%"), if some do.

    Not where a negation ("NO SE LOGRÓ EL 100 %") or a target's word ("LA META DE CUMPLIMIENTO
    DEL 100 %", "SE PROGRAMÓ UN AVANCE DEL 100 %") comes right before them, nor for a gap
    ("SE LOGRÓ UN 9.5 % MÁS"): there the percentage is the target or a difference.
    """
    if not facts.has_any(p.ACHIEVED_HINTS):
        return None  # most texts that quote a target say nothing achieved: one look settles it
    folded = facts.folded
    # The reading keeps no positions: asked only of the few quotes that are not what was
    # achieved, so the number is looked for again here, as it stands before its sign.
    for start in standing_at(folded, quoted.text):
        sign = p.PERCENT_AFTER.match(folded, start + len(quoted.text))
        if sign is None or p.GAP_AFTER.match(folded, sign.end()):
            continue
        first = sentence_start_within(folded, start, 60)
        cue = p.ACHIEVED_BEFORE.search(folded, first, start)
        if cue is None:
            continue
        before = folded[first : cue.start()]
        if negated(before) or any(w.startswith(p.TARGET_STEMS) for w in before.split()[-2:]):
            continue
        return facts.quote(cue.start(), sign.end())
    return None


_DIGITS = frozenset("0123456789")
_PART_OF_A_NUMBER = frozenset("0123456789.,")


def standing_at(folded: str, number: str) -> Iterator[int]:
    """Where ``number`` stands whole: no digit, point or comma before it, no digit after.

    The positions ``re.finditer(rf"(?<![0-9.,]){re.escape(number)}(?![0-9])", folded)`` gives,
    found by literal searches: a pattern made for each quoted number was compiled the first
    time each number was quoted, ≈ 150 compilations in a state report's first check (its
    cache spares them later checks only).
    """
    size = len(number)
    if not size:  # a quoted number has a digit at least; an empty one would never advance
        return
    start = folded.find(number)
    while start >= 0:
        end = start + size
        if (start == 0 or folded[start - 1] not in _PART_OF_A_NUMBER) and (
            folded[end : end + 1] not in _DIGITS
        ):
            yield start
            start = folded.find(number, end)  # as ``finditer``: on after a match's end
        else:
            start = folded.find(number, start + 1)
