"""Reading around a word of a folded narrative: its clause, its sentence, what governs a number."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache
from itertools import repeat

from ism_desktop.domain.validation import narrative_patterns as p
from ism_desktop.domain.validation.narrative_mentions import (
    DateMention,
    Direction,
    QuotedDifference,
)


# A report quotes the same few figures over and over (the state report 15,106 numbers, 1,635
# distinct): a value read again is one call in C, where reading it was a Python call and a Decimal.
@lru_cache(maxsize=4096)
def number_value(text: str) -> Decimal:
    """The exact value of a figure as written (``1,709`` → 1709; ``86,87`` → 86.87)."""
    if text.isdigit():
        # Digits alone, as 96 % of a state report's figures are: no separator to read, and the
        # pattern's call cost more than the value (the same ``Decimal`` of the same text).
        return Decimal(text)
    if p.DECIMAL_COMMA.fullmatch(text):
        return Decimal(text.replace(",", "."))
    return Decimal(text.replace(",", ""))


def decimals_written(text: str) -> int:
    """How many decimals a figure was written with (``99.44`` → 2; ``86,8`` → 1)."""
    if p.DECIMAL_COMMA.fullmatch(text):
        return len(text.split(",")[1])
    return len(text.split(".")[1]) if "." in text else 0


def sentence_start(folded: str, position: int) -> int:
    """Where the sentence holding ``position`` starts."""
    return max(map(folded.rfind, ".;:!?", repeat(0), repeat(position))) + 1


def sentence_start_within(folded: str, position: int, reach: int) -> int:
    """``max(sentence_start(folded, position), position - reach)``, looked for only that far back.

    A mark further back gives the reach's end either way: the rest of the text is not searched.
    """
    floor = position - reach
    marks = map(folded.rfind, ".;:!?", repeat(floor if floor > 0 else 0), repeat(position))
    return max(max(marks) + 1, floor)


def clause_start(folded: str, position: int) -> int:
    """Where the clause holding ``position`` starts (a comma ends a clause too)."""
    return max(map(folded.rfind, ".;:!?,", repeat(0), repeat(position))) + 1


def sentence_around(folded: str, start: int, end: int) -> str:
    """The whole sentence holding the span ``start``..``end``."""
    first = sentence_start(folded, start)
    match = p.SENTENCE_END.search(folded, end)
    return folded[first : match.start() if match else len(folded)]


def date_looks_ahead(folded: str, date: DateMention) -> bool:
    """Whether the date's sentence speaks of a plan ("QUEDÓ PROGRAMADA", "PRÓXIMO"), not a fact."""
    return bool(p.FUTURE_CONTEXT.search(sentence_around(folded, date.start, date.end)))


def is_planning(before: str) -> bool:
    """Whether the words before a period look ahead ("PARA EL", "HASTA EL", "A PARTIR DEL")."""
    return any(word in p.PLANNING_WORDS for word in before.split()[-2:])


def not_a_quantity(text: str, before: str, after: str) -> bool:
    """Whether a number is a year, a reference, a code, a quarter or a name, not a quantity."""
    if text[0] == "0" and len(text) > 2 and text.isdigit():
        # "004", "0123": a unit's code or a folio. Two digits ("05 MUJERES") may be a count
        # written as a form's boxes ask.
        return True
    last = before[before.rfind(" ", 0, len(before) - 1) + 1 :].strip(" ,")
    is_year = len(text) == 4 and text.isdigit() and 1990 <= int(text) <= 2099
    if is_year and (last in p.YEAR_PRECEDERS or not p.WORD_AFTER.match(after)):
        return True
    final = before[-1:]
    if final == "(" and after[:1] == ")":
        return True
    if final in ("-", "/") or (after[:1] in ("-", "/") and p.CODE_AFTER.match(after)):
        return True
    if text in "1234" and (last == "TRIMESTRE" or after.startswith(" TRIMESTRE")):
        return True  # "TRIMESTRE 1", "1 TRIMESTRE": a period, not a count
    if final == " " and last in p.SINGULAR_ARTICLES:
        return True  # "EL 6 PARLAMENTO": a name or an ordinal
    if final == " " and last in p.NAMING_WORDS and names(before, last):
        return True  # "UNIDAD ADMINISTRATIVA 4", "UA 6": the number names the unit
    if (
        final == " "
        and last.isalpha()
        and last not in p.REFERENCE_WORDS
        and last not in p.REFERENCE_JOINERS
        and last.strip("MDCLXVI")
    ):
        # The usual "REALIZARON 48": the word before is the last piece is_reference looks at
        # (letters only, so no comma or point splits it), and it is none it reads on from.
        return False
    return is_reference(before)


