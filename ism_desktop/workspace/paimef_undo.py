"""The PAIMEF window's edits with undo: each written through its use case, then one step.

Deshacer and Rehacer write through the same use cases (audited, in one transaction each), so
the store keeps a line for them as for any other edit; the history lives here, not in Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.business_calendar import NonWorkingDay
from ism_desktop.domain.paimef.findings import PaimefFinding
from ism_desktop.domain.paimef.frequency import period_from_code
from ism_desktop.domain.paimef.programme import AnnualProgramme
from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.platform import describe_os_error
from ism_desktop.store.store import Store
from ism_desktop.workspace.changes import UndoRefusedError, WorkspaceError
from ism_desktop.workspace.paimef_calendar import NonWorkingDaysSaved, change_non_working_days
from ism_desktop.workspace.paimef_indicators import capture_indicator, clear_capture
from ism_desktop.workspace.paimef_justifications import (
    WarningJustification,
    finding_key,
    justify,
    remove_justification,
)
from ism_desktop.workspace.paimef_programme import (
    ProgrammeChange,
    edit_programme,
    import_programme,
)
from ism_desktop.workspace.paimef_review import calendar_file, non_working_days
from ism_desktop.workspace.paimef_steps import (
    CaptureStep,
    DaysStep,
    ImportStep,
    JustificationStep,
    PaimefStep,
    StepMovedError,
    programme_step,
)
from ism_desktop.workspace.step_history import StepHistory

# The steps kept: the oldest go first. Each keeps only what its edit touched (an acción, a
# date), so a day's work fits; a whole session of edits would hold its acciones many times.
UNDO_LIMIT = 100


@dataclass(frozen=True, slots=True)
class PaimefReplay:
    """What Deshacer or Rehacer wrote: the year and acciones to show, and a sentence saying it."""

    year: int
    action_keys: tuple[str, ...]  # the acciones it touched: the one still there is shown
    said: str
    whole: bool = False  # a whole programme written (an import): every tab shows it afresh

    def afresh(self, shown_year: int) -> bool:
        """Whether the window shows it afresh, said under every tab: another year, or whole.

        Only the tab shown said «Se deshizo» over an import: the others still said «Importado».
        """
        return self.whole or self.year != shown_year


class PaimefEditing:
    """The PAIMEF edits of one person over one store, each recorded as an undo step."""

    def __init__(self, store: Store, author: Author, today: date, limit: int = UNDO_LIMIT) -> None:
        """Edit ``store`` as ``author``; ``today`` dates the review after each write."""
        self.store, self.author, self.today = store, author, today
        self.history: StepHistory[PaimefStep] = StepHistory(limit)
        self._checked: tuple[object, tuple[str | None, str | None]] | None = None

    def edit_programme(
        self, shown: AnnualProgramme, edit: Callable[[AnnualProgramme], AnnualProgramme], what: str
    ) -> ProgrammeChange:
        """``edit_programme`` (an acción saved or removed, a date), then its step."""
        change = edit_programme(self.store, shown, edit, self.author, what, self.today)
        if change.written and (step := programme_step(change.before, change.programme)):
            self._push(step)
        return change

    def capture(self, number: int, period_code: str, texts: list[str]) -> Decimal:
        """``capture_indicator``, then its step (nothing recorded when it refuses)."""
        before = self._captured(number, period_code)
        value = capture_indicator(self.store, number, period_code, texts, self.author)
        self._captured_step(number, period_code, before)
        return value

    def clear_capture(self, number: int, period_code: str) -> None:
        """``clear_capture``, then its step (none when nothing was captured)."""
        before = self._captured(number, period_code)
        clear_capture(self.store, number, period_code, self.author)
        self._captured_step(number, period_code, before)

    def justify(self, year: int, finding: PaimefFinding, text: str) -> WarningJustification:
        """``justify``, then its step (the justification replaced, or none, comes back)."""
        before = self.store.paimef.justifications(year).get(finding_key(finding))
        saved = justify(self.store, year, finding, text, self.author)
        self._justified_step(year, finding, before)
        return saved

    def unjustify(self, year: int, finding: PaimefFinding) -> WarningJustification | None:
        """``remove_justification``, then its step (none when nothing was stored)."""
        before = self.store.paimef.justifications(year).get(finding_key(finding))
        removed = remove_justification(self.store, year, finding, self.author)
        self._justified_step(year, finding, before)
        return removed

    def import_file(self, path: Path, *, replacing: bool = False) -> ProgrammeChange:
        """``import_programme`` (backup first), then its step: Deshacer puts back the one replaced.

        Raises:
            StoredProgrammeError: another programme is stored for the year (``replacing`` false).
            PaimefFormatError: the file cannot be read; nothing is written.
        """
        change = import_programme(self.store, path, self.author, self.today, replacing=replacing)
        if change.written:
            named = f"importación de {path.name}"  # as the history names the import
            self._push(ImportStep(named, change.programme.year, change.before, change.programme))
        return change

    def change_days(self, days: Sequence[NonWorkingDay], year: int) -> NonWorkingDaysSaved:
        """``change_non_working_days``, then its step."""
        before = tuple(non_working_days(self.store))
        saved = change_non_working_days(self.store, days, self.author, year)
        if saved.changes:
            self._push(DaysStep(year, before, tuple(days)))
        return saved

    def undo(self) -> PaimefReplay:
        """Deshacer: ``replay`` the last step back."""
        return self.replay(undoing=True)

    def redo(self) -> PaimefReplay:
        """Rehacer: ``replay`` the step last undone again."""
        return self.replay(undoing=False)

    def _push(self, step: PaimefStep) -> None:
        """Record ``step``, just written: it holds its side, and nothing is left to redo.

        Known so, the menu's refresh after the write reads no programme again to tell it.
        """
        self.history.push(step)
        self._checked = (self._mark(), (None, None))

    def _mark(self) -> object:
        """What changes with every step and every write (of any program) since."""
        return (self.history.generation, self.store.paimef.last_change(), self._days_stamp())

    def refusals(self) -> tuple[str | None, str | None]:
        """Why the next undo, and redo, would be refused now (None: not that they know of).

        What the steps touched is read again only once something was written since the last
        call (a PAIMEF write audited by any program, the days file saved): the menu asks on
        every refresh. A days file that cannot be read is said when pressed, as before.
        """
        mark = self._mark()
        if self._checked is None or self._checked[0] != mark:
            found = (
                self._refusal(self.history.to_undo(), undoing=True),
                self._refusal(self.history.to_redo(), undoing=False),
            )
            self._checked = (mark, found)
        return self._checked[1]

    def replay(self, *, undoing: bool) -> PaimefReplay:
        """Write the other side of the next step, if what it touched still holds its side.

        Raises:
            UndoRefusedError: that changed since (the step is forgotten; nothing written).
            WorkspaceError: nothing to undo (redo); the days file cannot be read or written
                (the step stays; nothing written).
            StoreError: the write failed (the step stays, to try again).
        """
        step = self.history.to_undo() if undoing else self.history.to_redo()
        return self._replay(step, undoing=undoing)

    def _replay(self, step: PaimefStep | None, *, undoing: bool) -> PaimefReplay:
        verb = "deshacer" if undoing else "rehacer"
        if step is None:
            raise WorkspaceError(f"No hay nada que {verb}.")
        try:
            said = step.write(self.store, self.author, self.today, undoing=undoing)
        except StepMovedError as exc:
            (self.history.drop_undo if undoing else self.history.drop_redo)()
            raise UndoRefusedError(_moved_said(step, str(exc), verb)) from None
        except (PaimefFormatError, OSError) as exc:  # the days file: damaged since, unwritable
            # The step stays, to try again once the file is corrected or writable.
            reason = describe_os_error(exc) if isinstance(exc, OSError) else str(exc)
            raise WorkspaceError(
                f"No se puede {verb} «{step.description}»: {reason} No se cambió nada."
            ) from None
        if undoing:
            self.history.undone()
        else:
            self.history.redone()
        return PaimefReplay(
            step.year,
            step.action_keys,
            f"{'Se deshizo' if undoing else 'Se rehízo'}: {said}",
            isinstance(step, ImportStep),
        )

    def _refusal(self, step: PaimefStep | None, *, undoing: bool) -> str | None:
        """Why replaying ``step`` would be refused: what it touched changed since (or None)."""
        try:
            moved = None if step is None else step.moved(self.store, undoing=undoing)
        except (PaimefFormatError, OSError):
            return None  # the days file: pressed, it says why, and the step stays to retry
        if step is None or moved is None:
            return None
        return _moved_said(step, moved, "deshacer" if undoing else "rehacer")

    def _days_stamp(self) -> tuple[int, int] | None:
        """The days file's time and size (None: none, or unreadable): edited by hand, too."""
        try:
            found = calendar_file(self.store).stat()
        except OSError:
            return None
        return found.st_mtime_ns, found.st_size

    def _justified_step(
        self, year: int, finding: PaimefFinding, before: tuple[str, str, str] | None
    ) -> None:
        """The step of a warning's justification written or removed (none if it is the same)."""
        key = finding_key(finding)
        after = self.store.paimef.justifications(year).get(key)
        if after != before:
            keys = (finding.action,) if finding.action else ()
            self._push(JustificationStep(year, key, before, after, keys))

    def _captured(self, number: int, period_code: str) -> tuple[Decimal, ...] | None:
        return self.store.paimef.captures().get((number, _code(period_code)))

    def _captured_step(
        self, number: int, period_code: str, before: tuple[Decimal, ...] | None
    ) -> None:
        after = self._captured(number, period_code)
        if after != before:
            self._push(CaptureStep(number, _code(period_code), before, after))


def _moved_said(step: PaimefStep, moved: str, verb: str) -> str:
    """Why ``step`` is not replayed: ``moved`` (what it touched, named) changed since."""
    return (
        f"No se puede {verb} «{step.description}»: {moved} cambió después de ese paso "
        f"(otra acción, una importación del Programa Anual o un comando), y {verb}lo "
        "perdería ese cambio. No se cambió nada."
    )


def _code(period_code: str) -> str:
    """The period's code as the store keeps it («2026-t1» typed is «2026-T1»)."""
    return period_from_code(period_code).code
