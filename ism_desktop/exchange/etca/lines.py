"""Turning the text of the printed form into clean lines: page furniture out, header kept.

The text comes from a PDF: every page repeats a header block (government, title, form code,
quarter, column titles, rotated titles as one or two letters a line, the print date) that can
interrupt a meta anywhere, and the dependency line opens each page.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ism_desktop.domain.codes import Entity
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.errors import EtcaFormatError

# No line of the printed form comes near this (the longest narrative lines have ~255 characters);
# a whole evaluation on one line still fits.
MAX_LINE_CHARS = 50_000

_FURNITURE_START = "GOBIERNO DEL ESTADO DE SONORA"
# Each header pattern needs its literal first: lines without it are not searched at all.
_TITLE_TEXT = "INFORME DE AVANCE PROGRAM"
_TITLE = re.compile(r"INFORME DE AVANCE PROGRAM[ÁA]TICO\s+(\d{4})")
_QUARTER_TEXT = "TRIMESTRE:"
_QUARTER = re.compile(r"TRIMESTRE:\s*(PRIMERO|SEGUNDO|TERCERO|CUARTO)")
_PRINTED_AT = re.compile(r"(\d{2})-(\d{2})-(\d{4})\s+(\d{2}):(\d{2})")
_ENTITY = re.compile(r"DEPENDENCIA\s*/\s*ENTIDAD\s+(\d+)\s+(.+)")
_FURNITURE_LINE = re.compile(
    r"(GOBIERNO DEL ESTADO DE SONORA"
    r"|INFORME DE AVANCE PROGRAM[ÁA]TICO\s+\d{4}"
    r"|PROGRAMA OPERATIVO ANUAL"
    r"|ETCA-III-04"
    r"|TRIMESTRE:\s*\w+"
    r"|PROGRAMADO ORIGINAL MODIFICADO REALIZADO"
    r"|% DE AVANCE"
    r"|TRIMESTRAL\s*PRIMERO SEGUNDO TERCERO CUARTO.*"
    r"|UNIDAD DE MEDIDA|MEDIDA|DESCRIPCI[ÓO]N"
    r"|\d{2}-\d{2}-\d{4}\s+\d{2}:\d{2}"
    r"|P[ÁA]GINA\s+\d+\s+DE\s+\d+"
    # Rotated column titles come out as one to three characters a line.
    r"|[A-ZÁÉÍÓÚÑ.%]{1,2}\.?"
    r")"
)


class CleanText:
    """The report's lines without page furniture, and what the header says.

    A state report has ~150 000 lines, so the kept lines are two parallel lists rather than an
    object each: ``texts[i]`` (stripped; empty for a blank line and for a page break) was line
    ``numbers[i]`` of the file. ``breaks`` maps the index of each page break (where a header
    block stood) to the dependency its page opens, or ``None``.
    """

    # A plain class: one is made per report, and a dataclass compiles its methods at every start.
    __slots__ = ("breaks", "numbers", "printed_at", "quarter", "texts", "year")

    def __init__(
        self,
        texts: list[str] | None = None,
        numbers: list[int] | None = None,
        breaks: dict[int, Entity | None] | None = None,
        year: int | None = None,
        quarter: Quarter | None = None,
        printed_at: str | None = None,
    ) -> None:
        self.texts: list[str] = [] if texts is None else texts
        self.numbers: list[int] = [] if numbers is None else numbers
        self.breaks: dict[int, Entity | None] = {} if breaks is None else breaks
        self.year = year
        self.quarter = quarter
        self.printed_at = printed_at

    def drop_blank(self) -> None:
        """Drop the blank line the kept lines end with, if they do: a page ends there."""
        texts = self.texts
        if texts and not texts[-1] and len(texts) - 1 not in self.breaks:
            texts.pop()
            self.numbers.pop()

    def add_break(self, number: int, entity: Entity | None = None) -> None:
        """Mark a page break at line ``number``."""
        self.breaks[len(self.texts)] = entity
        self.texts.append("")
        self.numbers.append(number)


@lru_cache(maxsize=256)
def _is_furniture(line: str) -> bool:
    # A header block repeats the same few lines on every page: each is matched once.
    return _FURNITURE_LINE.fullmatch(line) is not None


def _read_header(number: int, text: str, clean: CleanText) -> None:
    if _TITLE_TEXT in text and (title := _TITLE.search(text)):
        year = int(title.group(1))
        if clean.year is not None and clean.year != year:
            raise EtcaFormatError(
                number, f"el ejercicio cambia de {clean.year} a {year} dentro del mismo informe."
            )
        clean.year = year
    if _QUARTER_TEXT in text and (quarter := _QUARTER.search(text)):
        found = Quarter.from_spanish(quarter.group(1))
        if clean.quarter is not None and clean.quarter != found:
            raise EtcaFormatError(
                number,
                f"el trimestre cambia de {clean.quarter.spanish_name.lower()} a "
                f"{found.spanish_name.lower()} dentro del mismo informe.",
            )
        clean.quarter = found
    if clean.printed_at is None and (stamp := _PRINTED_AT.fullmatch(text)):
        day, month, year_text, hour, minute = stamp.groups()
        clean.printed_at = f"{year_text}-{month}-{day}T{hour}:{minute}"


def clean_lines(text: str) -> CleanText:
    """Drop page furniture, keeping one page-break marker where each header block stood.

    A blank line is kept only right after a line of text (never first, never twice, never just
    before a page break): it is what ends a paragraph.
    """
    clean = CleanText()
    raw_lines = text.splitlines()
    # One look at every length, in C; the line is named only when there is one.
    too_long = None
    if len(text) > MAX_LINE_CHARS and max(map(len, raw_lines)) > MAX_LINE_CHARS:
        too_long = next(i for i, raw in enumerate(raw_lines) if len(raw) > MAX_LINE_CHARS)
        too_long_length = len(raw_lines[too_long])
        # The lines before it are read first: an error among them is the one to report.
        raw_lines = raw_lines[:too_long]
    texts, numbers = clean.texts, clean.numbers
    add_text, add_number = texts.append, numbers.append
    in_furniture = False
    entities: dict[str, Entity] = {}
    for number, stripped in enumerate(map(str.strip, raw_lines), start=1):
        if not stripped:
            # Kept only after a line of text: pages and paragraphs end with blank lines.
            if not in_furniture and texts and texts[-1]:
                add_text("")
                add_number(number)
            continue
        # One test for most lines: dependency lines and page furniture start with D or G.
        if in_furniture or stripped[0] in "DG":
            entity = None
            if stripped[0] == "D":
                # Every page of a dependency repeats its line: each is read once, and its pages
                # share one Entity.
                entity = entities.get(stripped)
                if entity is None and (entity_match := _ENTITY.fullmatch(stripped)):
                    name = " ".join(entity_match.group(2).split())
                    entity = entities[stripped] = Entity(entity_match.group(1), name)
            if entity is not None:
                clean.drop_blank()
                clean.add_break(number, entity)
                in_furniture = False
                continue
            if stripped == _FURNITURE_START:
                clean.drop_blank()
                in_furniture = True
            if in_furniture:
                if _is_furniture(stripped):
                    # The header's year, quarter and print date are on lines that say so.
                    if (
                        clean.printed_at is None
                        or _TITLE_TEXT in stripped
                        or _QUARTER_TEXT in stripped
                    ):
                        _read_header(number, stripped, clean)
                    continue
                # Something that is not furniture ends the block even without its usual last line.
                clean.add_break(number)
                in_furniture = False
        add_text(stripped)
        add_number(number)
    if too_long is not None:
        raise EtcaFormatError(too_long + 1, _too_long(too_long_length))
    if in_furniture:
        # The number of a page break that ends the file is never shown; the count of kept lines
        # stands in for it, as it always has.
        clean.add_break(len(texts))
    return clean


def _too_long(length: int) -> str:
    return (
        f"la línea es demasiado larga ({_spaced(length)} caracteres; máx. "
        f"{_spaced(MAX_LINE_CHARS)}): no parece el texto de un informe ETCA-III-04."
    )


def _spaced(number: int) -> str:
    # Thousands separated by a space, as Spanish style guides write them (20 000).
    return f"{number:,}".replace(",", " ")
