"""A one-line countdown of the PAIMEF deadlines due soon, for the main window's status bar."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import Deadline
from ism_desktop.domain.wording import count


def due_soon_text(deadlines: list[Deadline], today: date, calendar: BusinessCalendar) -> str:
    """The nearest open deadline and a count of those overdue, e.g.

    «PAIMEF: Ingresar … (4.3.4.1) vence el 23/03/2026, en 3 días hábiles (y 1 más)».
    """
    upcoming = sorted((d for d in deadlines if d.due >= today), key=lambda d: d.due)
    overdue = sorted((d for d in deadlines if d.due < today), key=lambda d: d.due)
    parts = []
    if upcoming:
        first = upcoming[0]
        left = calendar.business_days_until(today, first.due)
        if first.due == today:
            when = "vence hoy"
        else:
            when = f"vence el {first.due:%d/%m/%Y}, en {count(left, 'día hábil', 'días hábiles')}"
        more = f" (y {len(upcoming) - 1} más)" if len(upcoming) > 1 else ""
        parts.append(f"{first.description} ({first.term.numeral}) {when}{more}")
    if overdue:
        last = overdue[-1]
        overdue_count = count(len(overdue), "plazo vencido", "plazos vencidos")
        parts.append(
            f"{overdue_count} sin cumplimiento registrado (el último: {last.term.numeral}, "
            f"{last.due:%d/%m/%Y})"
        )
    return f"PAIMEF: {'; '.join(parts)}" if parts else ""


class DueSoonLabel(QLabel):
    """Shows the nearest PAIMEF deadline; empty (and hidden) when nothing is due soon."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Plazos próximos del PAIMEF")
        self.hide()

    def show_deadlines(
        self, deadlines: list[Deadline], today: date, calendar: BusinessCalendar
    ) -> None:
        """Show the countdown of ``deadlines`` (the ones due soon)."""
        text = due_soon_text(deadlines, today, calendar)
        self.setText(text)
        self.setToolTip(
            "\n".join(f"{d.due:%d/%m/%Y} {d.term.numeral} {d.description}" for d in deadlines)
        )
        self.setVisible(bool(text))
