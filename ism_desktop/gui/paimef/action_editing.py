"""The acciones half of the PAIMEF window: choose one, edit it, save or delete it.

What is typed in the form is settled (stored, or discarded when asked) before anything else is
shown; the window built on this class lays out the tabs and shows the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from datetime import date
from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QTableView

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.findings import PaimefFinding
from ism_desktop.domain.paimef.indicator_captures import Captures
from ism_desktop.domain.paimef.input_parsing import InputError
from ism_desktop.domain.paimef.money import AmountError
from ism_desktop.domain.paimef.programme import Action, AnnualProgramme
from ism_desktop.domain.wording import after_colon, shortened
from ism_desktop.gui.dialog_buttons import confirm_loss
from ism_desktop.gui.message_line import MessageLine
from ism_desktop.gui.paimef.action_form import ActionForm
from ism_desktop.gui.paimef.action_table_model import ActionTableModel
from ism_desktop.workspace.opening import Store, StoreError
from ism_desktop.workspace.paimef_programme import (
    ActionKeyTakenError,
    with_action_checked,
)
from ism_desktop.workspace.paimef_review import review
from ism_desktop.workspace.paimef_undo import PaimefEditing


class ActionEditingDialog(QDialog):
    """The acción list and form's behaviour; the window sets these attributes up."""

    store: Store
    author: Author
    editing: PaimefEditing
    today: date
    programme: AnnualProgramme
    model: ActionTableModel
    table: QTableView
    form: ActionForm
    message: MessageLine
    _current_key: str | None
    # Set while the window itself moves the selection: no acción is being left then.
    _switching: bool
    # Why the acción typed was last refused: the refusal said goes once this has changed.
    _refused_for: str
    _calendar: BusinessCalendar
    _captures: Captures

    def _refresh(self, findings: list[PaimefFinding] | None = None) -> None:
        """Show the programme as stored now (the window does)."""
        raise NotImplementedError

    def _show_findings(self, findings: list[PaimefFinding]) -> None:
        """Show the programme's findings (the window does)."""
        raise NotImplementedError

    def _say(self, text: str) -> None:
        self.message.say(text)

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
        text = f"{which} tiene cambios que no se pueden guardar: {after_colon(reason)}"
        ask = f"{text}\n\n¿Descartar esos cambios?"
        if not confirm_loss(self, "Cambios sin guardar", ask):
            return False
        self.form.load(self.form.shown)  # discarded: nothing typed is left to ask about again
        return True

    def _as_typed(self, draft: Action | None) -> AnnualProgramme:
        """The programme with ``draft``, the acción as typed; as stored without one."""
        if draft is None:
            return self.programme
        return self.programme.with_action(draft, self._current_key)

    def _review_as_typed(self) -> list[PaimefFinding]:
        """The findings with the acción being typed, if it reads as one, as ``_on_draft`` lists.

        Reviewed as stored when the window is shown again (a justification saved, a date, a
        capture), a meta renamed in the form went back to its old name in the list.
        """
        draft: Action | None = None
        # One that reads as none is reviewed as stored, as ``_on_draft`` lists it.
        with suppress(InputError, AmountError):
            draft = self.form.to_action() if self.form.edited() else None
        typed = self._as_typed(draft)
        return review(self.store, typed, self.today, self._calendar, self._captures)

    def _on_draft(self, draft: Action | None) -> None:
        # Live, with the acción as typed; as stored while it reads as none («7x9» is not $7).
        candidate = self._as_typed(draft)
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
        current = self._current_key
        # As Deshacer names it (``paimef_steps``): a new acción is «agregada», not «guardada».
        done = "guardada" if current is not None else "agregada"
        what, said = f"acción {action.key} {done}", f"Acción {action.key} {done}."
        failure = self._save(lambda old: with_action_checked(old, action, current), what, said)
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
        # Which one, by its stored name, and that it comes back: a first user hesitated.
        shown = self.form.shown
        named = f", «{shortened(shown.name)}»," if shown is not None and shown.key == key else ""
        question = (
            f"¿Eliminar la acción {key}{named} con sus metas? "
            "Se puede deshacer con Editar → Deshacer (Ctrl+Z)."
        )
        if not confirm_loss(self, "Eliminar acción", question):
            return
        what = f"acción {key} eliminada"
        said = f"Acción {key} eliminada."
        if self._save(lambda stored: stored.without_action(key), what, said) is not None:
            return
        # What was typed in it goes with it: left in the form, leaving it would store it again.
        self._current_key = None
        self.form.load(None)
        self._refresh()

    def _save(
        self, edit: Callable[[AnnualProgramme], AnnualProgramme], what: str, said: str = ""
    ) -> str | None:
        """Store one edit; why it was not stored (also said), or None.

        ``what`` names the edit in the history; ``said``, if given, is the message once stored
        («Acción A.1 guardada.», where «Guardado: acción A.1 guardada.» said it twice).

        The edit is made on the programme as stored now: what a command wrote while this
        window was open stays, and shows here once this is saved.
        """
        try:
            change = self.editing.edit_programme(self.programme, edit, what)
        except ActionKeyTakenError as exc:
            self._say(f"No se guardó: {exc}.")
            return str(exc)
        except StoreError as exc:
            self._say(f"No se guardó: {exc}")
            return str(exc)
        self.programme = change.programme
        self._say((said or f"Guardado: {what}.") if change.changes else "Sin cambios.")
        return None
