"""The workspace as the window sees it: its use cases, with a signal when something changed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ism_desktop.domain.audit import Author, TargetChangeReason
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.profile import PcProfile
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.spelling import SpellingChecker
from ism_desktop.domain.validation.engine import MetaFindings, ValidationResult
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.validation.settings import ValidationSettings
from ism_desktop.gui.edit_refusal import Refusal
from ism_desktop.gui.held_findings import HeldField, held_state, without_held
from ism_desktop.gui.validation_thread import ValidationThread
from ism_desktop.workspace.backups import BackupInfo
from ism_desktop.workspace.changes import (
    MetaChanges,
    MetaState,
    TargetChangeRefusedError,
    WorkspaceError,
    WriteFailedError,
)
from ism_desktop.workspace.opening import Store
from ism_desktop.workspace.target_said import RequestRoute
from ism_desktop.workspace.workspace import Workspace


class ReportSession(QObject):
    """Runs the window's edits through the workspace and tells the views what changed."""

    meta_changed = Signal(str)  # stable id
    report_reloaded = Signal()
    findings_changed = Signal()
    changes_recorded = Signal(object)  # MetaChanges
    history_changed = Signal()  # what Undo and Redo would do now
    edit_failed = Signal(str)  # a Spanish message; nothing was written
    # An undo or redo refused (its field changed since): the box's title, then the message.
    replay_refused = Signal(str, str)
    # The database could not write (busy, full, read-only): what was typed stays to save later.
    write_failed = Signal(str)
    check_failed = Signal(str)  # the rules stopped (a program error); a Spanish message

    def __init__(
        self,
        store: Store,
        profile: PcProfile,
        parent: QObject | None = None,
        *,
        validate: bool = True,
        background: bool = False,
    ) -> None:
        super().__init__(parent)
        self.workspace = Workspace(store, profile)
        # With ``background`` the rules run on their own thread (the window's way); without,
        # right away on this one (scripts and tests that read the findings next).
        self.background = background
        self.workspace.checks_elsewhere = background
        self._thread: ValidationThread | None = None
        self._generation = 0
        self._check_again = False  # a dictionary came while the rules ran: run them once more
        # While a caller says it itself (``refusals_held``): each refused edit.
        self._held: list[Refusal] | None = None
        # A DEN the cursor just reached, whose new findings the window holds (``DenHold``).
        self.held_back: Callable[[], HeldField | None] = lambda: None
        self.reload(validate=validate)

    @contextmanager
    def refusals_held(self) -> Iterator[list[Refusal]]:
        """Within, a refused edit is not announced: its description and reason are listed.

        For a caller that stops because of it (an export, closing the window) and says why in
        its own box, once: two boxes came, the reason first and then what stopped without it.
        Nor are the views drawn again from the database: what was typed stays on screen, for
        the person who chooses not to close to find it there.

        Within another (a caller's box after ``flush_saying_why``), the inner one lists its own
        refusals; the outer one holds again after it.
        """
        held: list[Refusal] = []
        outer, self._held = self._held, held
        try:
            yield held
        finally:
            self._held = outer

    @property
    def store(self) -> Store:
        """The open database."""
        return self.workspace.store

    @property
    def profile(self) -> PcProfile:
        """Who this PC is and the period it reports."""
        return self.workspace.profile

    @property
    def author(self) -> Author:
        """The profile and operating-system user written in the audit trail."""
        return self.workspace.author

    @property
    def report(self) -> ProgressReport | None:
        """The report of the profile's year, if any."""
        return self.workspace.report

    @property
    def validation(self) -> ValidationResult:
        """The findings of the visible metas."""
        return self.workspace.validation

    @property
    def checked(self) -> bool:
        """False until the rules have run once."""
        return self.workspace.checked

    @property
    def checked_count(self) -> int:
        """How many metas the rules have been through so far."""
        return self.workspace.checked_count

    @property
    def status_changed(self) -> set[str]:
        """The metas whose marker changed at the last refresh (the tree repaints those)."""
        return self.workspace.status_changed

    def reload(self, *, validate: bool = True) -> None:
        """Read the profile's year from the database again (after an import, say)."""
        self.stop_validation()
        self.workspace.reload(validate=False)
        if validate:
            self.start_validation()
        self.report_reloaded.emit()
        self.findings_changed.emit()
        self.history_changed.emit()

    def replace_store(self, store: Store) -> None:
        """Work on a reopened database (after a restore) and read everything again."""
        self.stop_validation()
        self.workspace.replace_store(store)
        self._reloaded()

    def set_profile(self, profile: PcProfile) -> None:
        """Switch to another profile or period (the undo history is forgotten)."""
        self.stop_validation()
        self.workspace.set_profile(profile)
        self._reloaded()

    def _reloaded(self) -> None:
        if self.background:
            self.start_validation()
        self.report_reloaded.emit()
        self.findings_changed.emit()
        self.history_changed.emit()

    def metas(self) -> list[Meta]:
        """The metas this PC sees, in report order."""
        return self.workspace.metas()

    def meta(self, stable_id: str) -> Meta:
        """The current version of a meta."""
        return self.workspace.meta(stable_id)

    def can_edit(self, meta: Meta) -> bool:
        """Whether this PC may change the meta."""
        return self.workspace.can_edit(meta)

    def status_of(self, stable_id: str) -> MetaState | None:
        """An error, or an unjustified warning, on a meta; else None (as the window shows it)."""
        held = self.held_back()
        if held is not None and held.meta_id == stable_id:
            return held_state(self.validation, held)
        return self.workspace.state_of(stable_id)

    @property
    def shown_validation(self) -> ValidationResult:
        """The findings as the window shows them: a DEN just reached says nothing new yet."""
        return without_held(self.validation, self.held_back())

    def quarter_closed(self, meta: Meta) -> bool:
        """Whether the meta's unit closed the quarter being reported (figures read-only)."""
        return self.workspace.quarter_closed(meta)

    def closed_quarters(self, meta: Meta) -> frozenset[Quarter]:
        """The quarters this PC's unit closed, for one of its metas (else none)."""
        return self.workspace.closed_quarters(meta)

    def request_route(self) -> RequestRoute | None:
        """How a target-change request made now reaches 002 (None: in the quarter's package)."""
        return self.workspace.request_route()

    def own_quarter_closed(self) -> bool:
        """Whether this PC's unit closed the quarter reported (its package was sent)."""
        return self.workspace.own_quarter_closed()

    def finished_quarters(self) -> frozenset[Quarter]:
        """The quarters of the year this PC is done with (``Workspace.finished_quarters``)."""
        return self.workspace.finished_quarters()

    def can_report(self, meta: Meta) -> bool:
        """Whether this PC may type the quarter's achieved figures and evaluation now."""
        return self.can_edit(meta) and not self.quarter_closed(meta)

    @property
    def settings(self) -> ValidationSettings:
        """The rules' settings (spelling included once the dictionary is loaded)."""
        return self.workspace.settings

    def counted_unit(self, meta: Meta) -> str | None:
        """The meta's unit of measure when it counts whole things (PERSONA…), else None."""
        unit = meta.unit_of_measure
        return unit if self.workspace.settings.is_count_unit(unit) else None

    def set_spelling(self, checker: SpellingChecker | None) -> None:
        """Check spelling with this dictionary from now on, and run the rules again."""
        self.workspace.settings = replace(self.workspace.settings, spelling=checker)
        if self.checked:
            self.start_validation()
        elif self._thread is not None:
            # The check under way started without it (at state scale the dictionary often loads
            # while the rules run): it runs again once done, else its findings lack the spelling.
            # Not stopped now: stopping waits for the part in hand, on this thread.
            self._check_again = True

    def validate_all(self) -> None:
        """Run every rule on every visible meta, on this thread."""
        self.stop_validation()
        self.workspace.validate_all()
        self.findings_changed.emit()

    def start_validation(self) -> None:
        """Run the rules in the background (``background``) or at once, as the session does."""
        if self.background:
            self.validate_in_background()
        else:
            self.validate_all()

    def validate_in_background(self) -> None:
        """Run every rule on a thread; findings show up a part at a time as they come."""
        self.stop_validation()
        # Read here: the database connection belongs to this thread.
        report = self.workspace.begin_checking()
        if report is not None:
            self._generation += 1
            thread = ValidationThread(
                self._generation,
                report,
                self.profile.quarter,
                self.settings,
                self.workspace.delivered(),
                self,
            )
            thread.chunk_ready.connect(self._on_chunk)
            thread.finished_checking.connect(self._on_checked)
            thread.failed.connect(self._on_check_failed)
            self._thread = thread
            thread.start()
        self.findings_changed.emit()

    def stop_validation(self) -> None:
        """End a background check still running (before a reload, and when closing)."""
        self._check_again = False  # whatever check comes next reads the settings of then
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.stop()
            thread.deleteLater()
            self.workspace.stop_checking()

    def _on_chunk(self, generation: int, items: tuple[MetaFindings, ...]) -> None:

        if generation != self._generation or self._thread is None:
            return  # a check that was stopped: its metas are not the current ones
        self.workspace.add_checked(items)
        self.findings_changed.emit()

    def _on_check_failed(self, generation: int, reason: str) -> None:
        if generation != self._generation or self._thread is None:
            return
        self._on_checked(generation)
        self.check_failed.emit(
            "La revisión de las metas se detuvo por un error del programa; los avisos que "
            f"se muestran pueden estar incompletos. ({reason})"
        )

    def _on_checked(self, generation: int) -> None:
        if generation != self._generation or self._thread is None:
            return
        thread, self._thread = self._thread, None
        thread.wait()
        thread.deleteLater()
        self.workspace.finish_checking()
        self.findings_changed.emit()
        if self._check_again:
            self.start_validation()

    def edit(
        self,
        after: Meta,
        description: str,
        reason: TargetChangeReason | None = None,
    ) -> MetaChanges | None:
        """Write an edited meta; ``None`` (and ``edit_failed``) if it was not written."""
        stable_id = after.stable_id
        return self._run(
            stable_id,
            lambda: self.workspace.edit_meta(after, reason, description=description),
            description,
        )

    def change_modified_target(
        self,
        stable_id: str,
        quarter: Quarter,
        num: Decimal,
        den: Decimal | None,
        reason: TargetChangeReason,
    ) -> MetaChanges | None:
        """Change a quarter's modified target with its reason; ``None`` if not written."""
        return self._run(
            stable_id,
            lambda: self.workspace.change_modified_target(stable_id, quarter, num, den, reason),
        )

    def undo(self) -> MetaChanges | None:
        """Reverse the last edit's fields, or say why not (``replay_refused``)."""
        step = self.workspace.history.to_undo()
        if step is None:
            return None
        return self._run(step.stable_id, self.workspace.undo, refused="No se pudo deshacer")

    def redo(self) -> MetaChanges | None:
        """Write the last undone edit's fields again, or say why not (``replay_refused``)."""
        step = self.workspace.history.to_redo()
        if step is None:
            return None
        return self._run(step.stable_id, self.workspace.redo, refused="No se pudo rehacer")

    def _run(
        self,
        stable_id: str,
        action: Callable[[], MetaChanges],
        description: str = "",
        *,
        refused: str = "",
    ) -> MetaChanges | None:
        """``refused``: an undo's or redo's title for its refusal (nothing typed was lost)."""
        try:
            changes: MetaChanges = action()
        except WorkspaceError as exc:
            self.history_changed.emit()
            if self._held is not None:
                at_fault = exc.at_fault if isinstance(exc, TargetChangeRefusedError) else None
                self._held.append(Refusal(description, str(exc), at_fault))
                return None
            if isinstance(exc, WriteFailedError):
                # What was typed stays on screen, saved again with the next save or close.
                self.write_failed.emit(str(exc))
                return None
            self.meta_changed.emit(stable_id)  # a refusal: the views show the database's
            if refused:
                self.replay_refused.emit(refused, str(exc))
            else:
                self.edit_failed.emit(str(exc))
            return None
        self.history_changed.emit()
        if changes.changed:
            self.meta_changed.emit(stable_id)
            self.findings_changed.emit()
            self.changes_recorded.emit(changes)
        return changes

    def restore_backup(self, info: BackupInfo, folder: Path) -> tuple[bool, str]:
        """Put a copy back in place of the data; whether it was, and the sentence saying so."""
        self.stop_validation()
        try:
            self.workspace.restore_backup(info, folder)
        except WorkspaceError as exc:
            return False, str(exc)
        finally:
            self._reloaded()
        return True, "Se restauró la copia; los datos anteriores quedaron guardados en otra copia."

    def justify(self, finding: Finding, text: str, *, withdraw: bool = False) -> None:
        """Store a warning's justification (empty text: «enterado»); ``withdraw``: delete it."""
        if withdraw:
            self.workspace.unjustify_finding(finding)
        else:
            self.workspace.justify_finding(finding, text)
        self.findings_changed.emit()
