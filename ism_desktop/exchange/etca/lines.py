"""Turning the text of the printed form into clean lines: page furniture out, header kept.

The text comes from a PDF: every page repeats a header block (government, title, form code,
quarter, column titles, rotated titles as one or two letters a line, the print date) that can
interrupt a meta anywhere, and the dependency line opens each page.
"""

from __future__ import annotations

import re

from ism_desktop.domain.codes import Entity
from ism_desktop.domain.limits import thousands
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
    block stood) to the dependency its page opens, or ``None``. Blank lines are kept as they
    come: a run of them ends a paragraph as one does.
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

    def add_lines(self, stripped: list[str], start: int, end: int) -> None:
        """Keep the file's lines ``start`` to ``end`` (0-based, end excluded), as they are."""
        if start < end:
            self.texts += stripped[start:end]
            self.numbers += range(start + 1, end + 1)

    def add_break(self, number: int, entity: Entity | None = None) -> None:
        """Mark a page break at line ``number``."""
        self.breaks[len(self.texts)] = entity
        self.texts.append("")
        self.numbers.append(number)


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

    Only the lines that can open a header block or a dependency's page are visited one by one
    (found in C: a state report has 144,000 lines and 4,000 of these); the lines between them
    are copied as runs.
    """
    raw_lines = text.splitlines()
    # One look at every length, in C; the line is named only when there is one.
    too_long = None
    if len(text) > MAX_LINE_CHARS and max(map(len, raw_lines)) > MAX_LINE_CHARS:
        too_long = next(i for i, raw in enumerate(raw_lines) if len(raw) > MAX_LINE_CHARS)
        too_long_length = len(raw_lines[too_long])
        # The lines before it are read first: an error among them is the one to report.
        raw_lines = raw_lines[:too_long]
    stripped = list(map(str.strip, raw_lines))
    clean = CleanText()
    entities: dict[str, Entity] = {}
    kept = 0  # the lines before this one are kept or dropped already
    # Header lines read already: every page repeats them, and what they say cannot have changed
    # since (a change is refused), so a line seen before is passed over at once.
    furniture: set[str] = set()
    for index in _openings(text, stripped):
        if index < kept:
            continue  # inside a header block already read
        line = stripped[index]
        entity = _entity(line, entities)
        if entity is not None:
            clean.add_lines(stripped, kept, index)
            clean.add_break(index + 1, entity)
            kept = index + 1
        elif line == _FURNITURE_START:
            clean.add_lines(stripped, kept, index)
            kept = _skip_furniture(stripped, index, clean, entities, furniture)
    clean.add_lines(stripped, kept, len(stripped))
    if too_long is not None:
        raise EtcaFormatError(too_long + 1, _too_long(too_long_length))
    return clean


def _openings(text: str, stripped: list[str]) -> list[int]:
    """The indices of the lines that are the header's first or start like a dependency's."""
    found: list[int] = []
    index = -1
    try:
        while True:
            index = stripped.index(_FURNITURE_START, index + 1)
            found.append(index)
    except ValueError:
        pass
    return sorted(found + _dependency_lines(text, stripped))


_DEPENDENCY = "DEPENDENCIA"


# What ends a line besides "\n" (``str.splitlines``); a report has none of them but, from
# Windows, a CR before each "\n".
_OTHER_LINE_ENDS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _dependency_lines(text: str, stripped: list[str]) -> list[int]:
    """The indices of the lines that start with «DEPENDENCIA» (their text stripped)."""
    if any(end in text for end in _OTHER_LINE_ENDS):
        # Where lines also end otherwise, a line is told from the text only by splitting it:
        # every line is looked at.
        return [i for i, line in enumerate(stripped) if line.startswith(_DEPENDENCY)]
    # Every line ends at a "\n": the word is searched in the text, in C, and a line that starts
    # with it is found in the list by its text, from the last one found on (an equal line
    # between them would start with the word too, and have been found first).
    found: list[int] = []
    index = -1
    searched = 0
    at = text.find(_DEPENDENCY)
    while at >= 0:
        # Most are the word inside a narrative: only one at the start of its line (after
        # blanks, if any) is taken. Its line's start is sought back to the word found before
        # at most (on the same line, this one is not the line's start), so that no stretch of
        # text is searched twice.
        newline = text.rfind("\n", searched, at)
        if newline >= 0 or searched == 0:
            start = newline + 1
            if start == at or text[start:at].isspace():
                line_end = text.find("\n", at)
                line = text[start : line_end if line_end >= 0 else len(text)].strip()
                try:
                    index = stripped.index(line, index + 1)
                except ValueError:
                    break  # past a line too long to read: the lines after it are not read
                found.append(index)
        searched = at
        at = text.find(_DEPENDENCY, at + 1)
    return found


def _entity(line: str, entities: dict[str, Entity]) -> Entity | None:
    """The dependency a «DEPENDENCIA / ENTIDAD» line opens, if it is one."""
    # Every page of a dependency repeats its line: each is read once, and its pages share one
    # Entity.
    entity = entities.get(line)
    if entity is None and line[:1] == "D" and (match := _ENTITY.fullmatch(line)):
        name = " ".join(match.group(2).split())
        entity = entities[line] = Entity(match.group(1), name)
    return entity


def _skip_furniture(
    stripped: list[str],
    index: int,
    clean: CleanText,
    entities: dict[str, Entity],
    furniture: set[str],
) -> int:
    """Read the header block from ``index`` and mark its page break; the next line to keep."""
    end = len(stripped)
    while index < end:
        line = stripped[index]
        if not line or line in furniture:
            index += 1
            continue
        entity = _entity(line, entities)
        if entity is not None:
            clean.add_break(index + 1, entity)
            return index + 1
        if not _FURNITURE_LINE.fullmatch(line):
            # Something that is not furniture ends the block even without its usual last line.
            clean.add_break(index + 1)
            return index
        # The header's year, quarter and print date are on lines that say so.
        if clean.printed_at is None or _TITLE_TEXT in line or _QUARTER_TEXT in line:
            _read_header(index + 1, line, clean)
        furniture.add(line)
        index += 1
    # A page break that ends the file is never shown: its number is the file's last line's.
    clean.add_break(end)
    return end


def _too_long(length: int) -> str:
    return (
        f"la línea es demasiado larga ({thousands(length)} caracteres; máx. "
        f"{thousands(MAX_LINE_CHARS)}): no parece el texto de un informe ETCA-III-04."
    )
