"""Dialogs of the year's work: a new year's programme, due dates, requests."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.deadline import non_working_note
from ism_desktop.domain.decided_words import decided_lines
from ism_desktop.domain.delivery_dates import out_of_order
from ism_desktop.domain.dependency_words import CODE_ROOM, with_dependency
from ism_desktop.domain.local_time import local_date_text, local_time_text
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.package_records import TargetChangeRequest
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.typed_date import TYPED_DATE_FORMS
from ism_desktop.domain.wording import PROFILE_MENU, count, shortened
from ism_desktop.domain.year_news import Decision
from ism_desktop.gui.dialog_buttons import add_close, confirm_loss, may_discard, ok_cancel
from ism_desktop.gui.joined_words import kept_whole
from ism_desktop.gui.justify_dialog import APPROVAL, REJECTION, JustifyDialog, SaveJustification
from ism_desktop.gui.read_only_tables import read_only
from ism_desktop.gui.screen_fit import fit_to_screen
from ism_desktop.workspace.quarter_closing import ClosingError, check_due_date
from ism_desktop.workspace.target_requests import requests_to_decide


class DeliveryDatesDialog(QDialog):
    """The delivery date of each quarter's report (day first; empty: not set), of any year."""

    def __init__(
        self,
        year: int,
        dates_of: Callable[[int], Mapping[Quarter, str]],
        years: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        """``years``: those with a programme (dates are set only for them), besides ``year``."""
        super().__init__(parent)
        # In December the coordinating unit sets next year's dates: the year is chosen here.
        self._dates_of = dates_of
        self._year = year
        self._shown: dict[Quarter, str] = {}  # the texts as loaded, to tell what was typed
        form = QFormLayout(self)
        # Only the years with a programme: a date of a year without one cannot be stored.
        self.year = QComboBox()
        for offered in sorted({year, *years}):
            self.year.addItem(str(offered), offered)
        self.year.setCurrentIndex(self.year.findData(year))
        self.year.setAccessibleName("Ejercicio de las fechas de entrega")
        form.addRow("&Ejercicio:", self.year)
        self.fields: dict[Quarter, QLineEdit] = {}
        for quarter in Quarter:
            field = QLineEdit()
            field.setPlaceholderText("DD/MM/AAAA")
            field.setToolTip(f"Escriba la fecha como {TYPED_DATE_FORMS}.")
            field.setAccessibleName(f"Fecha de entrega del trimestre {int(quarter)}")
            # Alt+1 … Alt+4, the quarter's own number (the form makes the label its buddy): by
            # Tab alone, a date was reached only after the year and the dates before it.
            name = quarter.spanish_name.lower()
            form.addRow(f"Trimestre &{int(quarter)} ({name}):", field)
            self.fields[quarter] = field
        ok_cancel(self, form, self._check)
        self._load(year)
        self.year.currentIndexChanged.connect(self._on_year_changed)
        self.fields[Quarter.FIRST].setFocus()  # the dates are what is typed here, most days

    def chosen_year(self) -> int:
        """The year whose dates are shown (and set on «Aceptar»)."""
        return self._year

    def _load(self, year: int) -> None:
        self._year = year
        self.setWindowTitle(f"Fechas de entrega de {year}")
        stored = self._dates_of(year)
        for quarter, field in self.fields.items():
            field.setText(local_date_text(stored.get(quarter, "")))
        self._shown = {quarter: field.text() for quarter, field in self.fields.items()}

    def _typed(self) -> bool:
        return any(field.text() != self._shown[q] for q, field in self.fields.items())

    @override
    def reject(self) -> None:
        question = f"¿Descartar las fechas escritas para {self._year}?"
        if may_discard(self, self._typed(), question):
            super().reject()

    def _on_year_changed(self, index: int) -> None:
        question = f"¿Descartar las fechas escritas para {self._year}?"
        if self._typed() and not confirm_loss(self, "Fechas de entrega", question):
            self.year.blockSignals(True)
            self.year.setCurrentIndex(self.year.findData(self._year))
            self.year.blockSignals(False)
            return
        self._load(int(self.year.itemData(index)))

    def _check(self) -> None:
        """Close only when every date typed is a date after its quarter; else say every wrong one.

        A date on a weekend or an official holiday, or a quarter falling due before an earlier
        one, is allowed once the person says so.
        """
        dates: dict[Quarter, date] = {}
        wrong: dict[Quarter, str] = {}
        for quarter, field in self.fields.items():
            try:
                if text := field.text().strip():
                    dates[quarter] = check_due_date(text, self._year, quarter)
            except ClosingError as exc:
                wrong[quarter] = _upper(str(exc))
        if wrong:  # all at once: with T3 and T4 wrong, T4's was said only after T3 was put right
            QMessageBox.warning(self, self.windowTitle(), "\n".join(wrong.values()))
            self._point_at(next(iter(wrong)))
            return
        typed = [q for q, field in self.fields.items() if field.text() != self._shown[q]]
        notes = {q: note for q in typed if q in dates and (note := non_working_note(dates[q]))}
        late = [q for q in typed if out_of_order(dates, involving={q})]
        said = [*notes.values(), *out_of_order(dates, involving=typed)]
        if said and not confirm_loss(self, self.windowTitle(), _asked([_upper(n) for n in said])):
            self._point_at(next(iter(notes)) if notes else late[0])
            return
        self.accept()

    def _point_at(self, quarter: Quarter) -> None:
        field = self.fields[quarter]
        field.setFocus()
        field.selectAll()

    def values(self) -> dict[Quarter, str]:
        """The date typed for each quarter ("": none, a date stored before is taken away)."""
        return {q: f.text().strip() for q, f in self.fields.items()}


def _upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _asked(notes: list[str]) -> str:
    """«El 12/07/2025 es sábado: ¿dejarla así?», or each date on its line and one question."""
    if len(notes) == 1:
        return f"{notes[0]}: ¿dejarla así?"
    return "".join(f"{note}.\n" for note in notes) + "\n¿Dejarlas así?"


# The request table's meta and reason: long texts, wrapped in the width the others leave.
_WRAPPED = (2, 4)
# Lines of a row at most: a 400-character document filled the table; the whole is in its tip.
_ROW_LINES = 6


def _wrap_long_columns(table: QTableWidget) -> None:
    """Short columns as wide as their contents; the meta and the reason share the rest, wrapped.

    A reason is a sentence or two: at 1366×768 it ran past the dialog's edge with the date.
    Rows are measured whenever the wrapped columns change width: measured when the table was
    built, before the layout gave those columns their width, one long reason took more than
    the whole table and showed none of its lines.
    """
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in _WRAPPED:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is not None:  # a row cut short shows its first lines, not its middle ones
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    header.sectionResized.connect(
        lambda column, _old, _new: _fit_rows(table) if column in _WRAPPED else None
    )
    _fit_rows(table)


def _fit_rows(table: QTableWidget) -> None:
    """Each row as tall as its wrapped text in the columns' width now, up to ``_ROW_LINES``."""
    # Whole lines: the text starts at the row's top, and half a line more reads as a defect.
    tallest = table.fontMetrics().lineSpacing() * _ROW_LINES + 2
    for row in range(table.rowCount()):
        table.resizeRowToContents(row)
        if table.rowHeight(row) > tallest:
            table.setRowHeight(row, tallest)


_NONE_PENDING = (
    "Pendientes: ninguna. Las solicitudes llegan en los paquetes de las unidades, cuando una pide "
    "cambiar su meta modificada; se ven aquí para aprobarlas o rechazarlas."
)


class RequestsDialog(QDialog):
    """Pending target-change requests to approve or reject, and the decisions taken."""

    def __init__(
        self,
        pending: list[TargetChangeRequest],
        decided: list[Decision],
        names: dict[str, str],
        parent: QWidget | None = None,
        decide: Callable[[int, bool, str], str | None] | None = None,
    ) -> None:
        """``decide``: takes a decision with its document or reason, or says why it is refused."""
        super().__init__(parent)
        # Given, the document or reason is asked over the list, which stays until the decision
        # is taken (it closed at «Aprobar…», leaving the question alone on the screen).
        self._decide = decide
        self._names = names
        self.setWindowTitle("Solicitudes de cambio de meta modificada")
        fit_to_screen(self, QSize(1000, 520), parent)
        self.choice: tuple[int, bool] | None = None
        self._pending = list(pending)
        layout = QVBoxLayout(self)
        lines = requests_to_decide(pending)
        self._changes = {request.request_id: change for request, change in lines}
        # «Pendientes: 0» over an empty table said nothing of what would ever be there.
        pending_label = QLabel(f"Pendientes: {len(lines)}" if lines else _NONE_PENDING)
        pending_label.setWordWrap(True)
        layout.addWidget(pending_label)
        headers = ("Núm.", "Unidad", "Meta", "Cambio solicitado", "Motivo", "Fecha")
        self.table = QTableWidget(len(lines), len(headers))
        self.table.setAccessibleName("Solicitudes pendientes")
        self.table.setHorizontalHeaderLabels(list(headers))
        # The row count beside «Núm.» read «1 | 3» once a request was decided: one number only.
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        read_only(self.table)  # Tab goes on to the buttons
        # A state's report repeats unit codes: each says its dependency («003 (dependencia 51)»).
        several = len({r.entity for r in pending} | {d.entity for d in decided}) > 1
        for row, (request, change) in enumerate(lines):
            values = (
                str(request.request_id),
                _unit_said(request.unit, request.entity, several),
                names.get(request.meta_id, request.meta_id),
                change,
                _reason_with_document(request),
                local_time_text(request.requested_at)[:10],
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in _WRAPPED:
                    item.setToolTip(value)
                self.table.setItem(row, column, item)
        _wrap_long_columns(self.table)
        layout.addWidget(self.table, 2)
        actions = QHBoxLayout()
        self.approve_button = QPushButton("&Aprobar…")
        self.reject_button = QPushButton("&Rechazar…")
        for button, approve in ((self.approve_button, True), (self.reject_button, False)):
            button.clicked.connect(lambda _=False, a=approve: self._choose(a))
            button.setEnabled(bool(pending))
            # Enter in the list approved the selected request: a decision takes a click or
            # its letter, and Enter closes (below).
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        layout.addWidget(QLabel("Decididas (quién, cuándo, con qué documento o motivo):"))
        self.decided = QListWidget()
        self.decided.setWordWrap(True)
        self.decided.setAccessibleName("Solicitudes decididas")
        for decision, said in decided_lines(decided):
            # The number it was decided by, as «solicitudes» lists it (none before they were kept).
            number = f"N.º {decision.request_id} · " if decision.request_id else ""
            name = shortened(names.get(decision.meta_id, decision.meta_id))
            unit = _unit_said(decision.unit, decision.entity, several)
            line = f"{number}Unidad {unit} · {name} · {said}"
            self.decided.addItem(kept_whole(line, [decision.document] if decision.approved else []))
        layout.addWidget(self.decided, 1)
        # Enter closes the list: approving takes a click or Alt+A, never a stray Enter.
        add_close(self, layout).setDefault(True)
        if pending:
            self.table.selectRow(0)

    def _choose(self, approve: bool) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        request_id = int(item.text())
        self.choice = (request_id, approve)
        if self._decide is None:
            self.accept()
            return
        decide = self._decide
        request = next(r for r in self._pending if r.request_id == request_id)
        name = self._names.get(request.meta_id, request.meta_id)
        about = decision_about(request, name, self._changes.get(request_id, ""))
        offered = request.document if approve else ""  # the one the unit cited, first
        if ask_decision(self, about, offered, approve, lambda t: decide(request_id, approve, t)):
            self.accept()  # decided: the caller says what was done and shows the list again


def _reason_with_document(request: TargetChangeRequest) -> str:
    """The unit's reason, and the document it cited: the one the approval is likely to name."""
    reason = request.reason or "—"
    return f"{reason} (documento: {request.document})" if request.document else reason


def decision_about(request: TargetChangeRequest, name: str, change: str) -> str:
    """What a decision is about, above its field: the request, its unit and meta, the change."""
    # Rich text: a «<» or «&» the unit wrote is shown as written, not read as markup.
    head = escape(f"Solicitud N.º {request.request_id} · Unidad {request.unit.value} · {name}")
    asked = escape(f"Cambio solicitado: {change}")
    why = escape(f"Motivo de la unidad: {_reason_with_document(request)}")
    return f"<b>{head}</b><br><br>{asked}<br>{why}"


def ask_decision(
    parent: QWidget, about: str, offered: str, approve: bool, decide: SaveJustification
) -> bool:
    """Approve (the document, ``offered`` first) or reject (the reason); False if cancelled.

    ``decide`` takes the decision or says why not: said in red, the dialog stays open with what
    was typed (a refusal in a box once the question had closed lost it, to be typed again).
    """
    wording = APPROVAL if approve else REJECTION
    dialog = JustifyDialog(about, offered, parent, save=decide, wording=wording)
    return dialog.exec() == JustifyDialog.DialogCode.Accepted


def approved_text(year: int, metas: int, worked_on: int, *, offered: bool = False) -> str:
    """What an approval says, and the next step: sending the bases of the year approved.

    ``offered``: the question whether to work on ``year`` follows this box (it is asked once
    per year on a PC): the way to that year is the question, not the configuration.
    """
    send = "Coordinación → Enviar programa base a las unidades…"
    # The bases are written for the year this PC works on: another one is named.
    how = "se le pregunta a continuación" if offered else PROFILE_MENU
    then = (
        f"Envíe los programas base a las unidades ({send})."
        if year == worked_on
        else f"Para enviar sus programas base a las unidades, trabaje el ejercicio {year} "
        f"({how}) y use «{send}»."
    )
    return f"Programa {year} aprobado ({count(metas, 'meta', 'metas')}). {then}"


def decided_text(decisions: Sequence[Decision], meta_of: Callable[[str], Meta]) -> str:
    """What a decision did, under the unit and meta it was for (the list is closed by then)."""
    if not decisions:
        return ""
    first = decisions[0]
    head = f"Unidad {first.unit} · {shortened(meta_of(first.meta_id).description)}"
    lines = [head, *(said for _decision, said in decided_lines(decisions))]
    return "\n".join(lines) + f"\n\n{_next_step(first)}"


def _next_step(decision: Decision) -> str:
    """What happens now: the unit learns of it, and its figure comes back, only by a package.

    Rejected, the unit still held the figure it asked, and nothing said that a programa base
    (or observations) had to go to it for the figure to come back.
    """
    unit = decision.unit
    send = (
        "Coordinación → Enviar programa base a las unidades…, o Coordinación → Enviar "
        "observaciones a una unidad…"
    )
    # Of its year: the next year's programa base does not carry it, and the unit kept waiting.
    of_year = f"del ejercicio {decision.year}"
    if decision.approved:
        return (
            f"La unidad {unit} sabrá que se aprobó cuando reciba su programa base o un paquete "
            f"de observaciones {of_year}: envíele uno ({send})."
        )
    return (
        f"La unidad {unit} sigue con la cifra que pidió hasta que reciba su programa base o un "
        f"paquete de observaciones {of_year}: envíele uno ({send}); al recibirlo, su meta "
        "modificada vuelve a la de esta computadora."
    )


def _unit_said(unit: UnitCode, entity: str, several: bool) -> str:
    """«003», or «003 (dependencia 51)» among several (a long code cut to its room)."""
    return with_dependency(unit.value, shortened(entity, CODE_ROOM), several)
