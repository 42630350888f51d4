"""Dates as office staff type them: day first (15/04/2025 or 15/04/25), or AAAA-MM-DD.

A year of two digits is of this century (20AA): the office writes «15/03/26», and refused it
was typed again and again. One of one or three digits could be any year: refused.
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


def read_typed_date(text: str) -> date:
    """``15/04/2025``, ``5/4/2025``, ``15/04/25`` or ``2025-04-15``; else Spanish ``ValueError``.

    Month first (04/15/2025) is not how dates are written in Mexico: it is refused as a day
    that does not exist, never read the other way round.
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
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"la fecha «{cleaned}» no existe en el calendario") from None


def day_first(day: date) -> str:
    """``15/04/2025``: how a date is shown."""
    return day.strftime("%d/%m/%Y")
