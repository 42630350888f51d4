"""The PAIMEF window: the Programa Anual with live findings, dates and deadlines, indicators."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.business_calendar import BusinessCalendar, NonWorkingDay
from ism_desktop.domain.paimef.findings import PaimefFinding
from ism_desktop.domain.paimef.indicator_captures import indicator_results
from ism_desktop.domain.paimef.input_parsing import MAX_YEAR, MIN_YEAR
from ism_desktop.domain.paimef.key_dates import key_date_label
from ism_desktop.domain.paimef.programme import DEFAULT_INSTITUTION, AnnualProgramme
from ism_desktop.domain.typed_date import day_first
from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.gui.justify_dialog import Withdrawal, ask_justification
from ism_desktop.gui.message_line import MessageLine
from ism_desktop.gui.paimef.action_editing import ActionEditingDialog
from ism_desktop.gui.paimef.cell_typing import TypedCells
from ism_desktop.gui.paimef.deadlines_tab import DeadlinesTab
from ism_desktop.gui.paimef.file_menu import add_file_menu
from ism_desktop.gui.paimef.finding_places import go_to_finding
from ism_desktop.gui.paimef.history_tab import HistoryTab
from ism_desktop.gui.paimef.indicators_tab import IndicatorsTab, store_typed_capture
from ism_desktop.gui.paimef.informe_printing import InformePrinting
from ism_desktop.gui.paimef.programme_files import export_programme, import_programme_file
from ism_desktop.gui.paimef.programme_tab import ProgrammeTab, heading_text
from ism_desktop.gui.paimef.undo_menu import PaimefUndoMenu, watch_typing_undo
from ism_desktop.gui.wide_digits import number_box
from ism_desktop.platform import describe_os_error
from ism_desktop.workspace.opening import Store, StoreError
from ism_desktop.workspace.paimef_informe import informe_for
from ism_desktop.workspace.paimef_justifications import (
    finding_key,
    justification_refused,
    justifications,
    withdrawal_refused,
)
from ism_desktop.workspace.paimef_programme import latest_programme
from ism_desktop.workspace.paimef_review import deadlines_for, non_working_days
from ism_desktop.workspace.paimef_undo import PaimefEditing, PaimefReplay


class PaimefWindow(ActionEditingDialog):
    """Everything PAIMEF in one window; every change is saved (with its audit entry) at once."""

    # The data was shown again as stored, as after each change saved: whoever shows PAIMEF
    # elsewhere (the main window's countdown) reads it again then, not when this closes.
    reloaded = Signal()

    def __init__(
        self, store: Store, author: Author, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.author, self.today = store, author, today
        self.editing = PaimefEditing(store, author, today)
        self.programme = latest_programme(store) or AnnualProgramme(today.year, DEFAULT_INSTITUTION)
        self._current_key: str | None = None
        self._switching = False
        self._refused_for = ""
        self._findings: list[PaimefFinding] = []
        self._calendar_problem = ""
        # The last message of each tab, by its index: one line under them all, and what one
        # tab said (a capture's result) does not apply under another.
        self._said: dict[int, str] = {}
        self.setWindowTitle("PAIMEF — Programa Anual, plazos e indicadores")
        self.resize(1280, 700)
        layout = QVBoxLayout(self)
        self.undo_menu = PaimefUndoMenu(self.editing, self, self._settle_typing, self.typed_in)
        self.undo_menu.replayed.connect(self._on_replayed)
        self.undo_menu.refused.connect(self.show_as_stored)
        layout.setMenuBar(self.undo_menu.bar)
        top = QHBoxLayout()
        # Alt+I: the I of «Importar…», which is in *Archivo* now; Alt+E is «Eliminar acción».
        year_label = QLabel("Ejerc&icio:")
        top.addWidget(year_label)
        self.year = number_box(MIN_YEAR, MAX_YEAR)
        year_label.setBuddy(self.year)
        self.year.setValue(self.programme.year)
        self.year.setAccessibleName("Ejercicio")
        self.year.valueChanged.connect(self.show_year)
        top.addWidget(self.year)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)  # a long instancia's name fits 1366 pixels on two lines
        top.addWidget(self.heading, 1)
        tab = self.indicators_tab = IndicatorsTab()
        informe, cells = (
            lambda: informe_for(store, self.programme, today),
            lambda: self.cells.save(self._say, self.message.text) or tab.still_refused(),
        )
        self.printing = printing = InformePrinting(
            self, self._settle_form, informe, self._say, cells
        )
        self.write_informe = printing.write  # PDF and xlsx side by side (as typed, too)
        files = (self.import_file, self.export_file)
        self.file_menu = add_file_menu(self.undo_menu.bar, self, files, printing)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._programme_tab(), "&Programa Anual")
        self.deadlines_tab = DeadlinesTab()
        self.deadlines_tab.date_edited.connect(self._on_date_edited)
        self.deadlines_tab.non_working_changed.connect(self._on_non_working_changed)
        self.deadlines_tab.input_rejected.connect(self._say)
        # Back in the emptied «día» box once a day is added: Ctrl+Z there is the window's.
        watch_typing_undo(
            self.deadlines_tab, self.deadlines_tab.typing_a_day, self.undo_menu.actions
        )
        self.tabs.addTab(self.deadlines_tab, "&Fechas y plazos")
        self.indicators_tab.capture_edited.connect(self._on_capture_edited)
        self.tabs.addTab(self.indicators_tab, "Indicadores (Anexo &5)")
        self.history_tab = HistoryTab(store, lambda: self.programme.year)
        self.tabs.addTab(self.history_tab, "&Historial de cambios")
        self.cells: TypedCells = TypedCells(
            (
                (self.form.goals, "las metas de la acción"),
                (self.indicators_tab.table, "el indicador"),
                (self.deadlines_tab.dates, "la fecha"),
            )
        )
        layout.addWidget(self.tabs, 1)
        self.message = MessageLine()
        layout.addWidget(self.message)
        self.tabs.currentChanged.connect(self._show_tab_message)
        # No default button: Enter saves the acción, and never presses «Nueva acción» elsewhere.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._refresh()
        self.table.selectRow(0)
        # Not in «Ejercicio» (an arrow changed the year); not in an empty list: it draws no focus.
        (self.table if self.programme.actions else self.form.key).setFocus()

    def _programme_tab(self) -> QWidget:
        tab = self._tab = ProgrammeTab()
        self.model, self.table, self.form = tab.model, tab.table, tab.form
        self.summary, self.findings, self.transversal = tab.summary, tab.findings, tab.transversal
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        tab.new_button.clicked.connect(self.new_action)
        tab.delete_button.clicked.connect(self.delete_action)
        tab.justify_button.clicked.connect(lambda: self.justify_selected())
        self.findings.itemActivated.connect(self._act_on_finding)
        self.form.draft_changed.connect(self._on_draft)
        self.form.draft_changed.connect(lambda _draft: self.undo_menu.refresh())
        self.form.save_requested.connect(self.save_action)
        watch_typing_undo(self.form, self.form.edited, self.undo_menu.actions)
        return tab

    @override
    def _say(self, text: str) -> None:
        self._said[self.tabs.currentIndex()] = text
        self.message.say(text)

    def _show_tab_message(self, index: int) -> None:
        # A damaged days file is said under every tab that said nothing since: it stops the
        # deadlines and the findings alike.
        self.message.say(self._said.get(index) or self._calendar_said())

    def _calendar_said(self) -> str:
        """What a damaged days file stops, said; empty while the file reads."""
        if not self._calendar_problem:
            return ""
        return f"No se pueden calcular los plazos: {self._calendar_problem}"

    def _say_afresh(self, text: str) -> None:
        """Say ``text`` under every tab: the window is shown afresh (another year, a file).

        What each tab said was about what was shown before; this is about them all.
        """
        self._said = dict.fromkeys(range(self.tabs.count()), text)
        self.message.say(text)

    @override
    def _refresh(self, findings: list[PaimefFinding] | None = None) -> None:
        programme = self.programme
        self._calendar_problem = ""
        try:
            days = non_working_days(self.store)
            calendar: BusinessCalendar | None = BusinessCalendar(days)
        except PaimefFormatError as exc:
            self._calendar_problem = str(exc)
            self._say(self._calendar_said())
            calendar, days = None, []
        # Read here once: the rules run again at every keystroke (``_on_draft``).
        self._calendar = calendar or BusinessCalendar()
        self._captures = self.store.paimef.captures()
        if findings is None:
            findings = self._review_as_typed()
        errors = {f.action for f in findings if f.is_error and f.action}
        self._tab.show_actions(programme, errors)
        self._show_findings(findings)
        self.heading.setText(heading_text(programme))
        self.deadlines_tab.show_dates(programme.dates)
        self.deadlines_tab.show_non_working(days)
        if calendar is not None:
            deadlines = deadlines_for(self.store, programme.year, programme.dates, calendar)
            self.deadlines_tab.show_deadlines(deadlines, self.today, calendar)
        self.indicators_tab.show_results(indicator_results(programme.year, self._captures))
        self.history_tab.refresh_if_shown()
        self.undo_menu.refresh()
        if self._current_key is not None:
            row = self.model.row_of(self._current_key)
            if row >= 0:
                self.table.selectRow(row)
        self.reloaded.emit()

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
        self._say_afresh(
            ""
            if stored
            else f"El ejercicio {year} no tiene Programa Anual guardado: empieza vacío."
        )
        self._current_key = None
        self._refresh()
        self.table.selectRow(0)
        if not self.programme.actions:
            self.form.load(None)

    @override
    def _show_findings(self, findings: list[PaimefFinding]) -> None:
        self._findings = findings
        justified = justifications(self.store, self.programme.year)
        self._tab.show_findings(findings, {finding_key(f) for f in findings} & set(justified))

    def _act_on_finding(self) -> None:
        """Enter on a finding: a warning's reason asked; not given, or an error, its place shown."""
        row = self.findings.currentRow()
        if not 0 <= row < len(self._findings):
            return
        finding = self._findings[row]
        if not finding.is_error and self.justify_selected():
            return
        if said := go_to_finding(self, finding):
            self._say(said)

    def justify_selected(self, text: str | None = None) -> bool:
        """Justify the selected warning (without ``text``: asked, or taken back); whether done."""
        row = self.findings.currentRow()
        if not 0 <= row < len(self._findings):
            self._say("Elija un aviso de la lista.")
            return False
        finding = self._findings[row]
        save = partial(justification_refused, self.editing.justify, self.programme.year, finding)
        said = "Justificación guardada."
        if text is None:  # asked: a refusal is said in the dialog, which keeps the text
            if (done := self._ask_justification(finding, save)) is None:
                return False
            said = done  # or what was taken back
        elif (refused := save(text)) is not None:
            self._say(refused)
            return False
        self._say(said)
        self._refresh()
        if text is None:
            # The list rebuilt turned the button off a moment: the cursor fell into «Clave».
            self.findings.setFocus()
        return True

    def _ask_justification(
        self, finding: PaimefFinding, save: Callable[[str], str | None]
    ) -> str | None:
        """The dialog on the reason stored (offered to correct); what was done, None if nothing."""
        year = self.programme.year
        stored = justifications(self.store, year).get(finding_key(finding))
        # Saved by mistake, it could only be rewritten: taken back as an undoable step.
        remove = partial(withdrawal_refused, self.editing.unjustify, year, finding)
        withdrawal = (
            None if stored is None else Withdrawal(remove, acknowledgement=False, undoable=True)
        )
        current = "" if stored is None else stored.text
        return ask_justification(self, finding.message, save, current, withdrawal)

    def reject(self) -> None:
        """Close (Esc or the window's button) once what was typed is saved or discarded."""
        if self._settle_form() and self.indicators_tab.may_close():
            super().reject()

    def _on_date_edited(self, key: str, day: date | None, typed: str) -> None:
        kept = self.programme.dates.get(key)
        refused = self._save(lambda stored: stored.with_date(key, day), "fechas")
        self._refresh()
        label = key_date_label(key)
        if refused is not None:
            # The cell goes back to the date kept: what was typed, where, is said here alone.
            what = f"«{typed}» en" if typed else "el borrado de"
            now = "sin fecha" if kept is None else f"la fecha guardada, {day_first(kept)}"
            self._say(f"No se guardó {what} «{label}»: {refused} Sigue {now}.")
        elif self.programme.dates.get(key) != kept:  # «Guardado: fechas.» said not which
            self._say(f"Guardado: «{label}», {'sin fecha' if day is None else day_first(day)}.")

    def _on_replayed(self, replay: PaimefReplay) -> None:
        """Show what Deshacer or Rehacer wrote: its year (another: said under every tab)."""
        say = self._say_afresh if replay.afresh(self.programme.year) else self._say
        self.programme = latest_programme(self.store, replay.year) or AnnualProgramme(
            replay.year, DEFAULT_INSTITUTION
        )
        with QSignalBlocker(self.year):
            self.year.setValue(replay.year)
        # The acción the step touched that is still there (none once an addition is undone);
        # a step of no acción (a date, a capture) leaves the one shown.
        keys = replay.action_keys or ((self._current_key,) if self._current_key else ())
        found = [a for key in keys if (a := self.programme.action(key)) is not None]
        self._current_key = found[0].key if found else None
        self.form.load(found[0] if found else None)
        self._refresh()
        say(replay.said)

    def typed_in(self) -> str | None:
        """Where typing is not yet saved («la acción A.1», «el indicador»), or None.

        A cell's editor stays open under the menu: shown afresh, the window dropped its text.
        """
        if self.form.edited():
            return f"la acción {self._current_key or 'nueva'}"
        return self.cells.where()

    def _settle_typing(self) -> bool:
        """Before Deshacer: the acción typed saved (or asked), a cell being typed in dropped."""
        if not self._settle_form():
            return False
        self.cells.drop()
        return True

    def show_as_stored(self, said: str) -> None:
        """Shown again as stored, year and acción kept, saying why: a step refused, a reload."""
        self._on_replayed(PaimefReplay(self.programme.year, (), said))

    def _on_non_working_changed(self, days: list[NonWorkingDay]) -> None:
        if self._calendar_problem:
            # The damaged file is the user's data: it is never replaced without being read.
            self._say(f"No se cambió nada: corrija antes el archivo. {self._calendar_problem}")
            return
        try:
            saved = self.editing.change_days(days, self.programme.year)
        except OSError as exc:
            self._say(f"No se guardaron los días inhábiles: {describe_os_error(exc)}")
        except (StoreError, PaimefFormatError) as exc:
            self._say(f"No se guardaron los días inhábiles: {exc}")
        else:
            self._say(f"Guardado: {saved.summary}." if saved.changes else "Sin cambios.")
        self._refresh()

    def _on_capture_edited(self, number: int, period: str, text: str) -> None:
        said, refused = store_typed_capture(self.editing, number, period, text)
        self._say(said)
        self._refresh()
        if refused is not None:  # nothing stored; the text stays, marked, to be corrected
            self.indicators_tab.keep_refused(number, period, text, refused)

    def import_file(self) -> None:
        """Replace the year's programme with a .json or .xlsx file (a backup is made first)."""
        if not self._settle_form():
            return
        if (imported := import_programme_file(self, self.editing)) is None:
            return
        said, change = imported
        self.programme = change.programme
        with QSignalBlocker(self.year):
            self.year.setValue(self.programme.year)
        self._current_key = None  # the acción shown may not be in the file: shown afresh
        self.form.load(None)
        self._refresh(list(change.findings))
        self.table.selectRow(0)
        self._say_afresh(said)

    def export_file(self) -> None:
        """Write the programme as .json or as the .xlsx template (the acción as typed in it)."""
        if not self._settle_form():
            return
        if said := export_programme(self, self.programme):
            self._say(said)
