"""Dates as office staff type them: day first (15/04/2025 or 15/04/25), or AAAA-MM-DD.

A year of two digits is of this century (20AA): the office writes «15/03/26», and refused it
was typed again and again. One of one or three digits could be any year: refused. Read as 20AA,
a year more than ``TWO_DIGIT_REACH`` from the one worked on is refused too: «1/2/30» became
01/02/2030 and «26/03/15» (2026-03-15 typed year first) 26/03/2015, without a word.
"""

from __future__ import annotations

import re
from datetime import date

from ism_desktop.domain.wording import quoted

# ASCII digits only: ``\d`` would take other scripts' digits, which nobody types for a date here.
_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DAY_FIRST = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4}|[0-9]{2})")
# How a date may be typed: said in the commands' help and the window's date fields.
TYPED_DATE_FORMS = "DD/MM/AAAA (15/04/2025), DD/MM/AA (15/04/25, año 20AA) o AAAA-MM-DD"
# How far from the year worked on a year of two digits may fall (a programme's dates, its
# signing, the next year's deadlines); farther, it is written with four.
TWO_DIGIT_REACH = 2
_REACH_SAID = "dos"  # TWO_DIGIT_REACH as the message writes it


def read_typed_date(text: str, near: int | None = None) -> date:
    """``15/04/2025``, ``5/4/2025``, ``15/04/25`` or ``2025-04-15``; else Spanish ``ValueError``.

    Month first (04/15/2025) is not how dates are written in Mexico: it is refused as a day
    that does not exist, never read the other way round. ``near``: the year worked on (by
    default this one), which a year of two digits must be within ``TWO_DIGIT_REACH`` of.
    """
    cleaned = text.strip()
    if match := _ISO.fullmatch(cleaned):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DAY_FIRST.fullmatch(cleaned):
        day, month, year = (int(part) for part in match.groups())
        year += 2000 if len(match.group(3)) == 2 else 0
    else:
        raise ValueError(
            f"«{quoted(cleaned)}» no es una fecha; escríbala como DD/MM/AAAA (por ejemplo "
            "15/04/2025) o AAAA-MM-DD"
        )
    try:
        typed = date(year, month, day)
    except ValueError:
        raise ValueError(f"la fecha «{cleaned}» no existe en el calendario") from None
    if match.re is _DAY_FIRST and len(match.group(3)) == 2:
        _refuse_far(cleaned, typed, date.today().year if near is None else near)
    return typed


def _refuse_far(cleaned: str, typed: date, near: int) -> None:
    """Refuse a two-digit year read far from ``near``: a slip, or the year typed first."""
    if abs(typed.year - near) > TWO_DIGIT_REACH:
        raise ValueError(
            f"la fecha «{cleaned}» sería el {day_first(typed)}, a más de {_REACH_SAID} años "
            f"de {near}; si es esa, escriba el año con sus cuatro cifras"
        )


def day_first(day: date) -> str:
    """``15/04/2025``: how a date is shown."""
    return day.strftime("%d/%m/%Y")
