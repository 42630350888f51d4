"""Moments a package carries (when a justification, an observation or a closing was written).

Every one our exports write, in this version and the earlier ones, is the PC's time as
``isoformat(timespec="seconds")``: ``2024-04-10T09:30:00-07:00``. Any other text («NaN», a year
0 or 9999) was edited into the package, and stored it showed as the date of an answer.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from ism_desktop.domain.wording import quoted

# ASCII digits only; the offset is optional: a moment without one is the PC's local time.
# Its minutes below 60: Python reads «-02:62» as -03:02, an offset no export of ours wrote.
_MOMENT = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}([+-][0-9]{2}:[0-5][0-9])?"
)
FIRST_YEAR, LAST_YEAR = 2000, 2100
# How a moment is written, said where one is refused.
MOMENT_SHAPE = "AAAA-MM-DDTHH:MM:SS±HH:MM, como la escribe ISM Avance"
# The widest offsets any zone has (Kiribati +14:00, Baker Island -12:00), rounded to 14 hours.
_WIDEST_OFFSET = timedelta(hours=14)


def moment_problem(text: str) -> str | None:
    """Why ``text`` is not a moment as this program writes one, to follow its field's name.

    ``None`` when it is one: ``2024-04-10T09:30:00-07:00`` (or without the offset), of a year
    from 2000 to 2100.
    """
    if not _MOMENT.fullmatch(text):
        return f"«{quoted(text)}» no es una fecha y hora ({MOMENT_SHAPE})"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return f"«{quoted(text)}» no existe en el calendario"
    offset = moment.utcoffset()
    if offset is not None and abs(offset) > _WIDEST_OFFSET:
        return f"«{quoted(text)}» tiene una diferencia horaria que ningún lugar tiene"
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        return f"«{quoted(text)}» está fuera de los años {FIRST_YEAR}–{LAST_YEAR}"
    return None
