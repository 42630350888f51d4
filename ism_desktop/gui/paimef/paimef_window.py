"""The PAIMEF window: the Programa Anual with live findings, dates and deadlines, indicators."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.business_calendar import BusinessCalendar, NonWorkingDay
from ism_desktop.domain.paimef.findings import PaimefFinding
from ism_desktop.domain.paimef.indicator_captures import indicator_results
from ism_desktop.domain.paimef.input_parsing import MAX_YEAR, MIN_YEAR, InputError
from ism_desktop.domain.paimef.money import AmountError
from ism_desktop.domain.paimef.programme import DEFAULT_INSTITUTION, Action, AnnualProgramme
from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.gui.dialog_buttons import confirm_loss
from ism_desktop.gui.justify_dialog import ask_justification
from ism_desktop.gui.message_line import MessageLine
from ism_desktop.gui.paimef.deadlines_tab import DeadlinesTab
from ism_desktop.gui.paimef.history_tab import HistoryTab
from ism_desktop.gui.paimef.indicators_tab import IndicatorsTab, store_typed_capture
from ism_desktop.gui.paimef.programme_files import (
    export_programme,
    import_programme_file,
    write_informe_files,
)
from ism_desktop.gui.paimef.programme_tab import ProgrammeTab, heading_text
from ism_desktop.platform import describe_os_error
from ism_desktop.workspace.opening import Store, StoreError
from ism_desktop.workspace.paimef_calendar import change_non_working_days
from ism_desktop.workspace.paimef_justifications import (
    finding_key,
    justification_refused,
    justifications,
)
from ism_desktop.workspace.paimef_programme import (
    ActionKeyTakenError,
    edit_programme,
    latest_programme,
    with_action_checked,
)
from ism_desktop.workspace.paimef_review import deadlines_for, non_working_days, review


class PaimefWindow(QDialog):
    """Everything PAIMEF in one window; every change is saved (with its audit entry) at once."""

    def __init__(
        self, store: Store, author: Author, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.author, self.today = store, author, today
        self.programme = latest_programme(store) or AnnualProgramme(today.year, DEFAULT_INSTITUTION)
        self._current_key: str | None = None
        # Set while the window itself moves the selection: no acción is being left then.
        self._switching = False
        # Why the acción typed was last refused: the refusal said goes once this has changed.
        self._refused_for = ""
        self._findings: list[PaimefFinding] = []
        self._calendar_problem = ""
        self.setWindowTitle("PAIMEF — Programa Anual, plazos e indicadores")
        self.resize(1280, 700)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel("Ejercicio:"))
        self.year = QSpinBox()
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(self.programme.year)
        self.year.setAccessibleName("Ejercicio")
        self.year.valueChanged.connect(self.show_year)
        top.addWidget(self.year)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.heading, 1)
        for text, slot in (
            ("&Importar…", self.import_file),
            ("E&xportar…", self.export_file),
            ("Informe PDF &y Excel…", self.write_informe),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            top.addWidget(button)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._programme_tab(), "&Programa Anual")
        self.deadlines_tab = DeadlinesTab()
        self.deadlines_tab.date_edited.connect(self._on_date_edited)
        self.deadlines_tab.non_working_changed.connect(self._on_non_working_changed)
        self.deadlines_tab.input_rejected.connect(self._say)
        self.tabs.addTab(self.deadlines_tab, "&Fechas y plazos")
        self.indicators_tab = IndicatorsTab()
        self.indicators_tab.capture_edited.connect(self._on_capture_edited)
        self.tabs.addTab(self.indicators_tab, "In&dicadores (Anexo 5)")
        self.history_tab = HistoryTab(store, lambda: self.programme.year)
        self.tabs.addTab(self.history_tab, "&Historial de cambios")
        layout.addWidget(self.tabs, 1)
        self.message = MessageLine()
        layout.addWidget(self.message)
        # No default button: Enter saves the acción, and never presses «Importar…» elsewhere.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._refresh()
        self.table.selectRow(0)

    def _programme_tab(self) -> QWidget:
        tab = self._tab = ProgrammeTab()
        self.model, self.table, self.form = tab.model, tab.table, tab.form
        self.summary, self.findings = tab.summary, tab.findings
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        tab.new_button.clicked.connect(self.new_action)
        tab.delete_button.clicked.connect(self.delete_action)
        tab.justify_button.clicked.connect(lambda: self.justify_selected())
        self.form.draft_changed.connect(self._on_draft)
        self.form.save_requested.connect(self.save_action)
        return tab

    def _refresh(self, findings: list[PaimefFinding] | None = None) -> None:
        programme = self.programme
        self._calendar_problem = ""
        try:
            days = non_working_days(self.store)
            calendar: BusinessCalendar | None = BusinessCalendar(days)
        except PaimefFormatError as exc:
            self._calendar_problem = str(exc)
            self._say(f"No se pueden calcular los plazos: {exc}")
            calendar, days = None, []
        # Read here once: the rules run again at every keystroke (``_on_draft``).
        self._calendar = calendar or BusinessCalendar()
        self._captures = self.store.paimef.captures()
        if findings is None:
            findings = review(self.store, programme, self.today, self._calendar, self._captures)
        errors = {f.action for f in findings if f.is_error and f.action}
        self.model.set_actions(programme.actions, errors)
        self._show_findings(findings)
        self.heading.setText(heading_text(programme))
        self.deadlines_tab.show_dates(programme.dates)
        self.deadlines_tab.show_non_working(days)
        if calendar is not None:
            deadlines = deadlines_for(self.store, programme.year, programme.dates, calendar)
            self.deadlines_tab.show_deadlines(deadlines, self.today, calendar)
        self.indicators_tab.show_results(indicator_results(programme.year, self._captures))
        self.history_tab.refresh_if_shown()
        if self._current_key is not None:
            row = self.model.row_of(self._current_key)
            if row >= 0:
                self.table.selectRow(row)

    def show_year(self, year: int) -> None:
        """Work on another fiscal year's programme (a new, empty one if none is stored)."""
        if not self._settle_form():
            self.year.blockSignals(True)
            self.year.setValue(self.programme.year)
            self.year.blockSignals(False)
            return
        stored = self.store.paimef.load(year)
        self.programme = stored or AnnualProgramme(year, DEFAULT_INSTITUTION)
        # What was said was about the year left.
        self._say(
            ""
            if stored
            else f"El ejercicio {year} no tiene Programa Anual guardado: empieza vacío."
        )
        self._current_key = None
        self._refresh()
        self.table.selectRow(0)
        if not self.programme.actions:
            self.form.load(None)

    def _show_findings(self, findings: list[PaimefFinding]) -> None:
        self._findings = findings
        justified = justifications(self.store, self.programme.year)
        self._tab.show_findings(findings, {finding_key(f) for f in findings} & set(justified))

    def justify_selected(self, text: str | None = None) -> None:
        """Justify the selected warning; without ``text`` the reason is asked for."""
        row = self.findings.currentRow()
        if not 0 <= row < len(self._findings):
            self._say("Elija un aviso de la lista.")
            return
        finding = self._findings[row]
        save = partial(justification_refused, self.store, self.programme.year, finding, self.author)
        if text is None:  # asked: a refusal is said in the dialog, which keeps the text
            if not ask_justification(self, finding.message, save):
                return
        elif (refused := save(text)) is not None:
            self._say(refused)
            return
        self._say("Justificación guardada.")
        self._refresh()

    def _on_row_changed(self) -> None:
        if self._switching:
            return
        action = self.model.action_at(self.table.currentIndex().row())
        key = None if action is None else action.key
        if key == self._current_key and self.form.edited():
            return  # the same acción shown again (the list was refreshed): keep what is typed
        if not self._settle_form():
            # The acción still being edited, now and after the click applies its own selection.
            self._select(self._current_key)
            QTimer.singleShot(0, partial(self._select, self._current_key))
            return
        self._select(key)
        self._current_key = key
        self.form.load(None if key is None else self.programme.action(key))

    def _select(self, key: str | None) -> None:
        self._switching = True
        try:
            row = -1 if key is None else self.model.row_of(key)
            if row >= 0:
                self.table.selectRow(row)
            else:
                self.table.clearSelection()
        finally:
            self._switching = False

    def _settle_form(self) -> bool:
        """Store what was typed before the form shows something else, or (asked) discard it."""
        if not self.form.edited():
            return True
        try:
            action = self.form.to_action()
        except (InputError, AmountError) as exc:
            reason: str | None = str(exc)
        else:
            if action == self.form.shown:
                return True
            reason = self._store_action(action)
        if reason is None:
            return True
        which = f"La acción {self._current_key}" if self._current_key else "La acción nueva"
        text = f"{which} tiene cambios que no se pueden guardar: {reason}"
        ask = f"{text}\n\n¿Descartar esos cambios?"
        if not confirm_loss(self, "Cambios sin guardar", ask):
            return False
        self.form.load(self.form.shown)  # discarded: nothing typed is left to ask about again
        return True

    def reject(self) -> None:
        """Close (Esc or the window's button) once what was typed is saved or discarded."""
        if self._settle_form() and self.indicators_tab.may_close():
            super().reject()

    def _on_draft(self, draft: Action | None) -> None:
        # Live, with the acción as typed; as stored while it reads as none («7x9» is not $7).
        candidate = self.programme
        if draft is not None:
            candidate = self.programme.with_action(draft, self._current_key)
        # An earlier refusal is stale once the acción reads again, or once one of its reasons
        # is mended while another remains (the form says what remains).
        if self.message.text().startswith("No se guardó") and (
            draft is not None or self.form.problem.text() != self._refused_for
        ):
            self._say("")
        said = review(self.store, candidate, self.today, self._calendar, self._captures)
        self._show_findings(said)

    def new_action(self) -> None:
        """Clear the form for a new acción."""
        if not self._settle_form():
            return
        self._select(None)
        self._current_key = None
        self.form.load(None)
        self.form.key.setFocus()

    def save_action(self) -> None:
        """Store the acción in the form (a new one, or over the one selected)."""
        try:
            action = self.form.to_action()
        except ValueError as exc:
            # Its problems are whole sentences, each with its capital: after a colon they read
            # as one run-on line («No se guardó: Nombre: …»).
            self._say(f"No se guardó. {exc}")
            self._refused_for = str(exc)
            return
        self._store_action(action)

    def _store_action(self, action: Action) -> str | None:
        """Store the acción typed (its clave free as stored now); why not (also said), or None."""
        current, what = self._current_key, f"acción {action.key} guardada"
        failure = self._save(lambda stored: with_action_checked(stored, action, current), what)
        if failure is not None:
            return failure
        self._current_key = action.key
        self.form.mark_saved(action)
        self._switching = True
        try:
            self._refresh()
        finally:
            self._switching = False
        return None

    def delete_action(self) -> None:
        """Remove the selected acción (after asking)."""
        key = self._current_key
        if key is None:
            return self._say("Elija en la lista la acción que quiere eliminar.")
        if not confirm_loss(self, "Eliminar acción", f"¿Eliminar la acción {key}?"):
            return
        what = f"acción {key} eliminada"
        if self._save(lambda stored: stored.without_action(key), what) is not None:
            return
        # What was typed in it goes with it: left in the form, leaving it would store it again.
        self._current_key = None
        self.form.load(None)
        self._refresh()

    def _save(self, edit: Callable[[AnnualProgramme], AnnualProgramme], what: str) -> str | None:
        """Store one edit; why it was not stored (also said), or None.

        The edit is made on the programme as stored now: what a command wrote while this
        window was open stays, and shows here once this is saved.
        """
        try:
            change = edit_programme(self.store, self.programme, edit, self.author, what, self.today)
        except ActionKeyTakenError as exc:
            self._say(f"No se guardó: {exc}.")
            return str(exc)
        except StoreError as exc:
            self._say(f"No se guardó: {exc}")
            return str(exc)
        self.programme = change.programme
        self._say(f"Guardado: {what}." if change.changes else "Sin cambios.")
        return None

    def _on_date_edited(self, key: str, day: date | None) -> None:
        self._save(lambda stored: stored.with_date(key, day), "fechas")
        self._refresh()

    def _on_non_working_changed(self, days: list[NonWorkingDay]) -> None:
        if self._calendar_problem:
            # The damaged file is the user's data: it is never replaced without being read.
            self._say(f"No se cambió nada: corrija antes el archivo. {self._calendar_problem}")
            return
        try:
            saved = change_non_working_days(self.store, days, self.author)
        except OSError as exc:
            self._say(f"No se guardaron los días inhábiles: {describe_os_error(exc)}")
        except (StoreError, PaimefFormatError) as exc:
            self._say(f"No se guardaron los días inhábiles: {exc}")
        else:
            self._say(f"Guardado: {saved.summary}." if saved.changes else "Sin cambios.")
        self._refresh()

    def _on_capture_edited(self, number: int, period: str, text: str) -> None:
        said, refused = store_typed_capture(self.store, self.author, number, period, text)
        self._say(said)
        self._refresh()
        if refused is not None:  # nothing stored; the text stays, marked, to be corrected
            self.indicators_tab.keep_refused(number, period, text, refused)

    def _say(self, text: str) -> None:
        self.message.say(text)

    def import_file(self) -> None:
        """Replace the year's programme with a .json or .xlsx file (a backup is made first)."""
        if not self._settle_form():
            return
        if (imported := import_programme_file(self, self.store, self.author, self.today)) is None:
            return
        said, change = imported
        self.programme = change.programme
        with QSignalBlocker(self.year):
            self.year.setValue(self.programme.year)
        self._current_key = None  # the acción shown may not be in the file: shown afresh
        self.form.load(None)
        self._refresh(list(change.findings))
        self.table.selectRow(0)
        self._say(said)

    def export_file(self) -> None:
        """Write the programme as .json or as the .xlsx template (the acción as typed in it)."""
        if not self._settle_form():
            return
        if said := export_programme(self, self.programme):
            self._say(said)

    def write_informe(self) -> None:
        """Write the informe parcial / final as PDF and xlsx side by side (as typed, too)."""
        if not self._settle_form():
            return
        if said := write_informe_files(self, self.store, self.programme, self.today):
            self._say(said)
