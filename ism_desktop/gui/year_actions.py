"""The window's «Año» menu: closing quarters, requests, due dates (the programme's elsewhere)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.deadline import countdown_text, is_late, late_units_text
from ism_desktop.domain.dependency_words import CODE_ROOM, of_dependency
from ism_desktop.domain.local_time import local_date_text
from ism_desktop.domain.profile import Role
from ism_desktop.domain.wording import REOPEN_MENU, shortened
from ism_desktop.exchange.status_board import awaited_units
from ism_desktop.gui.actions import make_action
from ism_desktop.gui.closing_dialog import ClosingDialog
from ism_desktop.gui.closing_errors import errors_left_agreed
from ism_desktop.gui.joined_words import kept_whole
from ism_desktop.gui.programme_actions import ProgrammeActions
from ism_desktop.gui.status_notes import routine_note
from ism_desktop.gui.unit_labels import unit_choices
from ism_desktop.gui.unit_workbook_action import write_unit_workbook_asked
from ism_desktop.gui.year_action_boxes import FAILURES, say_done, say_failure, sentence
from ism_desktop.gui.year_dialogs import DeliveryDatesDialog, RequestsDialog, decided_text
from ism_desktop.workspace import quarter_closing, quarter_listing, target_requests

if TYPE_CHECKING:
    from ism_desktop.gui.main_window import MainWindow


CLOSED_MEANS = (
    "Sus cifras de ese trimestre quedan de solo consulta en esta computadora; para corregirlas, "
    f"reábralo con un motivo ({REOPEN_MENU})."
)


class YearActions(QObject):
    """The year's actions of the window; each calls the same use case as the command line."""

    # The delivery date's label says something else (a date set, the quarter closed…).
    deadline_changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.session = window.session
        self.today: Callable[[], date] = date.today
        self.programme = ProgrammeActions(window)
        # The last decision's title and what it did, said once its dialog has closed.
        self._decided = ("", "")
        self.deadline = QLabel()
        self.deadline.setAccessibleName("Fecha de entrega")
        routine_note(window.statusBar(), self.deadline)
        menu = QMenu("Añ&o", window)
        help_menu = window.menuBar().actions()[-1]
        window.menuBar().insertMenu(help_menu, menu)
        self.coordinator_actions: list[QAction] = []
        for text, slot in (
            ("&Programa de un año nuevo…", self.programme.new_year),
            ("&Metas del programa (agregar, editar, retirar)…", self.programme.edit_programme),
            ("&Escribir plantilla del programa…", self.programme.write_template),
            ("&Importar plantilla llenada…", self.programme.import_template),
            ("&Aprobar el programa del año…", self.programme.approve),
            ("&Fechas de entrega…", self.delivery_dates),
            ("&Libro de Excel para una unidad…", self.workbook),
        ):
            action = make_action(window, text, slot)
            menu.addAction(action)
            self.coordinator_actions.append(action)
        # Deciding the requests the units' packages bring is work on those packages: beside
        # the board and the bases that carry the decisions back, not among the programme's.
        self.requests_action = make_action(window, "&Solicitudes de cambio de meta…", self.requests)
        window.coordination_menu.insertAction(
            window.coordination.send_bases_action, self.requests_action
        )
        self.coordinator_actions.append(self.requests_action)
        menu.addSeparator()
        self.closing_action = make_action(window, "&Cerrar o reabrir un trimestre…", self.closing)
        menu.addAction(self.closing_action)
        # A quarter closed while its cells were open (its package just went out): say why
        # nothing was saved, and show the meta as it is.
        self.session.edit_failed.connect(self._refused)
        self.session.report_reloaded.connect(self.refresh)
        self.session.meta_changed.connect(lambda _id: self.refresh())
        # The export closes the quarter and sends it again: «falta reenviar» is over.
        window.reports.package_exported.connect(lambda _exported: self.refresh())
        self.refresh()

    def _refused(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 12000)
        self._window.form.redraw()

    @property
    def _coordinator(self) -> bool:
        return self.session.profile.role is Role.COORDINATOR

    def refresh(self) -> None:
        """Coordinator-only entries, and the countdown to the quarter's delivery date."""
        for action in self.coordinator_actions:
            action.setVisible(self._coordinator)
        text = self.deadline_text()
        if text != self.deadline.text():
            self.deadline.setText(text)
            self.deadline_changed.emit()

    def deadline_text(self) -> str:
        """E.g. ``Entrega del trimestre 1: 15/04/2025 (faltan 5 días)``."""
        profile, store = self.session.profile, self.session.store
        shut = self.closing_said()
        if shut is not None:  # closed: nothing is awaited of it
            return shut if self._coordinator else f"{shut}{self._reopened_note()}"
        due = store.years.delivery_dates(profile.year).get(profile.quarter)
        if due is None:
            unsent = "" if self._coordinator else self._reopened_note()
            return f"Entrega del trimestre {int(profile.quarter)}: sin fecha límite fijada{unsent}"
        today = self.today()
        text = f"Entrega del trimestre {int(profile.quarter)}: {local_date_text(due)}"
        if not self._coordinator:  # open: closed, it was said above
            left = countdown_text(date.fromisoformat(due), today)
            return f"{text} ({left}){self._reopened_note()}"
        # The board's rule: a unit that sent its package delivered, even if reopened since.
        units = {(meta.key.entity, meta.key.unit) for meta in self.session.metas()}
        awaited = awaited_units(store, profile.year, profile.quarter, units)  # not its own
        missing = [(entity, unit.value) for entity, unit in awaited]
        several = len({entity for entity, _ in units}) > 1  # codes repeat: each says its own
        due_day = date.fromisoformat(due)
        left = countdown_text(due_day, today, not missing)
        late = (
            f" · atrasadas: {late_units_text(missing, several=several)}"
            if is_late(due_day, today, not missing)
            else ""
        )
        return f"{text} ({left}){late}"

    def closing_said(self) -> str | None:
        """The label's words when they say the profile's quarter closed, else None.

        A unit's PC: closed, by its export or by hand. The coordinating unit's: closed in every
        unit, with no delivery date (a date is said instead, with its countdown).
        """
        profile, store = self.session.profile, self.session.store
        if not self._coordinator:
            return quarter_listing.unit_closed_said(
                store, profile.year, profile.unit, profile.quarter
            )
        if store.years.delivery_dates(profile.year).get(profile.quarter) is not None:
            return None
        units = {(meta.key.entity, meta.key.unit) for meta in self.session.metas()}
        return quarter_listing.closed_everywhere_said(store, profile.year, profile.quarter, units)

    def _reopened_note(self) -> str:
        """E.g. `` · trimestre 1 reabierto: falta reenviar su paquete`` (a unit's PC)."""
        from ism_desktop.exchange.export.reopened_before import waiting_note

        return waiting_note(self.session.workspace.quarters_to_send_again())

    def closing(self) -> None:
        """Close or reopen a quarter (a unit: only its own)."""
        # Refused typing came back after the close in a note that blamed another program.
        title, asked = "Cerrar o reabrir un trimestre", "¿Cerrar o reabrir de todos modos?"
        if not self._window.form.may_leave_typing(title, asked):
            return
        profile = self.session.profile
        store, year = self.session.store, profile.year
        selected = self._window.current_meta_id()
        shown = None if selected is None else self.session.meta(selected).key
        # Each dependency's unit apart (a key of its dependency, "" if unknown, and its code).
        dialog = ClosingDialog(
            unit_choices(self.session, None if self._coordinator else profile.unit),
            profile.quarter,
            lambda key, quarter: quarter_closing.quarter_state(
                store, year, key[1], quarter, coordinator=self._coordinator, entity=key[0] or None
            ),
            self._window,
            None if shown is None else (shown.entity, shown.unit),
            lambda key, quarter: quarter_closing.closing_refusal(
                store, year, key[1], quarter, key[0] or None
            ),
            year,
            lambda key, quarter: quarter_listing.listed_state(
                store, year, key[1], quarter, key[0] or None
            ),
        )
        if not dialog.exec():
            return
        (entity, unit), quarter = dialog.chosen(), dialog.quarter.value()
        reopen = dialog.reopen_choice.isChecked()
        if reopen or errors_left_agreed(self._window, self.session, unit, quarter, entity or None):
            self.apply_closing(unit, quarter, reopen, dialog.reason.text(), entity or None)

    def apply_closing(
        self, unit: UnitCode, quarter: int, reopen: bool, reason: str, entity: str | None = None
    ) -> None:
        """Close or reopen (the dialog's second half); ``entity``: the unit's dependency."""
        from ism_desktop.domain.quarter import Quarter

        store, year, author = self.session.store, self.session.profile.year, self.session.author
        try:
            if reopen:
                changed = quarter_closing.reopen_quarter(
                    store, year, unit, Quarter(quarter), reason, author, entity=entity
                )
            else:
                changed = quarter_closing.close_quarter(
                    store, year, unit, Quarter(quarter), author, entity=entity
                )
        except FAILURES as exc:
            say_failure(self._window, "Cerrar o reabrir un trimestre", exc)
            return
        verb = "reabierto" if reopen else "cerrado"
        state = verb if changed else f"ya estaba {verb}"
        if reopen and not changed:  # «ya estaba reabierto» said it had been closed: as the command
            verb, state = "abierto", "no estaba cerrado"
        entities = {held for held, _code in store.reports.year_units(year)}
        several = entity is not None and len(entities) > 1
        named = of_dependency(unit.value, shortened(entity or "", CODE_ROOM), several)
        said = f"Trimestre {quarter} de la unidad {named}: {state}."
        if not reopen:  # «cerrado» was all: what it means here, and the way back
            said += f"\n\n{CLOSED_MEANS}"
        if reopen and changed and self.session.profile.role is Role.UNIT:
            still = quarter_closing.reopened_sent_said(store, year, unit, Quarter(quarter))
            said += "" if still is None else f"\n\n{still}"
        elif reopen and changed and unit != self.session.profile.unit:  # another unit's
            said += f"\n\n{quarter_closing.reopened_here_said(unit, Quarter(quarter))}"
        from ism_desktop.gui.next_quarter_offer import left_open_said, offer_next_quarter

        profile = self.session.profile
        own_closed = not reopen and unit == profile.unit and quarter == profile.quarter
        if own_closed and self._coordinator:  # what the offer of the next quarter waits for
            left = left_open_said(self._window, Quarter(quarter))
            said += "" if left is None else f"\n\n{left}"
        if not reopen and quarter == profile.quarter:
            offer_next_quarter(self._window, unit, closed=(f"Trimestre {verb}", said))
        else:
            say_done(self._window, f"Trimestre {verb}", said)

    def delivery_dates(self) -> None:
        """Set the delivery date of each quarter's report."""
        store, years = self.session.store, self.session.store.years
        dialog = DeliveryDatesDialog(
            self.session.profile.year, years.delivery_dates, years.years(), self._window
        )
        if not dialog.exec():
            return
        try:
            quarter_closing.set_delivery_dates(store, dialog.chosen_year(), dialog.values())
        except FAILURES as exc:
            say_failure(self._window, "Fechas de entrega", exc)
            return
        self.refresh()

    def requests(self) -> None:
        """List the pending requests; approve or reject one; the list again while any wait."""
        store, year = self.session.store, self.session.profile.year
        names = {meta.stable_id: meta.description for meta in self.session.metas()}
        pending = store.target_requests.pending(year)
        while True:  # until closed, or the last pending one is decided
            decided = store.decisions.for_year(year)
            dialog = RequestsDialog(pending, decided, names, self._window, self.decide)
            if not dialog.exec():
                return
            QMessageBox.information(self._window, *self._decided)  # its dialog closed
            if not (pending := store.target_requests.pending(year)):
                return

    def decide(self, request_id: int, approve: bool, text: str) -> str | None:
        """Approve or reject one request; why not (said in its dialog, text kept), or None."""
        try:
            outcome = target_requests.decide_request(
                self.session.store, request_id, approve, text, self.session.author
            )
        except FAILURES as exc:
            return sentence(exc)
        self.session.reload()
        # Titled by what happened, as the closing box is: «Solicitud» alone said nothing.
        title = "Solicitud aprobada" if approve else "Solicitud rechazada"
        said = decided_text(outcome.decisions, self.session.meta)
        # «ISM/» and «DEST/045/2024» on two lines read as two documents: kept on one.
        documents = [decision.document for decision in outcome.decisions if decision.approved]
        self._decided = (title, kept_whole(said, documents))
        return None

    def workbook(self) -> None:
        """Write a unit's workbook to fill (for a unit without the program)."""
        selected = self._window.current_meta_id()
        key = None if selected is None else self.session.meta(selected).key
        shown = None if key is None else (key.entity, key.unit)
        write_unit_workbook_asked(self._window, self.session, shown)
