"""Dates the user records, the deadlines they start (with a countdown) and non-working days."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar, NonWorkingDay
from ism_desktop.domain.paimef.deadlines import DayKind, Deadline, DeadlineState
from ism_desktop.domain.paimef.findings import message_with_remedy
from ism_desktop.domain.paimef.input_parsing import InputError, parse_typed_date
from ism_desktop.domain.paimef.key_dates import KEY_DATES
from ism_desktop.domain.paimef.non_working_changes import (
    already_there,
    known_non_working,
    with_day,
)
from ism_desktop.domain.paimef.non_working_checks import closed_anyway, closed_anyway_finding
from ism_desktop.domain.typed_date import TYPED_DATE_FORMS, day_first
from ism_desktop.gui.dialog_buttons import confirm_loss
from ism_desktop.gui.paimef.date_cell_keys import DeleteClearsDate
from ism_desktop.gui.read_only_tables import read_only

# «Días restantes», each cell in its term's days: «2 naturales», «8 hábiles», «hace 3 hábiles».
# All counted in días hábiles, the 15 March on a Sunday (días naturales) read «0» two days before.
DEADLINE_HEADINGS = ("Vence", "Numeral", "Plazo", "Responsable", "Días restantes", "Estado")
_LEFT_COLUMN = 4
_COLOURS = {
    DeadlineState.MISSED: QColor(255, 205, 210),
    DeadlineState.LATE: QColor(255, 224, 178),
    DeadlineState.MET: QColor(200, 230, 201),
}
_SOON = QColor(255, 243, 196)
# A listed day the week or the law closes anyway: the colour of a warning's text.
_ALREADY_CLOSED = QColor(140, 80, 0)
# Rows of days off seen before that list scrolls: two even when empty (it reads as a list to
# fill), at most six (few years close more offices than that); the deadlines get the rest.
_DAYS_OFF_ROWS = (2, 6)


def _item(text: str, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    else:  # a date typed: how it may be written
        item.setToolTip(f"Escriba la fecha como {TYPED_DATE_FORMS}.")
    return item


class DeadlinesTab(QWidget):
    """Edits the recorded dates and the non-working days; shows every computed deadline."""

    date_edited = Signal(str, object, str)  # key, date | None, the text typed
    non_working_changed = Signal(object)  # list[NonWorkingDay]
    input_rejected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._days: list[NonWorkingDay] = []
        self._shown_dates: dict[str, date] = {}  # the dates stored, as last shown
        split = QSplitter(Qt.Orientation.Horizontal)
        dates_box = QGroupBox("Fechas &registradas (DD/MM/AAAA)")
        self.dates = QTableWidget(len(KEY_DATES), 2)
        self.dates.setAccessibleName("Fechas registradas")
        self.dates.setHorizontalHeaderLabels(("Evento o entrega", "Fecha"))
        self.dates.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Rows as tall as their event's name at the column's width: two lines cut both
        # «Recepción de observaciones al ajuste…» alike (estructural or total?).
        self.dates.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.dates.verticalHeader().hide()
        for row, label in enumerate(KEY_DATES.values()):
            self.dates.setItem(row, 0, _item(label))
            self.dates.setItem(row, 1, _item("", editable=True))
        self.dates.itemChanged.connect(self._on_date_changed)
        # Tab goes on to the deadlines and the days off (70 cells away otherwise); the arrow
        # keys move from date to date, and typing or F2 edits one.
        self.dates.setTabKeyNavigation(False)
        # On the date, not the event's name (no typing there): a date typed went nowhere.
        self.dates.currentCellChanged.connect(self._to_the_date)
        self.dates.installEventFilter(DeleteClearsDate(self.dates, 1))
        QVBoxLayout(dates_box).addWidget(self.dates)
        split.addWidget(dates_box)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        deadlines_box = QGroupBox("Pla&zos de las Reglas de Operación")
        self.deadlines = QTableWidget(0, len(DEADLINE_HEADINGS))
        self.deadlines.setAccessibleName("Plazos")
        self.deadlines.setHorizontalHeaderLabels(DEADLINE_HEADINGS)
        self.deadlines.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # «hace 196 hábiles» is wider than a column's default: cut to «hace 196 há…».
        self.deadlines.horizontalHeader().setSectionResizeMode(
            _LEFT_COLUMN, QHeaderView.ResizeMode.ResizeToContents
        )
        # Rows follow the «Plazo» column's width as laid out: sized once before the window was
        # shown, they kept the narrow column of then and stood three lines tall each.
        rows = self.deadlines.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.hide()
        read_only(self.deadlines)
        QVBoxLayout(deadlines_box).addWidget(self.deadlines)
        # At 1366 × 768 the deadlines scrolled over an empty days-off list a third of the tab
        # tall: that list is as tall as its rows, and the deadlines take what is left.
        right_layout.addWidget(deadlines_box, 1)
        right_layout.addWidget(self._non_working_box(), 0)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(split)

    def go_to_date(self, key: str) -> None:
        """Put the cursor on the recorded date ``key`` (to type or correct it)."""
        if key in KEY_DATES:
            self.dates.setCurrentCell(list(KEY_DATES).index(key), 1)
        self.dates.setFocus()

    def go_to_day_off(self, day: date) -> None:
        """Choose the listed non-working ``day`` (to remove it)."""
        rows = [row for row, listed in enumerate(self._days) if listed.day == day]
        if rows:
            self.non_working.setCurrentCell(rows[0], 0)
        self.non_working.setFocus()

    def _to_the_date(self, row: int, column: int) -> None:
        if column == 0 and row >= 0:
            self.dates.setCurrentCell(row, 1)

    def _non_working_box(self) -> QGroupBox:
        box = QGroupBox("Días inhábi&les agregados (además de los de la Ley Federal del Trabajo)")
        layout = QVBoxLayout(box)
        self.non_working = QTableWidget(0, 2)
        self.non_working.setAccessibleName("Días inhábiles")
        self.non_working.setHorizontalHeaderLabels(("Día", "Motivo"))
        self.non_working.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.non_working.verticalHeader().hide()
        read_only(self.non_working)
        self._fit_non_working()
        layout.addWidget(self.non_working)
        row = QHBoxLayout()
        self.new_day = QLineEdit()
        self.new_day.setPlaceholderText("DD/MM/AAAA")
        self.new_day.setToolTip(f"Escriba el día como {TYPED_DATE_FORMS}.")
        self.new_day.setAccessibleName("Día inhábil nuevo")
        self.new_reason = QLineEdit()
        self.new_reason.setPlaceholderText("Motivo (Semana Santa, cierre de oficinas…)")
        self.new_reason.setAccessibleName("Motivo del día inhábil")
        add = QPushButton("A&gregar día")  # Alt+A: the window's *Archivo*
        add.clicked.connect(self._add_day)
        remove = QPushButton("&Quitar día")
        remove.clicked.connect(self._remove_day)
        # Each box its letter (a box's letter goes to the list above them): Tab alone before.
        day_label, reason_label = QLabel("Día &nuevo:"), QLabel("M&otivo:")
        day_label.setBuddy(self.new_day)
        reason_label.setBuddy(self.new_reason)
        for widget in (day_label, self.new_day, reason_label, self.new_reason, add, remove):
            row.addWidget(widget)
        # Enter adds the day, as it saves an acción: it did nothing, and the next day typed
        # ran on after this one.
        for edit in (self.new_day, self.new_reason):
            edit.returnPressed.connect(self._add_day)
        layout.addLayout(row)
        return box

    def show_dates(self, dates: dict[str, date]) -> None:
        """Fill the recorded dates."""
        self._shown_dates = dict(dates)
        self._loading = True
        for row, key in enumerate(KEY_DATES):
            day = dates.get(key)
            self.dates.setItem(row, 1, _item("" if day is None else day_first(day), True))
        self._loading = False

    def show_deadlines(
        self, deadlines: list[Deadline], today: date, calendar: BusinessCalendar
    ) -> None:
        """Fill the deadlines with the business days left and their state, coloured."""
        self.deadlines.setRowCount(len(deadlines))
        for row, item in enumerate(deadlines):
            state = item.state(today)
            left = calendar.business_days_until(today, item.due)
            cells = (
                day_first(item.due),
                item.term.numeral,
                item.description,
                item.term.responsible,
                ""
                if state in (DeadlineState.MET, DeadlineState.LATE)
                else _left(item, today, calendar),
                item.state_text(today),
            )
            colour = _COLOURS.get(state) or (_SOON if 0 <= left <= 5 else None)
            for column, text in enumerate(cells):
                cell = _item(text)
                if colour is not None:
                    cell.setBackground(QBrush(colour))
                self.deadlines.setItem(row, column, cell)

    def show_non_working(self, days: list[NonWorkingDay]) -> None:
        """Fill the non-working days added by the user."""
        changed, self._days = self._days != list(days), list(days)
        self.non_working.setRowCount(len(days))
        for row, day in enumerate(days):
            self.non_working.setItem(row, 0, _item(day_first(day.day)))
            reason = _item(day.reason)
            # An older list may hold a weekend: warned of in the review, and marked here,
            # where it would be removed.
            closed, finding = closed_anyway(day), closed_anyway_finding(day)
            if closed is not None and finding is not None:
                reason.setText(f"{day.reason} — ya era inhábil ({closed[1]}); puede quitarlo")
                reason.setToolTip(message_with_remedy(finding))
                reason.setForeground(QBrush(_ALREADY_CLOSED))
            self.non_working.setItem(row, 1, reason)
        if changed:
            # The row left chosen after a removal was the next day: «Quitar día» again took it.
            self.non_working.setCurrentCell(-1, -1)
        self._fit_non_working()

    def _fit_non_working(self) -> None:
        """As tall as its rows, within ``_DAYS_OFF_ROWS``."""
        table = self.non_working
        fewest, most = _DAYS_OFF_ROWS
        rows = min(max(table.rowCount(), fewest), most)
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + rows * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
        )

    def _on_date_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 1:
            return
        key = list(KEY_DATES)[item.row()]
        text = item.text().strip()
        if not text:
            self.date_edited.emit(key, None, text)
            return
        try:
            self.date_edited.emit(key, parse_typed_date(text), text)
        except InputError as exc:
            # The date kept goes back in the cell: the deadlines below are computed from it.
            # Its text only: replacing the item here would delete the one being signalled.
            kept = self._shown_dates.get(key)
            # Said as a date the database refuses is: not saved, and what stays.
            now = "sin fecha" if kept is None else f"la fecha guardada, {day_first(kept)}"
            self.input_rejected.emit(f"No se guardó en «{KEY_DATES[key]}»: {exc} Sigue {now}.")
            self._loading = True
            item.setText("" if kept is None else day_first(kept))
            self._loading = False

    def typing_a_day(self) -> bool:
        """Whether a day or its reason is typed and not yet added."""
        return bool(self.new_day.text() or self.new_reason.text())

    def _add_day(self) -> None:
        try:
            day = parse_typed_date(self.new_day.text())
        except InputError as exc:
            self.input_rejected.emit(f"Día inhábil: {exc}")
            return
        if (known := known_non_working(day)) is not None:
            self.input_rejected.emit(known)  # what was typed stays, to correct the date
            return
        reason = self.new_reason.text().strip() or "Día inhábil"
        listed = already_there(self._days, day)
        if listed is not None:
            said = f"El {day_first(day)} ya es día inhábil («{listed.reason}»)"
            if listed.reason == reason:
                self.input_rejected.emit(f"{said}: no se cambió nada.")
                return
            # Kept as typed on «No»: the date or the reason was likely a slip to correct.
            question = f"{said}. ¿Cambiar su motivo por «{reason}»?"
            if not confirm_loss(self, "Día inhábil ya agregado", question):
                return
        self.new_day.clear()
        self.new_reason.clear()
        self.new_day.setFocus()  # ready for the next day: left in «Motivo», it was typed there
        self.non_working_changed.emit(with_day(self._days, NonWorkingDay(day, reason)))

    def _remove_day(self) -> None:
        row = self.non_working.currentRow()
        if 0 <= row < len(self._days):
            self.non_working_changed.emit(self._days[:row] + self._days[row + 1 :])
        else:  # it did nothing, without a word
            self.input_rejected.emit("Elija en la lista el día inhábil que quiere quitar.")


def _left(item: Deadline, today: date, calendar: BusinessCalendar) -> str:
    days = item.days_left(today, calendar)
    unit = "naturales" if item.term.kind is DayKind.CALENDAR else "hábiles"
    return f"{days} {unit}" if days >= 0 else f"hace {-days} {unit}"
