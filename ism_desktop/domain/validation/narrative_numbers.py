"""Reading the numbers of a narrative: quoted figures, differences and percentages.

Digits are read where ``NarrativeFacts.number_spans`` finds them, leaving out numbered lists,
dates and whatever is not a quantity; spelled-out numbers only where they clearly count.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from ism_desktop.domain.validation import narrative_patterns as p
from ism_desktop.domain.validation.narrative_clauses import (
    decimals_written,
    not_a_quantity,
    number_value,
    quoted_difference,
)
from ism_desktop.domain.validation.narrative_mentions import QuotedDifference, QuotedNumber, make

if TYPE_CHECKING:
    from ism_desktop.domain.validation.narrative_facts import NarrativeFacts


_SPAN = re.Match.span
_TEXT = re.Match.group

# Each byte of a folded text (ASCII) as "0" where a digit is and a space elsewhere: the next
# digit is then one ``bytes.find`` (memchr), where the pattern's scan tests every character.
_DIGIT_MARKS = bytes(0x30 if 0x30 <= code <= 0x39 else 0x20 for code in range(256))


# What follows a number that neither a percentage nor a month can start with (the pattern needs a
# blank, "%" or a letter first): the end of the text, a point, a comma…
_NEITHER_FIRST = frozenset(("", ".", ",", ";", ":", ")"))
# Words before a number that ``not_a_quantity`` looks at further: a plain word is none of them.
_NOT_PLAIN = p.REFERENCE_WORDS | p.REFERENCE_JOINERS | p.SINGULAR_ARTICLES | p.NAMING_WORDS


def number_runs(folded: str) -> list[re.Match[str]]:
    """``NUMBER_RUN.finditer(folded)``, the pattern tried only where a digit is.

    A run starts with a digit, so every other position fails; after a run the search goes on
    where it ends, as ``finditer`` does. The look behind sees the text before the position.
    """
    try:
        marks = folded.encode("ascii").translate(_DIGIT_MARKS)
    except UnicodeError:  # never for a folded text; read the plain way all the same
        return list(p.NUMBER_RUN.finditer(folded))
    runs: list[re.Match[str]] = []
    match = p.NUMBER_RUN.match
    at = marks.find(b"0")
    while at >= 0:
        run = match(folded, at)
        if run is None:
            at = marks.find(b"0", at + 1)
        else:
            runs.append(run)
            at = marks.find(b"0", run.end())
    return runs


def number_spans(folded: str) -> tuple[tuple[int, int], ...]:
    """Where the numbers of a folded narrative are: dates and quantities."""
    # The pattern leaves out parts of codes (E306E05), of longer figures and ordinals (4O).
    # The runs are looked for where the digits are: a text without any has none, at once.
    runs = number_runs(folded)
    if not runs:
        return ()
    together = " ".join(map(_TEXT, runs))
    if "," not in together and ("." not in together or not p.TWO_POINTS.search(together)):
        # No run holds a comma or a second point: every run is one number, kept whole.
        return tuple(map(_SPAN, runs))
    spans: list[tuple[int, int]] = []
    for run in runs:
        text = run.group()
        if "," not in text:
            if text.count(".") < 2:
                spans.append(run.span())
            continue
        if p.NUMBER_SHAPE.fullmatch(text):
            spans.append(run.span())
            continue
        if p.DECIMAL_COMMA.fullmatch(text):
            # A percentage is one number with a decimal comma ("86,87 %"); anything else
            # may be a list as well ("ZONAS 3,4 Y 7"): read as neither, never as 86 and 87.
            if p.PERCENT_AFTER.match(folded, run.end()):
                spans.append(run.span())
            continue
        start = run.start()
        # "70,71" is two numbers, not a thousands separator.
        offset = start
        for piece in text.split(","):
            if piece and p.NUMBER_SHAPE.fullmatch(piece):
                spans.append((offset, offset + len(piece)))
            offset += len(piece) + 1
    return tuple(spans)


def _list_markers(folded: str, spans: tuple[tuple[int, int], ...]) -> set[tuple[int, int]]:
    markers = [
        (int(folded[start:end]), (start, end))
        for start, end in spans
        if end - start <= 2
        and (start == 0 or folded[start - 1] in " :;,.")
        and folded[end : end + 1] in (".", ")")
        and p.LIST_MARKER_AFTER.match(folded, end)
    ]
    values = {value for value, _ in markers}
    # A numbered list needs two neighbouring numbers; a lone "SE REALIZÓ 1. LA…" is a figure.
    return {span for value, span in markers if value + 1 in values or value - 1 in values}


def read_digit_numbers(
    facts: NarrativeFacts,
    spans: tuple[tuple[int, int], ...],
    figures: list[QuotedNumber],
    differences: list[QuotedDifference],
    percentages: list[QuotedNumber],
    days: list[tuple[int, int, re.Match[str]]],
) -> None:
    """The numbers written in digits: figures, differences and percentages, in order.

    ``days`` gets each one- or two-digit number a month follows (within 40 characters), with
    the month found: the day of a date.
    """
    folded = facts.folded
    # Both read the whole narrative, so each is read when a number first needs it.
    markers: set[tuple[int, int]] | None = None
    may_differ: bool | None = None
    excess = named = True
    percent_or_month_after = p.PERCENT_OR_MONTH_AFTER.match
    for start, end in spans:
        short = end - start <= 2
        following = folded[end : end + 1]
        # A list marker is never a date's day: the month would follow the point or bracket.
        if short and following in (".", ")"):  # maybe "1. ", "2) "
            if markers is None:
                markers = _list_markers(folded, spans)
            if (start, end) in markers:
                continue
        text = folded[start:end]
        # Read as if the text ended 40 characters on, as ``after`` below does; not tried where
        # neither can start (after "2024." or "48,").
        if following not in _NEITHER_FIRST:
            percent_or_month = percent_or_month_after(folded, end, end + 40)
            if percent_or_month is not None:
                if percent_or_month.group("percent") is not None:
                    percentages.append(
                        make(QuotedNumber, (number_value(text), text, decimals_written(text)))
                    )
                elif short:
                    days.append((start, end, percent_or_month))
                continue  # a percentage, or the day of a date
        # The usual "REALIZARON 48" is a quantity, and "DE 2024" a year, by the word before:
        # settled as ``not_a_quantity`` settles them, without the context cut.
        quantity = _by_word_before(folded, start, end, text, following)
        if quantity is None:
            after = folded[end : end + 40]
            before = folded[start - 60 if start > 60 else 0 : start]
            if not_a_quantity(text, before, after):
                continue
        elif not quantity:
            continue
        if may_differ is None:
            may_differ = facts.has_any(p.DIFFERENCE_HINTS)
            # Looked for once in the whole text rather than around every number.
            excess = may_differ and facts.has_any(p.EXCESS_OR_SHORTFALL_HINTS)
            named = may_differ and "DIFERENCIA" in folded
            facts.rule_out_claims(excess, named)  # spares claims looking for them again
        if quantity:
            if not may_differ:  # no difference word in the whole text: a figure
                figures.append(make(QuotedNumber, (number_value(text), text, 0)))
                continue
            after = folded[end : end + 40]
            if not (excess or named) and "MAS" not in after and "MENOS" not in after:
                # Only "MÁS" or "MENOS" after it could make it a difference here (the text has
                # no excess, shortfall or «DIFERENCIA» word), as ``quoted_difference`` reads it.
                figures.append(make(QuotedNumber, (number_value(text), text, 0)))
                continue
            before = folded[start - 60 if start > 60 else 0 : start]
        value = number_value(text)
        difference = (
            quoted_difference(
                before,
                after,
                value,
                text,
                excess_or_shortfall=excess,
                difference_named=named,
            )
            if may_differ
            else None
        )
        if difference is not None:
            differences.append(_written_difference(facts, difference, start, end))
        else:
            figures.append(make(QuotedNumber, (value, text, 0)))


def _by_word_before(folded: str, start: int, end: int, text: str, following: str) -> bool | None:
    """``not not_a_quantity(…)`` for the numbers the word before settles, else ``None``.

    A quantity after a plain word (a blank before the number, no code, quarter or leading zero
    to look at, a word of letters that is no reference, joiner, article or unit name, nor only
    Roman letters); a year after a year word. Every other number is ``None``: read in full.
    """
    if start == 0 or text[0] == "0":
        return None
    # The last word of the 60 characters before, as ``not_a_quantity`` cuts it.
    first = start - 60 if start > 60 else 0
    blank = folded.rfind(" ", first, start - 1)
    last = folded[blank + 1 if blank >= 0 else first : start].strip(" ,")
    if len(text) == 4 and text.isdigit() and 1990 <= int(text) <= 2099:
        return False if last in p.YEAR_PRECEDERS else None  # "DE 2024", "EJERCICIO 2024"
    if (
        folded[start - 1] != " "
        or following in ("-", "/")
        or (text in "1234" and (last == "TRIMESTRE" or folded.startswith(" TRIMESTRE", end)))
    ):
        return None
    if last.isalpha() and last not in _NOT_PLAIN and last.strip("MDCLXVI"):
        return True
    return None


def _written_difference(
    facts: NarrativeFacts, difference: QuotedDifference, start: int, end: int
) -> QuotedDifference:
    # The text read runs from the number on ("114 MENOS") or up to it ("REBASÓ … CON 9").
    said = difference.text
    first = facts.folded.rfind(said, 0, max(end, start + len(said)))
    written = facts.quote(first, first + len(said))
    return QuotedDifference(difference.value, difference.direction, written)


def read_number_words(
    facts: NarrativeFacts, figures: list[QuotedNumber], differences: list[QuotedDifference]
) -> None:
    """The spelled-out numbers that clearly count, as figures or differences."""
    # Spelled-out numbers are read only where they clearly count: "CON DOS ACCIONES MÁS",
    # "LA META DE DOS INSTALACIONES"; elsewhere "LOS TRES NIVELES" is not a figure.
    for match in p.NUMBER_WORD.finditer(facts.folded):
        start, end = match.span()
        before = facts.folded[max(0, start - 60) : start]
        after = facts.folded[end : end + 40]
        value = Decimal(p.NUMBER_WORDS[match.group(1)])
        difference = quoted_difference(before, after, value, match.group(1))
        if difference is not None:
            differences.append(_written_difference(facts, difference, start, end))
        elif p.GOAL_BEFORE.search(before):
            figures.append(QuotedNumber(value, facts.quote(start, end)))
