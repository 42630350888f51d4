"""Turning the text of the printed form into clean lines: page furniture out, header kept.

The text comes from a PDF: every page repeats a header block (government, title, form code,
quarter, column titles, rotated titles as one or two letters a line, the print date) that can
interrupt a meta anywhere, and the dependency line opens each page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from ism_desktop.domain.codes import Entity
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.errors import EtcaFormatError

# No line of the printed form comes near this (the longest narrative lines have ~255 characters);
# a whole evaluation on one line still fits.
MAX_LINE_CHARS = 50_000

_FURNITURE_START = "GOBIERNO DEL ESTADO DE SONORA"
_TITLE = re.compile(r"INFORME DE AVANCE PROGRAM[ÁA]TICO\s+(\d{4})")
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


class Line(NamedTuple):
    """A kept line; a page break is a line with ``page_break`` set and no text."""

    # A tuple, not a dataclass: a state report has ~150 000 lines, and building a frozen
    # dataclass costs several times more.
    number: int
    text: str
    page_break: bool = False
    entity: Entity | None = None


@dataclass
class CleanText:
    """The report's lines without page furniture, and what the header says."""

    lines: list[Line] = field(default_factory=list)
    year: int | None = None
    quarter: Quarter | None = None
    printed_at: str | None = None


def _read_header(number: int, text: str, clean: CleanText) -> None:
    if title := _TITLE.search(text):
        year = int(title.group(1))
        if clean.year is not None and clean.year != year:
            raise EtcaFormatError(
                number, f"el ejercicio cambia de {clean.year} a {year} dentro del mismo informe."
            )
        clean.year = year
    if quarter := _QUARTER.search(text):
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
    """Drop page furniture, keeping one page-break marker where each header block stood."""
    clean = CleanText()
    in_furniture = False
    out = clean.lines
    for number, raw in enumerate(text.splitlines(), start=1):
        if len(raw) > MAX_LINE_CHARS:
            raise EtcaFormatError(number, _too_long(len(raw)))
        stripped = raw.strip()
        # Cheap prefix tests first: most lines are neither a dependency line nor furniture.
        entity_match = stripped.startswith("DEPENDENCIA") and _ENTITY.fullmatch(stripped)
        if entity_match:
            _drop_trailing_blanks(out)
            entity = Entity(entity_match.group(1), " ".join(entity_match.group(2).split()))
            out.append(Line(number, "", page_break=True, entity=entity))
            in_furniture = False
            continue
        if stripped == _FURNITURE_START:
            _drop_trailing_blanks(out)
            in_furniture = True
        if in_furniture:
            if not stripped or _FURNITURE_LINE.fullmatch(stripped):
                _read_header(number, stripped, clean)
                continue
            # Something that is not page furniture ends the block even without its usual last line.
            out.append(Line(number, "", page_break=True))
            in_furniture = False
        if not stripped and out and (out[-1].page_break or not out[-1].text):
            continue
        if not stripped and not out:
            continue
        out.append(Line(number, stripped))
    if in_furniture:
        out.append(Line(len(out), "", page_break=True))
    return clean


def _drop_trailing_blanks(out: list[Line]) -> None:
    while out and not out[-1].page_break and not out[-1].text:
        out.pop()


def _too_long(length: int) -> str:
    return (
        f"la línea es demasiado larga ({_spaced(length)} caracteres; máx. "
        f"{_spaced(MAX_LINE_CHARS)}): no parece el texto de un informe ETCA-III-04."
    )


def _spaced(number: int) -> str:
    # Thousands separated by a space, as Spanish style guides write them (20 000).
    return f"{number:,}".replace(",", " ")
