"""Reading clean lines into the report's building blocks: headings, paragraphs and figure rows."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NoReturn

from ism_desktop.domain.codes import Entity
from ism_desktop.domain.figures import FigureRow
from ism_desktop.domain.limits import figure_problem
from ism_desktop.domain.wording import count
from ism_desktop.exchange.etca.errors import EtcaFormatError
from ism_desktop.exchange.etca.lines import CleanText
from ism_desktop.exchange.etca.token_types import (
    EvaluationMark,
    FigureRows,
    Heading,
    Paragraph,
    Token,
)

# Every pattern here reads a line in linear time: quantifiers that could hand characters back
# to a neighbour that also accepts them are possessive (``*+``, ``++``), so a hostile line of
# digits or spaces cannot make the matcher try every split of it (hours for one long line).
# A printed figure: digits and thousands commas, then either a decimal part or a last digit.
_FIGURE = r"-?(?:[\d,]*+\.\d++|[\d,]*+(?<=\d))"
# The headings a line can be, in one pattern; it fails on a line's first characters.
_HEADING = re.compile(
    r"UNIDAD ADMINISTRATIVA\s++(?P<unit>\d{3})\s++(?P<unit_name>.+)"
    r"|(?P<programme>[A-Z]\d{3}[A-Z]\d{2})\s++(?P<programme_name>.+)"
    r"|(?P<evaluation>EVALUACI[ÓO]N CUALITATIVA)"
)
# "… ESTUDIO A SI MET 900.00 …": the first "A|P SI|NO MET" standing as words. Matched only where
# a line has "MET" (see ``_met_mark``): searched along a whole line of narrative, the pattern
# costs ~30 µs a line.
_MET_MARK = re.compile(r"(?<!\S)(?P<kind>[AP])\s++(?P<acc>SI|NO)\s++MET(?!\S)")
_ACTIVITY = re.compile(r"(\d{3})\s++([^\d\s].*)")
_NUM = re.compile(rf"(?:(?P<pct>{_FIGURE})\s*+%)?\s*+NUM(?P<values>(?:\s.*)?)")
_PCT_ALONE = re.compile(rf"({_FIGURE})\s*+%")
_DEN = re.compile(r"DEN(?P<values>(?:\s.*)?)")
_DEN_TAIL = "OMIN"
_ACTIVITY_NAME_MAX = 100
_SENTENCE_BREAK = re.compile(r"[.;:]\s++\S")
# One figure as a row prints it. A row is read token by token (split at whitespace): a row of
# figures is exactly a run of these separated by whitespace.
_NUMBER = re.compile(rf"{_FIGURE}%?")


def parse_number(text: str, line: int) -> Decimal:
    """A printed figure (``1900.00``, ``100%``, ``1,200.50``) as an exact Decimal."""
    try:
        return _decimal(text)
    except InvalidOperation:
        raise EtcaFormatError(line, f"«{text}» no es una cifra válida.") from None


@lru_cache(maxsize=4096)
def _decimal(text: str) -> Decimal:
    # Reports repeat few distinct figures (0.00, 100%, …); a Decimal is immutable, so shared.
    value = Decimal(text.rstrip("%").replace(",", ""))
    # «-0.00» is zero: kept signed it printed «-0.00» and «-0.00 %» on the report.
    return value if value else abs(value)


def _refuse_figures(tokens: list[str], line: int, label: str) -> NoReturn:
    """Say why a row is not 14 figures: the first token that is no figure, else the count."""
    for token in tokens:
        if not _NUMBER.fullmatch(token):
            raise EtcaFormatError(line, f"«{token}» no es una cifra válida en la fila {label}.")
    raise EtcaFormatError(
        line,
        f"la fila {label} tiene {count(len(tokens), 'cifra', 'cifras')}; se esperaban "
        f"{FigureRow.COLUMN_COUNT} (programado original, modificado y realizado).",
    )


class _Reader:
    """Reads figure rows, which page breaks and blank lines may interrupt anywhere.

    Keeps every distinct figure read so far: a report prints few distinct texts (``0.00``,
    ``100.00`` …), so each is matched, parsed and bounded once.
    """

    def __init__(self, clean: CleanText) -> None:
        self.texts = clean.texts
        self.numbers = clean.numbers
        self._values: dict[str, Decimal] = {}
        self._inadmissible: set[str] = set()
        self._rows: dict[str, tuple[list[Decimal], bool]] = {}
        self._percents: dict[str, bool] = {}

    def next_text(self, index: int) -> int | None:
        """The index of the first line with text from ``index`` on, if any."""
        texts = self.texts
        try:
            while not texts[index]:
                index += 1
        except IndexError:
            return None
        return index

    def rows(self, met_index: int, mark: re.Match[str]) -> tuple[FigureRows, int]:
        """The MET row at ``met_index`` with the NUM and DEN rows after it; the next index."""
        texts, numbers = self.texts, self.numbers
        met_text, met_number = texts[met_index], numbers[met_index]
        kind, accumulates = mark.group("kind", "acc")
        mark_start, mark_end = mark.span()
        met, admissible = self.figures(met_text[mark_end:], met_number, "MET")
        printed: Decimal | None = None
        printed_text = ""
        following = self.next_text(met_index + 1)
        if (
            following is not None
            and texts[following][-1] == "%"
            and (alone := _PCT_ALONE.fullmatch(texts[following]))
        ):
            printed_text = alone.group(1)
            printed = parse_number(printed_text, numbers[following])
            following = self.next_text(following + 1)
        num_match = _NUM.fullmatch(texts[following]) if following is not None else None
        if following is None or num_match is None:
            where = numbers[following] if following is not None else met_number
            raise EtcaFormatError(where, "falta la fila NUM después de la fila MET.")
        num_number = numbers[following]
        glued_percent, num_values = num_match.group("pct", "values")
        if glued_percent is not None:
            printed_text = glued_percent
            printed = parse_number(printed_text, num_number)
        num, num_admissible = self.figures(num_values, num_number, "NUM")
        den, den_admissible, after = self._den(following + 1, kind, num_number)
        rows = FigureRows(
            met_number,
            met_text[:mark_start].strip(),
            kind,
            accumulates == "SI",
            met,
            num,
            den,
            printed,
            admissible
            and num_admissible
            and den_admissible
            and (printed is None or self._bounded(printed_text, printed)),
        )
        return rows, after

    def _den(self, index: int, kind: str, num_line: int) -> tuple[list[Decimal] | None, bool, int]:
        texts, numbers = self.texts, self.numbers
        den_index = self.next_text(index)
        den_match = _DEN.fullmatch(texts[den_index]) if den_index is not None else None
        if den_index is None or den_match is None:
            if kind == "P":
                raise EtcaFormatError(num_line, "falta la fila DEN de una meta de porcentaje.")
            return None, True, index
        values = den_match.group("values").strip()
        if values:
            return *self.figures(values, numbers[den_index], "DEN"), den_index + 1
        # The label can break as "DEN" / "OMIN" with the figures on a line of their own.
        taken = den_index + 1
        after = self.next_text(taken)
        if after is not None and texts[after] == _DEN_TAIL:
            taken = after + 1
            after = self.next_text(taken)
        # A row of figures starts with one (the next meta's description seldom does).
        if (
            after is not None
            and _NUMBER.match(texts[after]) is not None
            and all(_NUMBER.fullmatch(tok) for tok in texts[after].split())
        ):
            return *self.figures(texts[after], numbers[after], "DEN"), after + 1
        if kind == "P":
            raise EtcaFormatError(
                numbers[den_index], "la fila DEN de una meta de porcentaje está vacía."
            )
        return None, True, taken

    def _bounded(self, text: str, value: Decimal) -> bool:
        known = self._percents.get(text)
        if known is None:
            known = self._percents[text] = figure_problem(value) is None
        return known

    def figures(self, text: str, line: int, label: str) -> tuple[list[Decimal], bool]:
        """The 14 figures of a row, and whether all of them are within bounds (never changed).

        A row read before is not read again: an absolute meta's NUM row is its MET row.
        """
        known = self._rows.get(text)
        if known is not None:
            return known
        tokens = text.split()
        try:
            row: list[Decimal] | None = list(map(self._values.__getitem__, tokens))
        except KeyError:
            row = self._learn(tokens)
        if row is None or len(row) != FigureRow.COLUMN_COUNT:
            _refuse_figures(tokens, line, label)
        read = self._rows[text] = (row, self._inadmissible.isdisjoint(tokens))
        return read

    def _learn(self, tokens: list[str]) -> list[Decimal] | None:
        values = self._values
        for token in tokens:
            if token in values:
                continue
            if not _NUMBER.fullmatch(token):
                return None
            # Matched the figure pattern, so it parses.
            value = values[token] = _decimal(token)
            if figure_problem(value) is not None:
                self._inadmissible.add(token)
        return [values[token] for token in tokens]


def tokenize(clean: CleanText) -> list[Token]:
    """Group clean lines into headings, paragraphs, evaluation marks and figure rows."""
    tokens: list[Token] = []
    reader = _Reader(clean)
    texts, numbers, breaks = clean.texts, clean.numbers, clean.breaks
    heading = _HEADING.fullmatch
    # The open paragraph is the run of lines [start, index): any other line closes it.
    start = -1
    glued = glue_next = False
    entity: Entity | None = None
    index, end = 0, len(texts)
    while index < end:
        text = texts[index]
        mark = None
        if text:
            match = heading(text)
            # Most lines are text of a paragraph: neither a heading nor a MET row.
            if match is None and ("MET" not in text or (mark := _met_mark(text)) is None):
                if start < 0:
                    start, glued = index, glue_next
                index += 1
                continue
        if start >= 0:
            tokens.append(_paragraph(texts[start:index], numbers[start], glued, tokens))
            start = -1
            glue_next = False  # text ends a page break's glue; blank lines after it do not
        if not text:
            if index in breaks:
                glue_next = True
                page_entity = breaks[index]
                # The pages of one dependency share its Entity: the usual answer, by identity.
                if page_entity is not entity and page_entity is not None and page_entity != entity:
                    entity = page_entity
                    tokens.append(Heading("entity", entity.code, entity.name, numbers[index]))
                    glue_next = False
            index += 1
            continue
        glue_next = False
        if mark is not None:
            rows, index = reader.rows(index, mark)
            tokens.append(rows)
        elif match is not None:
            tokens.append(_heading(match, numbers[index]))
            index += 1
    if start >= 0:
        tokens.append(_paragraph(texts[start:end], numbers[start], glued, tokens))
    return tokens


def _met_mark(text: str) -> re.Match[str] | None:
    """``_MET_MARK.search(text)``, found from each "MET" of the line backwards.

    Between the A or P and "MET" a match holds only whitespace and SI or NO, so each "MET" can
    end one match only, starting where reading back over those leads; matches of different
    "MET"s never overlap, so the first "MET" that ends one ends the leftmost.
    """
    found = text.find("MET")
    end = len(text)
    while found >= 0:
        after = found + 3
        if after < end and not text[after].isspace():  # "META", "METAS"…: not the word
            found = text.find("MET", after)
            continue
        # Back over the whitespace before "MET", "SI" or "NO", and the whitespace before that.
        start = found
        while start and text[start - 1].isspace():
            start -= 1
        start -= 2
        while start > 0 and text[start - 1].isspace():
            start -= 1
        if start > 0:  # the A or P is at start - 1
            mark = _MET_MARK.match(text, start - 1)
            if mark is not None and mark.end() == after:
                return mark
        found = text.find("MET", after)
    return None


def _heading(match: re.Match[str], number: int) -> Heading | EvaluationMark:
    if match.group("unit") is not None:
        return Heading("unit", match.group("unit"), _words(match.group("unit_name")), number)
    if match.group("programme") is not None:
        name = _words(match.group("programme_name"))
        return Heading("programme", match.group("programme"), name, number)
    return EvaluationMark(number)


def _words(text: str) -> str:
    return " ".join(text.split())


def _paragraph(texts: list[str], first_line: int, glued: bool, tokens: list[Token]) -> Token:
    # An activity heading is a one-line paragraph "664 NAME"; the first paragraph after the
    # evaluation title is always narrative, even when it starts with a three-digit figure.
    if len(texts) == 1 and not (tokens and isinstance(tokens[-1], EvaluationMark)):
        match = _ACTIVITY.fullmatch(texts[0])
        if match and looks_like_activity_name(match.group(2)):
            name = " ".join(match.group(2).split())
            return Heading("activity", match.group(1), name, first_line)
    return Paragraph(texts, first_line, glued)


def looks_like_activity_name(name: str) -> bool:
    """Activity names are one short phrase; narrative continuing after a page break is not."""
    return len(name) <= _ACTIVITY_NAME_MAX and not _SENTENCE_BREAK.search(name)
