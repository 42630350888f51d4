"""Rules of the quarters' delivery dates: each after its quarter ends, and the quarters in order."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date

from ism_desktop.domain.quarter import Quarter


def out_of_time(due: date, year: int, quarter: Quarter) -> str | None:
    """Why ``due`` cannot be the quarter's delivery date, or None.

    A report is delivered once its quarter is over: T3 due on 10/07 was stored, before the
    quarter's end and before T2's own date. The end of the next year bounds it the other way.
    """
    said = f"la fecha de entrega del trimestre {int(quarter)} de {year} ({due:%d/%m/%Y})"
    ends = quarter.last_day(year)
    if due <= ends:
        return f"{said} debe ser posterior al {ends:%d/%m/%Y}, último día del trimestre."
    latest = date(year + 1, 12, 31)
    if due > latest:
        return f"{said} debe caer a más tardar el {latest:%d/%m/%Y}."
    return None


def out_of_order(
    dates: Mapping[Quarter, date], involving: Collection[Quarter] | None = None
) -> list[str]:
    """Each quarter that would fall due before an earlier quarter, said with the latest of those.

    Allowed once the person says so (an extension of one quarter can push it past the next);
    ``involving``: only the pairs where one of these quarters takes part (the dates typed).
    """
    notes = []
    for quarter, due in sorted(dates.items()):
        earlier = [(q, d) for q, d in dates.items() if q < quarter and d > due]
        if involving is not None:
            earlier = [(q, d) for q, d in earlier if quarter in involving or q in involving]
        if earlier:
            other, other_due = max(earlier, key=lambda pair: (pair[1], pair[0]))
            notes.append(
                f"el trimestre {int(quarter)} vencería el {due:%d/%m/%Y}, antes que el "
                f"trimestre {int(other)} ({other_due:%d/%m/%Y})"
            )
    return notes
