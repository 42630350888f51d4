"""The kinds of statement a narrative makes that can be checked against the grid."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from ism_desktop.domain.quarter import Quarter

# A mention made from the tuple of its fields: ``make(QuotedNumber, (value, text, 0))`` runs in C,
# where calling the class runs the named tuple's ``__new__``, Python code (≈ 0.5 µs more each);
# for the mentions a report's reading makes by the thousand. Every field is given.
make = tuple.__new__


class Direction(StrEnum):
    """Which way a quoted difference goes from the target."""

    BELOW = "menos"
    ABOVE = "más"
    EITHER = "diferencia"


class Claim(StrEnum):
    """What a narrative says about the result of the quarter."""

    MET = "cumplida"
    EXCEEDED = "rebasada"
    NOT_MET = "no cumplida"


class QuotedNumber(NamedTuple):
    """A figure or percentage as written, with its exact value and decimals written."""

    value: Decimal
    text: str
    decimals: int = 0


class QuotedDifference(NamedTuple):
    """A difference between achieved and target ("114 MENOS", "REBASANDO LA META CON 78")."""

    value: Decimal
    direction: Direction
    text: str


class QuarterMention(NamedTuple):
    """A quarter named in the narrative, with the year written next to it if any."""

    quarter: Quarter
    year: int | None
    planning: bool
    text: str


class DateMention(NamedTuple):
    """A calendar date in the narrative ("27 DE MARZO DE 2024"); the year may be missing."""

    day: int
    month: int
    year: int | None
    # Where the date is written in the folded narrative. Its sentence (``date_looks_ahead``) and
    # its quote (``NarrativeFacts.quote``) are read from there only for a date a rule reports:
    # most dates are in the quarter, and cutting both for each took 5 % of reading a report.
    start: int
    end: int


class ClaimMention(NamedTuple):
    """A statement about the result, as written."""

    claim: Claim
    text: str