def names(before: str, last: str) -> bool:
    """Whether ``last``, one of ``NAMING_WORDS``, names the number right after it.

    Not after a comma ("EN LA UA, 40 MUJERES"), and ADMINISTRATIVA only after UNIDAD.
    """
    if not before.endswith(f"{last} "):
        return False
    return last != "ADMINISTRATIVA" or before.endswith("UNIDAD ADMINISTRATIVA ")


def is_reference(before: str) -> bool:
    """Whether the words before a number make it an article, fraction or document number."""
    words = before.replace(",", " , ").replace(".", " ").split()
    for piece in words[:-9:-1]:  # the last eight, the last first
        word = piece.strip("()[]\"'") or piece
        if word in p.REFERENCE_WORDS:
            return True
        if (
            word.isdigit()
            or word in p.REFERENCE_JOINERS
            # Only a word of the letters of Roman numerals can be one.
            or (not word.strip("MDCLXVI") and p.ROMAN.fullmatch(word))
        ):
            continue
        return False
    return False


def negated(before: str) -> str:
    """The words from the negation to the verb ("NO SE "), if the clause before it negates it."""
    if "NO" not in before and "SIN" not in before and "NI" not in before:
        return ""  # each of ``NEGATIONS`` is looked for where it may be, as a word
    words = before.rsplit(",", 1)[-1].split()[-4:]
    if p.NEGATIONS.isdisjoint(words):
        return ""
    for index, word in enumerate(words):
        following = words[index + 1 : index + 2]
        if word in p.NEGATIONS and not (following and following[0] in p.NOT_NEGATING):
            return " ".join(words[index:])
    return ""


def quoted_difference(
    before: str,
    after: str,
    value: Decimal,
    text: str,
    *,
    excess_or_shortfall: bool = True,
    difference_named: bool = True,
) -> QuotedDifference | None:
    """The difference a number states by its context ("114 MENOS", "REBASÓ … CON 9"), if any.

    ``excess_or_shortfall`` and ``difference_named`` may be ``False`` when the whole text has
    no excess or shortfall word, or no «DIFERENCIA»: ``before`` then has none to look for.
    """
    gap = p.DIFF_AFTER.match(after) if "MAS" in after or "MENOS" in after else None
    if gap is not None and gap.group(1) not in p.NOT_A_GAP_WORDS:
        direction = Direction.BELOW if gap.group(2) == "MENOS" else Direction.ABOVE
        return QuotedDifference(value, direction, f"{text}{gap.group(0)}")
    if excess_or_shortfall and any(map(before.__contains__, p.EXCESS_OR_SHORTFALL_HINTS)):
        words = before[clause_start(before, len(before)) :].split()[-5:]
        last = words[-1] if words else ""
        verbs = [i for i, w in enumerate(words[:-1]) if w.startswith(p.EXCESS_STEMS)]
        if last in p.EXCESS_LINKS and verbs:
            said = " ".join([*words[verbs[0] :], text])
            return QuotedDifference(value, Direction.ABOVE, said)
        if last in p.SHORTFALL_WORDS or "DEBAJO" in words[-4:]:
            return QuotedDifference(value, Direction.BELOW, f"{last} {text}")
    at = before.rfind("DIFERENCIA") if difference_named else -1
    difference = p.DIFFERENCE_BEFORE.search(before, at) if at >= 0 else None
    if difference is None:
        return None
    said = f"{before[difference.start() :]}{text}"
    sign = difference.group(1)
    if sign in ("EN CONTRA", "NEGATIVA"):
        return QuotedDifference(value, Direction.BELOW, said)
    if sign in ("A FAVOR", "POSITIVA"):
        return QuotedDifference(value, Direction.ABOVE, said)
    return QuotedDifference(value, Direction.EITHER, said)


def occurrences(text: str, word: str) -> Iterator[int]:
    """Every position of ``word`` in ``text`` (a literal search, much faster than a pattern)."""
    position = text.find(word)
    while position >= 0:
        yield position
        position = text.find(word, position + len(word))


def starts_word(text: str, position: int) -> bool:
    """Whether ``position`` is the first letter of a word."""
    return position == 0 or not text[position - 1].isalnum()
