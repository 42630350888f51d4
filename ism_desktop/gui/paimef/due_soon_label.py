"""A one-line countdown of the PAIMEF deadlines due soon, for the main window's status bar."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import Deadline


def due_soon_text(deadlines: list[Deadline], today: date, calendar: BusinessCalendar) -> str:
    """«PAIMEF: Constancia de Conformidad (4.3.4.1) vence el 23/03/2026, en 3 días hábiles»."""
    if not deadlines:
        return ""
    first = min(deadlines, key=lambda item: item.due)
    left = calendar.business_days_until(today, first.due)
    if left < 0:
        when = f"venció el {first.due:%d/%m/%Y}"
    elif left == 0:
        when = "vence hoy" if first.due == today else f"vence el {first.due:%d/%m/%Y}"
    else:
        unit = "día hábil" if left == 1 else "días hábiles"
        when = f"vence el {first.due:%d/%m/%Y}, en {left} {unit}"
    more = f" (y {len(deadlines) - 1} más)" if len(deadlines) > 1 else ""
    return f"PAIMEF: {first.term.description} ({first.term.numeral}) {when}{more}"


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
            "\n".join(f"{d.due:%d/%m/%Y} {d.term.numeral} {d.term.description}" for d in deadlines)
        )
        self.setVisible(bool(text))
