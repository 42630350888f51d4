"""Reading clean lines into the report's building blocks: headings, paragraphs and figure rows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ism_desktop.domain.codes import Entity
from ism_desktop.domain.figures import FigureRow
from ism_desktop.exchange.etca.errors import EtcaFormatError
from ism_desktop.exchange.etca.lines import Line

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
# "… ESTUDIO A SI MET 900.00 …": the first "A|P SI|NO MET" standing as words. Searched only in
# lines that contain "MET"; a whole-line pattern with a free prefix costs ~30 µs a line of text.
_MET_MARK = re.compile(r"(?<!\S)(?P<kind>[AP])\s++(?P<acc>SI|NO)\s++MET(?!\S)")
_ACTIVITY = re.compile(r"(\d{3})\s++([^\d\s].*)")
_NUM = re.compile(rf"(?:(?P<pct>{_FIGURE})\s*+%)?\s*+NUM(?P<values>(?:\s.*)?)")
_PCT_ALONE = re.compile(rf"({_FIGURE})\s*+%")
_DEN = re.compile(r"DEN(?P<values>(?:\s.*)?)")
_DEN_TAIL = "OMIN"
_ACTIVITY_NAME_MAX = 100
_SENTENCE_BREAK = re.compile(r"[.;:]\s++\S")
_NUMBER = re.compile(rf"{_FIGURE}%?")
# A whole row of figures checked in one call; the error then looks for the culprit token.
_ROW = re.compile(rf"\s*+(?:{_FIGURE}%?\s++)*+{_FIGURE}%?\s*+")


@dataclass(frozen=True, slots=True)
class Heading:
    """A unit, programme or activity line, printed only when it changes."""

    kind: str  # "unit", "programme", "activity" or "entity"
    code: str
    name: str
    line: int


@dataclass(slots=True)
class Paragraph:
    """Consecutive text lines; ``glued`` when only a page break separates it from the last one."""

    lines: list[Line] = field(default_factory=list)
    glued: bool = False

    @property
    def first_line(self) -> int:
        """Number of the paragraph's first line in the file."""
        return self.lines[0].number

    def joined(self, separator: str = " ") -> str:
        """The paragraph's text as one line."""
        return separator.join(line.text for line in self.lines)


@dataclass(frozen=True, slots=True)
class EvaluationMark:
    """The ``EVALUACIÓN CUALITATIVA`` title: what follows is the meta's narrative."""

    line: int


@dataclass(frozen=True, slots=True)
class FigureRows:
    """A meta's MET, NUM and DEN rows with the printed % de avance."""

    line: int
    prefix: str
    kind: str
    cumulative: bool
    met: list[Decimal]
    num: list[Decimal]
    den: list[Decimal] | None
    printed_progress: Decimal | None


Token = Heading | Paragraph | EvaluationMark | FigureRows


def parse_number(text: str, line: int) -> Decimal:
    """A printed figure (``1900.00``, ``100%``, ``1,200.50``) as an exact Decimal."""
    try:
        return _decimal(text)
    except InvalidOperation:
        raise EtcaFormatError(line, f"«{text}» no es una cifra válida.") from None


@lru_cache(maxsize=4096)
def _decimal(text: str) -> Decimal:
    # Reports repeat few distinct figures (0.00, 100%, …); a Decimal is immutable, so shared.
    return Decimal(text.rstrip("%").replace(",", ""))


def _figures(text: str, line: int, label: str) -> list[Decimal]:
    tokens = text.split()
    if len(tokens) != FigureRow.COLUMN_COUNT or not _ROW.fullmatch(text):
        for token in tokens:
            if not _NUMBER.fullmatch(token):
                raise EtcaFormatError(line, f"«{token}» no es una cifra válida en la fila {label}.")
        raise EtcaFormatError(
            line,
            f"la fila {label} tiene {len(tokens)} cifras; se esperaban "
            f"{FigureRow.COLUMN_COUNT} (programado original, modificado y realizado).",
        )
    # Every token matched the figure pattern, so each one parses.
    return [_decimal(token) for token in tokens]


