"""Moments as office staff read them: local date and time, day first, no ISO, no UTC offset."""

from __future__ import annotations

from datetime import UTC, date, datetime

from ism_desktop.domain.typed_date import day_first


def local_time_text(moment: str | None, with_seconds: bool = False) -> str:
    """``2026-12-02T06:12:15+00:00`` as ``02/12/2026 00:12`` in this PC's time zone.

    A moment without an offset is taken as already local; text that is not a moment is
    returned unchanged, and nothing as «—».
    """
    if not moment:
        return "—"
    try:
        parsed = datetime.fromisoformat(moment.strip())
    except ValueError:
        return moment
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone()
    return parsed.strftime("%d/%m/%Y %H:%M:%S" if with_seconds else "%d/%m/%Y %H:%M")


def local_time_phrase(moment: str | None) -> str:
    """``el 02/12/2026 a las 00:12``, to follow a verb («ya se recibió el …»).

    Text that is not a moment is given in parentheses, as it was stored.
    """
    text = local_time_text(moment)
    day, space, clock = text.partition(" ")
    if not space or text == moment:
        return f"({text})"
    return f"el {day} a las {clock}"


def local_date_text(day: str) -> str:
    """``2025-04-15`` as ``15/04/2025``; text that is not a date is returned unchanged."""
    try:
        return day_first(date.fromisoformat(day.strip()))
    except ValueError:
        return day


def instant(moment: str) -> datetime:
    """A stored moment, to compare with others wherever and in whatever zone each was taken.

    Two PCs set to different zones (Sonora's and Mexico City's) write the same instant as
    different texts, and compared as text the later one can read as earlier. A moment without
    an offset is this PC's local time; text that is not a moment is older than any.
    """
    try:
        parsed = datetime.fromisoformat(moment.strip())
        # A local «0001-01-01» can fall before the first instant once its zone is added.
        return parsed if parsed.tzinfo is not None else parsed.astimezone()
    except (ValueError, OverflowError):
        return datetime.min.replace(tzinfo=UTC)
