"""A one-line countdown of the PAIMEF deadlines due soon, for the main window's status bar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget
from typing_extensions import override

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import YEAR_END, Deadline, DeadlineState
from ism_desktop.domain.wording import count

# The next step, in the tooltip: at 1366 px the line with the last one's few words already
# fills the status bar beside the delivery date; and no note of the bar opens anything.
WHERE_RECORDED = (
    "Las entregas se anotan en PAIMEF → Programa Anual, plazos e indicadores…, pestaña "
    "«Fechas y plazos», en «Fechas registradas»."
)


def due_soon_text(
    deadlines: list[Deadline], today: date, calendar: BusinessCalendar, *, few_words: bool = True
) -> str:
    """The nearest open deadline and a count of those overdue, e.g.

    «PAIMEF: Ingresar … (4.3.4.1) vence el 23/03/2026, en 3 días hábiles (y 1 más)».
    ``few_words``: the last overdue one named by what it is, not only by its numeral.
    """
    # As the deadlines tab says them (the domain decides): one met, even late, is neither.
    upcoming = sorted(
        (d for d in deadlines if d.state(today) is DeadlineState.PENDING), key=lambda d: d.due
    )
    overdue = sorted(
        (d for d in deadlines if d.state(today) is DeadlineState.MISSED), key=lambda d: d.due
    )
    parts = []
    if upcoming:
        first = upcoming[0]
        if first.due == today:
            when = "vence hoy"
        else:
            when = f"vence el {first.due:%d/%m/%Y}, {first.time_left(today, calendar)}"
        more = f" (y {len(upcoming) - 1} más)" if len(upcoming) > 1 else ""
        parts.append(f"{first.description} ({first.term.numeral}) {when}{more}")
    if overdue:
        last = overdue[-1]
        overdue_count = count(len(overdue), "plazo vencido", "plazos vencidos")
        named = f"{_in_few_words(last)} ({last.term.numeral})" if few_words else last.term.numeral
        parts.append(
            f"{overdue_count} sin cumplimiento registrado (el último: {named}, {last.due:%d/%m/%Y})"
        )
    return f"PAIMEF: {'; '.join(parts)}" if parts else ""


def _whose(deadline: Deadline) -> str:
    """« (ejercicio 2026)» for a term that runs from a year's close, else nothing.

    In January the closed year's Informe Final and reintegro are listed beside the new year's
    terms, and a missed one stays counted: the list says which year owes it.
    """
    return f" (ejercicio {deadline.start.year})" if deadline.term.event == YEAR_END else ""


def _in_few_words(deadline: Deadline) -> str:
    """What a deadline is, up to the first aside: the numeral alone says nothing to a person.

    «Contar con la Constancia de Conclusión del ejercicio anterior (último día hábil de mayo;
    si no, …)» is said up to «anterior»; the tooltip lists every deadline whole.
    """
    text = deadline.term.description
    for aside in (" (", ";"):
        text = text.split(aside, 1)[0]
    return text


class DueSoonLabel(QLabel):
    """Shows the nearest PAIMEF deadline; empty (and hidden) when nothing is due soon."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Plazos próximos del PAIMEF")
        # The line with the few words first, then without them: the longest that fits shows.
        self._texts: tuple[str, ...] = ()
        self._listing = ""  # every deadline shown, whole, for the tooltip
        self.hide()

    def show_deadlines(
        self, deadlines: list[Deadline], today: date, calendar: BusinessCalendar
    ) -> None:
        """Show the countdown of ``deadlines`` (the ones due soon)."""
        self._texts = tuple(
            due_soon_text(deadlines, today, calendar, few_words=few) for few in (True, False)
        )
        listing = "\n".join(
            f"{d.due:%d/%m/%Y} {d.term.numeral} {d.description}{_whose(d)}" for d in deadlines
        )
        self._listing = f"{listing}\n\n{WHERE_RECORDED}"
        self.setText(self._texts[0])
        self.setToolTip(self._listing)
        self.setVisible(bool(self._texts[0]))
        self._fit()

    @override
    def sizeHint(self) -> QSize:
        """As wide as the line with the few words: the status bar gives it that if it can."""
        hint = super().sizeHint()
        if self._texts:
            hint.setWidth(self._width_of(self._texts[0]))
        return hint

    @override
    def minimumSizeHint(self) -> QSize:
        """Narrow: a line wider than the screen pushed the window off it; now it is cut.

        The few words give way first, then the line's end (with «…», whole in the tooltip).
        """
        hint = super().minimumSizeHint()
        if self._texts:
            hint.setWidth(self._width_of("PAIMEF: …"))
        return hint

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        """Show the longest line that fits the width the status bar gave."""
        super().resizeEvent(event)
        self._fit()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Fit the line once shown: the resizes before that came with no width of its own."""
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        # Until the window is shown the label has no width of its own yet: the whole line.
        if not self._texts or not self.isVisible():
            return
        room = self.contentsRect().width() - 2 * self.margin()
        metrics = self.fontMetrics()
        fits = (t for t in self._texts if metrics.horizontalAdvance(t) <= room)
        chosen = next(fits, None)
        if chosen is None:
            chosen = metrics.elidedText(self._texts[-1], Qt.TextElideMode.ElideRight, room)
            self.setToolTip(f"{self._texts[0]}\n\n{self._listing}")
        else:
            self.setToolTip(self._listing)
        if chosen != self.text():
            self.setText(chosen)

    def _width_of(self, text: str) -> int:
        frame = self.width() - self.contentsRect().width()
        return self.fontMetrics().horizontalAdvance(text) + 2 * self.margin() + frame + 1
