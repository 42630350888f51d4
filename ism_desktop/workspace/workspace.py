"""The one door to the data: every use case of the window and the command line, without Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from typing import TypeVar

from ism_desktop.domain.audit import (
    Author,
    FieldChange,
    TargetChangeReason,
    TargetInput,
    derived_target_changes,
    diff_metas,
    os_user,
)
from ism_desktop.domain.editing import with_fields_of, with_modified
from ism_desktop.domain.fields import is_modified_target
from ism_desktop.domain.figures import RowKind
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.observation import Observation, own_meta_refusal
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.programme_checks import modified_target_problem
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.engine import (
    previous_narrative,
    validate_meta,
)
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.domain.wording import shortened
from ism_desktop.store.closure_repository import QuarterClosedError, closed_field
from ism_desktop.store.database import StoreError
from ism_desktop.store.store import Store
from ism_desktop.store.target_change_rows import TargetRange, WrittenMarks
from ism_desktop.store.year_repository import ProgrammeApprovedError
from ism_desktop.workspace.changes import (
    JustificationChanges,
    MetaChanges,
    ObservationChanges,
    PermissionRefusedError,
    TargetChangeRefusedError,
    UndoRefusedError,
    WorkspaceError,
    WriteFailedError,
    closed_quarter_refusal,
)
from ism_desktop.workspace.edit_permission import edited_meta, own_meta
from ism_desktop.workspace.file_work import FileWork
from ism_desktop.workspace.undo import (
    EditStep,
    UndoHistory,
    refuse_if_moved,
)
from ism_desktop.workspace.undo_refusals import redo_refusal, sent_request_refusal, undo_refusal

Clock = Callable[[], datetime]
T = TypeVar("T")


def local_now() -> datetime:
    """The PC's time, with its offset."""
    return datetime.now().astimezone()