class _Cursor:
    """Walks the clean lines, skipping page breaks where figure rows may be interrupted."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.index = 0

    def _next_text_index(self) -> int | None:
        index = self.index
        while index < len(self.lines):
            if self.lines[index].text:
                return index
            index += 1
        return None

    def peek_text(self) -> Line | None:
        index = self._next_text_index()
        return None if index is None else self.lines[index]

    def take_text(self) -> Line:
        index = self._next_text_index()
        if index is None:
            raise EtcaFormatError(None, "el archivo termina a mitad de una meta.")
        self.index = index + 1
        return self.lines[index]


def _read_rows(cursor: _Cursor, met_line: Line, mark: re.Match[str]) -> FigureRows:
    kind = mark.group("kind")
    met = _figures(met_line.text[mark.end() :], met_line.number, "MET")
    printed: Decimal | None = None
    following = cursor.peek_text()
    if following is not None and (alone := _PCT_ALONE.fullmatch(following.text)):
        printed = parse_number(alone.group(1), following.number)
        cursor.take_text()
        following = cursor.peek_text()
    num_match = _NUM.fullmatch(following.text) if following is not None else None
    if following is None or num_match is None:
        where = following.number if following is not None else met_line.number
        raise EtcaFormatError(where, "falta la fila NUM después de la fila MET.")
    cursor.take_text()
    if num_match.group("pct") is not None:
        printed = parse_number(num_match.group("pct"), following.number)
    num = _figures(num_match.group("values"), following.number, "NUM")
    den = _read_den(cursor, kind, following.number)
    return FigureRows(
        line=met_line.number,
        prefix=met_line.text[: mark.start()].strip(),
        kind=kind,
        cumulative=mark.group("acc") == "SI",
        met=met,
        num=num,
        den=den,
        printed_progress=printed,
    )


def _read_den(cursor: _Cursor, kind: str, num_line: int) -> list[Decimal] | None:
    den_line = cursor.peek_text()
    den_match = _DEN.fullmatch(den_line.text) if den_line is not None else None
    if den_line is None or den_match is None:
        if kind == "P":
            raise EtcaFormatError(num_line, "falta la fila DEN de una meta de porcentaje.")
        return None
    cursor.take_text()
    values = den_match.group("values").strip()
    if values:
        return _figures(values, den_line.number, "DEN")
    # The label can break as "DEN" / "OMIN" with the figures on a line of their own.
    after = cursor.peek_text()
    if after is not None and after.text == _DEN_TAIL:
        cursor.take_text()
        after = cursor.peek_text()
    if after is not None and all(_NUMBER.fullmatch(tok) for tok in after.text.split()):
        cursor.take_text()
        return _figures(after.text, after.number, "DEN")
    if kind == "P":
        raise EtcaFormatError(den_line.number, "la fila DEN de una meta de porcentaje está vacía.")
    return None


def tokenize(lines: list[Line]) -> list[Token]:
    """Group clean lines into headings, paragraphs, evaluation marks and figure rows."""
    tokens: list[Token] = []
    cursor = _Cursor(lines)
    paragraph: Paragraph | None = None
    glue_next = False
    entity: Entity | None = None

    def close() -> None:
        nonlocal paragraph
        if paragraph is not None:
            tokens.append(_promote_activity(paragraph, tokens))
            paragraph = None

    while cursor.index < len(lines):
        line = lines[cursor.index]
        cursor.index += 1
        if line.page_break:
            close()
            glue_next = True
            if line.entity is not None and line.entity != entity:
                entity = line.entity
                tokens.append(Heading("entity", entity.code, entity.name, line.number))
                glue_next = False
            continue
        if not line.text:
            close()
            glue_next = False
            continue
        token = _structural(cursor, line)
        if token is not None:
            close()
            glue_next = False
            tokens.append(token)
            continue
        if paragraph is None:
            paragraph = Paragraph(glued=glue_next)
        paragraph.lines.append(line)
    close()
    return tokens


def _structural(cursor: _Cursor, line: Line) -> Token | None:
    text = line.text
    match = _HEADING.fullmatch(text)
    if match is None:
        mark = _MET_MARK.search(text) if "MET" in text else None
        return None if mark is None else _read_rows(cursor, line, mark)
    if match.group("unit") is not None:
        return Heading("unit", match.group("unit"), _words(match.group("unit_name")), line.number)
    if match.group("programme") is not None:
        name = _words(match.group("programme_name"))
        return Heading("programme", match.group("programme"), name, line.number)
    return EvaluationMark(line.number)


def _words(text: str) -> str:
    return " ".join(text.split())


def _promote_activity(paragraph: Paragraph, tokens: list[Token]) -> Token:
    # An activity heading is a one-line paragraph "664 NAME"; the first paragraph after the
    # evaluation title is always narrative, even when it starts with a three-digit figure.
    if len(paragraph.lines) == 1 and not (tokens and isinstance(tokens[-1], EvaluationMark)):
        line = paragraph.lines[0]
        match = _ACTIVITY.fullmatch(line.text)
        if match and looks_like_activity_name(match.group(2)):
            name = " ".join(match.group(2).split())
            return Heading("activity", match.group(1), name, line.number)
    return paragraph


def looks_like_activity_name(name: str) -> bool:
    """Activity names are one short phrase; narrative continuing after a page break is not."""
    return len(name) <= _ACTIVITY_NAME_MAX and not _SENTENCE_BREAK.search(name)
