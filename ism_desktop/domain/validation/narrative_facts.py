"""What a narrative states that can be checked against the grid.

The staff write in capitals, with and without accents, and mix figures with dates, years, numbered
lists, article numbers and other periods ("4º TRIMESTRE 2023"). Everything that is not a quantity
is set aside first; what remains is a quoted figure, a difference, or a percentage. The facts the
rules ask of every narrative are read together, in one call, when the first of them is asked;
the others (claims, causes, "no se programó", the words to compare) only when a rule asks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise
from operator import eq, itemgetter

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation import narrative_patterns as p
from ism_desktop.domain.validation.lazy import group_member, lazy
from ism_desktop.domain.validation.narrative_clauses import (
    clause_start,
    is_planning,
    negated,
    occurrences,
    sentence_start_within,
    starts_word,
)
from ism_desktop.domain.validation.narrative_mentions import (
    Claim,
    ClaimMention,
    DateMention,
    QuarterMention,
    QuotedDifference,
    QuotedNumber,
    make,
)
from ism_desktop.domain.validation.narrative_numbers import (
    number_spans,
    read_digit_numbers,
    read_number_words,
)
from ism_desktop.domain.validation.narrative_text import collapsed_and_folded, upper_text

_FIRST = itemgetter(0)


class NarrativeFacts:
    """Everything checkable that one narrative states; treat it as immutable."""

    # The facts the rules ask of every narrative, read together (``_read``) on the first ask of
    # any (each is a ``group_member``, set below the class).
    figures: tuple[QuotedNumber, ...]  # "SE REALIZARON 386 APOYOS", "LA META DE DOS TALLERES"
    differences: tuple[QuotedDifference, ...]  # "114 MENOS", "SE REBASÓ LA META CON 9"
    percentages: tuple[QuotedNumber, ...]  # "99.44 %", "AL 100%"
    dates: tuple[DateMention, ...]  # "27 DE MARZO DE 2024", "26/03/2024"
    quarters: tuple[QuarterMention, ...]  # "PRIMER TRIMESTRE", "4º TRIMESTRE 2023"
    wrong_periods: tuple[str, ...]  # periods that are not quarters: "CUATRIMESTRE"
    word_count: int  # how many words (and figures) the narrative has
    typos: tuple[str, ...]  # a word typed twice (DE DE); the dictionary sees other slips
    evidence_only: bool  # whether it only says where the evidence is kept
    READ_TOGETHER = frozenset({
        "figures", "differences", "percentages", "dates", "quarters",
        "wrong_periods", "word_count", "typos", "evidence_only",
    })  # fmt: skip

    # What claims look for, until the numbers' reading proves some of it absent from the text
    # (``rule_out_claims``): the verb stems, and whether «DIFERENCIA» may be there.
    _claim_forms: tuple[tuple[str, re.Pattern[str]], ...] = p.CLAIM_FORMS
    _may_name_difference = True

    def __init__(self, text: str) -> None:
        self._collapsed, self.folded = collapsed_and_folded(text)

    def rule_out_claims(self, excess: bool, named: bool) -> None:
        """Keep what the numbers' reading found absent: ``excess`` or ``named`` false.

        ``excess`` false: no excess stem (REBAS, SUPER…) is in the text; ``named`` false: no
        «DIFERENCIA». Claims then look for neither (six stems and four phrases a narrative).
        """
        if not excess:
            self._claim_forms = p.CLAIM_FORMS_BUT_EXCESS
        if not named:
            self._may_name_difference = False

    @lazy
    def has_digits(self) -> bool:
        """Whether the narrative has a digit (asked only where no cheaper test answers)."""
        return p.DIGIT.search(self.folded) is not None

    @lazy
    def _written(self) -> str:
        # Quotes in messages show the narrative as written (accents included) when every
        # position of the folded text is the same position in the original.
        written = upper_text(self._collapsed)
        return written if len(written) == len(self.folded) else self.folded

    def quote(self, start: int, end: int) -> str:
        """The narrative as written between two positions of the folded text."""
        return self._written[start:end].strip()

    def has_any(self, hints: tuple[str, ...]) -> bool:
        """Whether the folded text holds any of ``hints``."""
        return any(map(self.folded.__contains__, hints))

    def _read(self) -> None:
        """Read the facts every meta's rules ask for, each kept as its attribute.

        One call for all of them: a lazy attribute's first read costs about as much as the
        smaller facts themselves, and every meta asks each of these. Claims, causes, "no se
        programó" and the words to compare are asked only by some metas and stay lazy.
        """
        _read_steps((self,))

    def number_spans(self) -> tuple[tuple[int, int], ...]:
        """Where the numbers are: dates and quantities (found at each call, never kept)."""
        return number_spans(self.folded)

    def _find_dates(
        self, spans: tuple[tuple[int, int], ...], days: list[tuple[int, int, re.Match[str]]]
    ) -> tuple[DateMention, ...]:
        folded = self.folded
        found: list[DateMention] = []
        if "  " in folded:
            # The numbers' look after them stops 40 characters on: only a run of blanks makes
            # a month further than that (the space is the only blank a folded text has).
            days = []
            for start, end in spans:
                month = p.MONTH_AFTER.match(folded, end) if end - start <= 2 else None
                if month is not None:
                    days.append((start, end, month))
        for start, end, month in days:
            year = p.YEAR_AFTER_MONTH.match(folded, month.end())
            last = year.end() if year is not None else month.end()
            day = int(folded[start:end])
            name = month.groups()[-1]  # the month, the last group of either pattern
            found.append(self._date(day, p.MONTHS[name], year and year.group(1), start, last))
        if "/" in folded and self.has_digits:  # the slash first: one byte looked for
            for match in p.NUMERIC_DATE.finditer(folded):
                day, number, year_ = (int(group) for group in match.groups())
                if 1 <= number <= 12:
                    full_year = str(year_ + 2000 if year_ < 100 else year_)
                    found.append(self._date(day, number, full_year, *match.span()))
        return tuple(found)

    def _date(self, day: int, month: int, year: str | None, start: int, end: int) -> DateMention:
        return make(DateMention, (day, month, int(year) if year else None, start, end))

    def _find_quarters(self) -> tuple[QuarterMention, ...]:
        folded = self.folded
        if "TRIMESTRE" not in folded:
            return ()
        found: list[QuarterMention] = []
        for start in occurrences(folded, "TRIMESTRE"):
            end = start + len("TRIMESTRE")
            if folded[end : end + 1].isalpha():
                continue  # TRIMESTRES, TRIMESTRAL
            window = folded[max(0, start - 16) : start]
            ordinal = p.QUARTER_BEFORE.search(window)
            if ordinal is not None:
                word, digit = ordinal.groups()
                number = p.QUARTER_WORDS[word] if word else int(digit)
                first = start - (len(window) - ordinal.start())
            else:
                trailing = p.QUARTER_NUMBER_AFTER.match(folded, end)
                if trailing is None:
                    continue
                number, first, end = int(trailing.group(1)), start, trailing.end()
            year = p.QUARTER_YEAR_AFTER.match(folded, end)
            last = year.end() if year is not None else end
            found.append(
                QuarterMention(
                    Quarter(number),
                    int(year.group(1)) if year is not None else None,
                    is_planning(folded[max(0, first - 24) : first]),
                    self.quote(first, last),
                )
            )
        return tuple(found)

    def _read_numbers(
        self,
        kept: dict[str, object],
        spans: tuple[tuple[int, int], ...],
        pieces: list[str],
        days: list[tuple[int, int, re.Match[str]]],
    ) -> None:
        # One reading gives the three, each kept as its attribute, and the days of dates.
        figures: list[QuotedNumber] = []
        differences: list[QuotedDifference] = []
        percentages: list[QuotedNumber] = []
        if spans:
            read_digit_numbers(self, spans, figures, differences, percentages, days)
        if not p.NUMBER_WORD_PIECES.isdisjoint(pieces):
            read_number_words(self, figures, differences)
        kept["figures"] = tuple(figures)
        kept["differences"] = tuple(differences)
        kept["percentages"] = tuple(percentages)

    @lazy
    def claims(self) -> tuple[ClaimMention, ...]:
        """Statements that the meta was met, exceeded or not met, in the order written."""
        folded = self.folded
        found: list[tuple[int, ClaimMention]] = []
        present: list[str] = []
        for stem, form in self._claim_forms:
            # ``in`` first: most stems are absent, and it skips the arguments ``find`` parses.
            if stem not in folded:
                continue
            present.append(stem)
            start = folded.find(stem)
            while start >= 0:
                match = form.match(folded, start) if starts_word(folded, start) else None
                if match is not None:
                    found.append((start, self._claim(match.group(0), start, match.end())))
                start = folded.find(stem, start + len(stem))
        # ``has_any(p.NOT_MET_HINTS)``, each hint looked for only where its stem or word may be:
        # INCUMPL holds CUMPL, «NO SE ALCANZO» ALCANZ, «DIFERENCIA EN CONTRA» DIFERENCIA.
        if not (
            ("CUMPL" in present and "INCUMPL" in folded)
            or ("ALCANZ" in present and "NO SE ALCANZO" in folded)
            or "NO SE LOGRO" in folded
            or (self._may_name_difference and "DIFERENCIA EN CONTRA" in folded)
        ):
            if len(found) < 2:  # already in order: most narratives make one claim or none
                return (found[0][1],) if found else ()
            return tuple(mention for _, mention in sorted(found, key=_FIRST))
        found.extend(
            (m.start(), ClaimMention(Claim.NOT_MET, m.group(0))) for m in p.NOT_MET.finditer(folded)
        )
        return tuple(mention for _, mention in sorted(found, key=_FIRST))

    def _claim(self, word: str, start: int, end: int) -> ClaimMention:
        clause_start = sentence_start_within(self.folded, start, 40)
        before = self.folded[clause_start:start]
        negation = negated(before)
        if negation:
            first = self.folded.rfind(negation, 0, start)
            return make(ClaimMention, (Claim.NOT_MET, self.quote(first, end)))
        written = self.quote(start, end)
        if "PARCIAL" in self.folded[max(clause_start, start - 20) : end + 15]:
            return make(ClaimMention, (Claim.NOT_MET, written))
        if word.startswith(("CUMPL", "ALCANZ")):
            return make(ClaimMention, (Claim.MET, written))
        return make(ClaimMention, (Claim.EXCEEDED, written))

    @lazy
    def not_programmed(self) -> str | None:
        """The words saying nothing was programmed ("NO SE PROGRAMÓ"), if the narrative says so."""
        folded = self.folded
        if "NO " not in folded and "SIN " not in folded:
            return None
        for start in occurrences(folded, "PROGRAM"):
            form = p.PROGRAMMED_FORM.match(folded, start) if starts_word(folded, start) else None
            if form is None:
                continue
            words = folded[clause_start(folded, start) : start].split()[-6:]
            if words[-1:] == ["SIN"] or words[-2:] == ["SIN", "META"]:
                return self._phrase(words[words.index("SIN") :], start, form.end())
            for index, word in enumerate(words):
                between = words[index + 1 :]
                if (
                    word == "NO"
                    and between[:1] != ["OBSTANTE"]
                    and not any(w.startswith(p.ACTION_STEMS) for w in between)
                ):
                    return self._phrase(words[index:], start, form.end())
        return None

    def _phrase(self, words: list[str], start: int, end: int) -> str:
        """The written text from the first of ``words`` (which end at ``start``) to ``end``."""
        return self.quote(self.folded.rfind(" ".join(words), 0, start), end)

    def _find_wrong_periods(self) -> tuple[str, ...]:
        folded = self.folded
        # Every word ends in MESTRE, every phrase in QUE SE INFORMA or QUE SE REPORTA.
        phrases = p.WRONG_PERIOD_PHRASES if "QUE SE " in folded else ()
        if not phrases and "MESTRE" not in folded:
            return ()
        found = []
        for phrase in (*p.WRONG_PERIOD_WORDS, *phrases):
            at = folded.find(phrase)
            if at >= 0:
                found.append(self.quote(at, at + len(phrase)))
        return tuple(found)

    @lazy
    def explains(self) -> bool:
        """Whether the narrative gives a cause ("DEBIDO A", "EN RAZÓN DE", "YA QUE"…)."""
        folded = self.folded
        for phrase in (*p.EXPLANATION_STEMS, *p.EXPLANATION_PHRASES):
            if phrase not in folded:
                continue
            whole = phrase in p.EXPLANATION_PHRASES
            for start in occurrences(folded, phrase):
                end = start + len(phrase)
                if starts_word(folded, start) and not (whole and folded[end : end + 1].isalpha()):
                    return True
        return False

    def _is_evidence_only(self) -> bool:
        # The figures and percentages are read by then; the hints cost a search each.
        if self.figures or self.percentages or not self.has_any(p.EVIDENCE_HINTS) or self.claims:
            return False
        sentences = [s for s in p.SENTENCE_END.split(self.folded) if s.strip()]
        about_evidence = [p.EVIDENCE.search(s) is not None for s in sentences]
        if not any(about_evidence):
            return False
        rest = sum(
            len(s.split()) for s, kept in zip(sentences, about_evidence, strict=True) if not kept
        )
        return rest < 3

    @property
    def pieces(self) -> tuple[str, ...]:
        """The text split at blanks, punctuation attached (split again at each ask)."""
        return tuple(self.folded.split())

    @lazy
    def tokens(self) -> frozenset[str]:
        """The distinct words and numbers, to compare two narratives."""
        return frozenset(p.TOKEN.findall(self.folded))

    def _find_typos(self, pieces: list[str]) -> tuple[str, ...]:
        if not any(map(eq, pieces, pieces[1:])):
            return ()
        found: list[str] = []
        folded = self.folded
        for a, b in pairwise(pieces):
            if a == b and a.isalpha():
                at = folded.find(f"{a} {b}")
                found.append(self.quote(at, at + len(a) * 2 + 1))
        return tuple(dict.fromkeys(found))


def read_together(narratives: Iterable[NarrativeFacts]) -> None:
    """Read the facts every meta asks for (``READ_TOGETHER``) of each narrative not read yet.

    Step by step, each step over every narrative before the next: the same code many times in
    a row keeps the processor's caches warm, where one narrative after another ran every step
    in turn (a whole report's narratives read in about four fifths of the time).
    """
    # Each narrative once, and none whose reading kept its last fact already. One whose reading
    # another thread has begun is read again here, as a first ask reads it again: same facts.
    _read_steps([f for f in dict.fromkeys(narratives) if "evidence_only" not in f.__dict__])


def _read_steps(batch: Sequence[NarrativeFacts]) -> None:
    """The reading of ``READ_TOGETHER``, every narrative of ``batch`` whether read or not."""
    # The spans are not kept either: two objects a number were a third of what the cycle
    # collector walks once the state report's check ends, and no rule asks for them.
    spans = [number_spans(facts.folded) for facts in batch]
    # The pieces are not kept: a tuple of every word of every narrative held ~15 MB on the
    # state report (more than every other fact), for three questions answered here.
    pieces = [facts.folded.split() for facts in batch]
    days: list[list[tuple[int, int, re.Match[str]]]] = [[] for _ in batch]
    for facts, its_spans, its_pieces, its_days in zip(batch, spans, pieces, days, strict=True):
        kept = facts.__dict__
        kept["word_count"] = len(its_pieces)
        facts._read_numbers(kept, its_spans, its_pieces, its_days)
    for facts, its_spans, its_days in zip(batch, spans, days, strict=True):
        facts.__dict__["dates"] = facts._find_dates(its_spans, its_days)
    for facts in batch:
        kept = facts.__dict__
        kept["quarters"] = facts._find_quarters()
        kept["wrong_periods"] = facts._find_wrong_periods()
    for facts, its_pieces in zip(batch, pieces, strict=True):
        facts.__dict__["typos"] = facts._find_typos(its_pieces)
    for facts in batch:  # the last: ``read_together`` takes it for a reading done
        facts.__dict__["evidence_only"] = facts._is_evidence_only()


for _name in NarrativeFacts.READ_TOGETHER:
    setattr(NarrativeFacts, _name, group_member(NarrativeFacts._read, _name))


@lru_cache(maxsize=8192)
def narrative_facts(text: str) -> NarrativeFacts:
    """Read one narrative; the same text always gives the same facts, so they are cached."""
    return NarrativeFacts(text)