class Workspace(FileWork):
    """The report of one profile over one store: edits, undo, justifications, files in and out."""

    def __init__(
        self,
        store: Store,
        profile: PcProfile,
        clock: Clock = local_now,
        *,
        history: UndoHistory | None = None,
        os_user_name: str | None = None,
    ) -> None:
        super().__init__(store, profile)
        self.clock = clock
        self.history = history if history is not None else UndoHistory()
        self.author = Author(profile.describe(), os_user_name or os_user())

    def opened_again(self) -> Workspace:
        """The same workspace over a connection of its own (for work on another thread)."""
        if self.store.path is None:
            raise WorkspaceError("la base de datos está en memoria.")
        other = Workspace(
            # This workspace holds the file open: its -wal is ours, not a crash's to check for.
            Store.open(self.store.path, held=True),
            self.profile,
            self.clock,
            history=self.history,
            os_user_name=self.author.os_user,
        )
        other.settings = self.settings
        return other

    def set_profile(self, profile: PcProfile) -> None:
        """Switch to another profile or period: the undo history is forgotten."""
        self.profile = profile
        self.author = Author(profile.describe(), self.author.os_user)
        self.history.clear()
        self.reload()

    # -- editing a meta, with undo -----------------------------------------------------------

    def edit_meta(
        self,
        after: Meta,
        reason: TargetChangeReason | None = None,
        *,
        description: str = "",
    ) -> MetaChanges:
        """Write an edited meta with its audit trail; undo can reverse exactly these fields.

        Each edit written is one step of the undo history (each autosave of a text too).

        Raises:
            PermissionRefusedError: the meta is another unit's.
            TargetChangeRefusedError: a reason that may not be stored; it names the input at
                fault (the motivo or the document). Nothing is written.
            WorkspaceError: a modified target without a reason, or the write failed.
        """
        if reason is not None and (problem := reason.problem()):
            raise TargetChangeRefusedError(
                f"No se guardó el cambio de meta modificada: {problem.message}.", problem.at_fault
            )
        before = edited_meta(self, after)
        changes, written = self._write(before, after, reason)
        if changes.changed:
            step = EditStep(description, before, after, changes.fields, reason, written)
            self.history.push(step)
        return changes

    def change_modified_target(
        self,
        stable_id: str,
        quarter: Quarter,
        num: Decimal,
        den: Decimal | None,
        reason: TargetChangeReason,
    ) -> MetaChanges:
        """Change a quarter's modified target (its annual follows), with the reason for it.

        Raises:
            TargetChangeRefusedError: a figure the review would call an error (negative, a
                fraction in a unit that counts, DEN 0 under a NUM), or a reason that may not be
                stored; it names the input at fault. Nothing is written.
        """
        meta = own_meta(self, stable_id)
        self.refuse_if_closed(meta, self.profile.year, quarter)
        after = with_modified(meta, quarter, num, den)
        if (found := modified_target_problem(after, quarter, self.settings)) is not None:
            row, said = found
            at_fault = TargetInput.DEN if row is RowKind.DEN else TargetInput.NUM
            raise TargetChangeRefusedError(
                f"{said} No se guardó el cambio de meta modificada.", at_fault
            )
        text = shortened(meta.description, 40)
        changes = self.edit_meta(after, reason, description=f"Modificado T{int(quarter)}: {text}")
        # The annual that follows, for the sentence saying what was asked (``target_said``).
        return replace(changes, derived=derived_target_changes(meta, changes.meta))

    def undo(self) -> MetaChanges:
        """Write back exactly the fields the last step changed, if they still hold its values.

        Raises:
            UndoRefusedError: a field changed since (the step is dropped; nothing written).
            WorkspaceError: nothing to undo, or the write failed (the step stays).
        """
        return self._replay(self.history.to_undo(), undoing=True)

    def redo(self) -> MetaChanges:
        """Write again exactly the fields of the step last undone, if nothing changed them since.

        Raises:
            UndoRefusedError: a field changed since (the step is dropped; nothing written).
            WorkspaceError: nothing to redo, or the write failed (the step stays).
        """
        return self._replay(self.history.to_redo(), undoing=False)

    def replay_refusals(self) -> tuple[str | None, str | None]:
        """Why the next undo, and redo, are refused whatever the figures hold (sent, closed)."""
        return undo_refusal(self), redo_refusal(self)

    def _replay(self, step: EditStep | None, *, undoing: bool) -> MetaChanges:
        verb = "deshacer" if undoing else "rehacer"
        if step is None:
            raise WorkspaceError(f"No hay nada que {verb}.")
        current = own_meta(self, step.stable_id)
        written, wanted = (step.after, step.before) if undoing else (step.before, step.after)
        drop = self.history.drop_undo if undoing else self.history.drop_redo
        refuse_if_moved(step, current, written, verb, drop)
        if undoing and (refusal := sent_request_refusal(self, step)) is not None:
            drop()  # never undone: the steps before it can be
            raise UndoRefusedError(refusal)
        marks = step.written
        self.refuse_if_quarters_closed(current, step.keys)  # the step stays, for after reopening
        target = with_fields_of(current, wanted, step.keys)
        if undoing:
            # An unsent request undone is withdrawn: its records are marked so, never sent again.
            withdrawn = None if marks is None or step.reason is None else marks.targets
            changes, _ = self._write(current, target, None, withdrawn)
            changes = replace(changes, request=withdrawn is not None)
            self.history.undone()
        else:
            changes, again = self._write(current, target, step.reason)
            changes = replace(changes, request=step.reason is not None)
            self.history.redone(replace(step, written=again))
        if any(is_modified_target(change.field) for change in changes.fields):
            changes = replace(changes, derived=derived_target_changes(current, changes.meta))
        return changes

    def _closed_refusal(self, after: Meta, changes: tuple[FieldChange, ...]) -> str:
        """The refusal of ``changes`` to ``after``, naming what a closed quarter kept out."""
        year = self.profile.year
        quarters = self.store.closures.changed_closed_quarters(year, [(after, changes)])
        labels = [c.label for c in changes if any(closed_field(c.field, q) for q in quarters)]
        return closed_quarter_refusal(after, labels, [int(q) for q in quarters])

    def _write(
        self,
        before: Meta,
        after: Meta,
        reason: TargetChangeReason | None,
        withdrawn: TargetRange | None = None,
    ) -> tuple[MetaChanges, WrittenMarks]:
        """Save an edit; with where its records stand in the log (for Undo to find them)."""
        # The permission was checked on the stored meta (``own_meta``); ``after`` is its edit.
        year, author = self.profile.year, self.author
        try:
            fields, marks = self.store.edits.save_marked(
                year, before, after, author, reason, withdrawn=withdrawn
            )
        except ValueError as exc:  # a modified target without a reason
            raise WorkspaceError(str(exc)) from exc
        except QuarterClosedError as exc:
            # Refused: the views show what the database holds (a closed quarter, read only).
            raise WorkspaceError(self._closed_refusal(after, diff_metas(before, after))) from exc
        except (ProgrammeApprovedError, LookupError) as exc:
            raise WorkspaceError(f"No se guardó el cambio: {exc}") from exc
        except StoreError as exc:  # busy, full, read-only: what was typed is kept to save
            # Its «; no se guardó nada» said again what the sentence starts with.
            said = str(exc).removesuffix("; no se guardó nada")
            raise WriteFailedError(f"No se guardó el cambio: {said}") from exc
        if not fields:
            return MetaChanges(after, (), self.validation.for_meta(after.stable_id)), marks
        self._metas[after.stable_id] = after
        if (reason is not None or withdrawn is not None) and (self.checked or self._checking):
            # The recorded reason is the modified-target warning's justification: now, not
            # after a restart (and a withdrawn one no longer is).
            justifications = self.store.justifications_for_year(self.profile.year)
            self.validation = (
                self.validation.with_justifications(justifications)
                if withdrawn is None
                else self.validation.with_only_justifications(justifications)
            )
        return MetaChanges(after, fields, self._validate_one(after)), marks

    # -- justifications and observations -----------------------------------------------------

    def justify(
        self, key: JustificationKey, text: str | None, *, author: str | None = None
    ) -> JustificationChanges:
        """Store why a warning is acceptable (``None`` or blank: an acknowledgement, «enterado»).

        Raises:
            PermissionRefusedError: the meta is not one this PC sees.
        """
        self.refuse_if_closed(self._seen_meta(key.meta_id), key.year, key.quarter)
        at = self._moment()
        who = author or self.author.describe()
        # What it answers, as the warnings read now (none showing: none): later ones ask anew.
        current = self._findings_of(key)
        answered = tuple(finding.message for finding in current)
        try:
            justification = (
                Justification.justified(key, text, who, at, answered)
                if text is not None and text.strip()
                else Justification.acknowledged(key, who, at, answered)
            )
        except ValueError as exc:  # a character that is not text, or too long
            raise WorkspaceError(str(exc)) from exc
        try:
            unchanged = not self.store.justifications.save(justification)
            if unchanged:
                # The same answer was there: it stays as written (its time, its author).
                justification = self.store.justifications.get(key) or justification
        except StoreError as exc:
            raise WorkspaceError(f"No se guardó la justificación: {exc}") from exc
        self.validation = self.validation.with_justifications([justification])
        self._refresh_states()
        return JustificationChanges(
            key, justification, still_flagged=bool(current), unchanged=unchanged
        )

    def justify_finding(self, finding: Finding, text: str) -> JustificationChanges:
        """Justify a finding the window shows (empty text: «enterado»)."""
        return self.justify(JustificationKey.of(self.profile.year, finding), text)

    def unjustify_finding(self, finding: Finding) -> JustificationChanges:
        """Delete the justification or «enterado» stored for a finding the window shows."""
        return self.remove_justification(JustificationKey.of(self.profile.year, finding))

    def remove_justification(self, key: JustificationKey) -> JustificationChanges:
        """Delete a stored justification; ``removed`` says whether there was one."""
        self.refuse_if_closed(self._seen_meta(key.meta_id), key.year, key.quarter)
        try:
            removed = self.store.justifications.remove(key)
        except StoreError as exc:  # a lock held too long, a read-only file: said, not a crash
            raise WorkspaceError(f"No se quitó la justificación: {exc}") from exc
        if removed and (self.checked or self._checking):
            # Only the answer goes; the findings stay as they are (re-running every rule took
            # seconds for a state-wide report, and a check still running kept the answer).
            # A reason recorded with a target change after the answer still answers it.
            recorded = self.store.justifications_for_quarter(key.year, key.quarter)
            implied = [item for item in recorded if item.key == key]
            kept = [item for item in self.validation.justifications.values() if item.key != key]
            self.validation = self.validation.with_only_justifications([*kept, *implied])
            self._refresh_states()
        return JustificationChanges(key, None, removed=removed, still_flagged=self._flags(key))

    def _flags(self, key: JustificationKey) -> bool:
        return bool(self._findings_of(key))

    def _findings_of(self, key: JustificationKey) -> list[Finding]:
        """The warnings of the key's rule on its meta and quarter, as the figures are now."""
        meta = self._metas.get(key.meta_id)
        if meta is None:
            return []
        findings = validate_meta(
            meta,
            key.quarter,
            self.settings,
            previous_narrative=previous_narrative(meta, key.quarter),
            year=key.year,
            delivered=self.sent_before(meta, key.quarter),
        )
        return [finding for finding in findings if finding.rule == key.rule]

    def observe(
        self, stable_id: str, text: str, *, author: str | None = None
    ) -> ObservationChanges:
        """The coordinator writes an observation on a unit's meta for the profile's quarter.

        Raises:
            PermissionRefusedError: this PC is not the coordinating unit.
            WorkspaceError: the text is empty or too long.
        """
        if self.profile.role is not Role.COORDINATOR:
            raise PermissionRefusedError("Solo la unidad coordinadora escribe observaciones.")
        meta = self._seen_meta(stable_id)
        if self.owns(meta):  # no package would take it to anyone
            raise WorkspaceError(own_meta_refusal(meta.description, meta.key.unit))
        try:
            observation = Observation(
                self.profile.year,
                self.profile.quarter,
                stable_id,
                text.strip(),
                author or self.author.describe(),
                self._moment(),
            )
            stored = self.store.observations.add(observation)
        except (ValueError, StoreError) as exc:
            raise WorkspaceError(str(exc)) from exc
        return ObservationChanges(stored, meta)

    def _moment(self) -> str:
        moment = self.clock()
        if moment.tzinfo is None:
            moment = moment.astimezone()
        return moment.isoformat(timespec="seconds")

    def in_own_connection(self, work: Callable[[Workspace], T]) -> T:
        """Run ``work`` on this workspace over a connection of its own (on a worker thread).

        SQLite connections stay in the thread that opened them; the undo history is shared.
        """
        other = self.opened_again()
        try:
            return work(other)
        finally:
            other.store.close()
