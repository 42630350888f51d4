"""A tipo P meta's DEN just reached to be typed: what its NUM's saving says of it waits.

NUM typed and Tab to DEN: the NUM was saved, and the panel, its count and the list's mark
said at once «El realizado T1 (DEN) es 0 mientras el NUM es 5», of a DEN not yet typed. What
the rules say anew of that DEN is held while the cursor is in it, and said once it leaves
(left at 0, say). What was said of it before the cursor came stays in view («Ir al campo»
leads there); the export and the rules themselves see every finding.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from shiboken6 import isValid

from ism_desktop.domain.fields import figure_field
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.meta import MetaKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.workspace.changes import MetaState

if TYPE_CHECKING:
    from ism_desktop.domain.validation.engine import ValidationResult
    from ism_desktop.domain.validation.finding import Finding
    from ism_desktop.gui.main_window import MainWindow


@dataclass(frozen=True)
class HeldField:
    """The DEN the cursor is in, and what was said of it before the cursor came."""

    meta_id: str
    field: str
    said_before: frozenset[str]

    def holds(self, finding: Finding) -> bool:
        """Whether ``finding`` waits: said anew of this DEN."""
        return (
            finding.meta_id == self.meta_id
            and finding.field == self.field
            and finding.message not in self.said_before
        )


def without_held(validation: ValidationResult, held: HeldField | None) -> ValidationResult:
    """``validation`` as the window shows it: without what ``held`` holds."""
    if held is None:
        return validation
    metas = tuple(
        replace(item, findings=tuple(f for f in item.findings if not held.holds(f)))
        if item.meta.stable_id == held.meta_id
        else item
        for item in validation.metas
    )
    return replace(validation, metas=metas)


def held_state(validation: ValidationResult, held: HeldField) -> MetaState | None:
    """The held meta's mark in the list, from what is shown of it."""
    state = None
    for finding in without_held(validation, held).findings:
        if finding.meta_id != held.meta_id:
            continue
        if finding.is_error:
            return MetaState.ERROR
        if validation.justification_for(finding) is None:
            state = MetaState.WARNING
    return state


class DenHold(QObject):
    """Follows the cursor into and out of the shown meta's DEN; the window shows what it holds."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._said: tuple[str, frozenset[str]] | None = None  # of a DEN, seen from outside
        self._held: HeldField | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        window.session.findings_changed.connect(self._on_findings_changed)
        # Typing NUM comes before its saving: the meta may have been chosen with the cursor
        # already in its figures.
        window.form.grid.achieved_edited.connect(self._remember_said)
        # Enter in the DEN: its figure was answered, what is said of it is said at once.
        for quarter in Quarter:
            den = window.form.grid.cell(RowKind.DEN, Series.ACHIEVED, quarter)
            den.editingFinished.connect(lambda den=den: self._on_den_entered(den))
        window.session.held_back = lambda: self._held_now()

    def _den(self) -> tuple[str, str, QLineEdit] | None:
        """The shown tipo P meta, its DEN's field and its DEN cell, writable (None: none)."""
        window = self._window
        meta, quarter = window.form.meta, window.session.profile.quarter
        if meta is None or meta.kind is not MetaKind.PERCENTAGE:
            return None
        den = window.form.grid.cell(RowKind.DEN, Series.ACHIEVED, quarter)
        if den.isReadOnly():
            return None
        return meta.stable_id, figure_field(Series.ACHIEVED, quarter, RowKind.DEN), den

    def _on_findings_changed(self) -> None:
        # Not with the cursor in NUM or DEN: saving NUM (Tab, or Enter, which moves on to
        # DEN) says what the DEN is yet to answer.
        grid, quarter = self._window.form.grid, self._window.session.profile.quarter
        num = grid.cell(RowKind.NUM, Series.ACHIEVED, quarter)
        if QApplication.focusWidget() is not num:
            self._remember_said()  # (not in the DEN either, it checks)

    def _remember_said(self, *, even_in_den: bool = False) -> None:
        """What is said of the DEN now, unless the cursor is in it."""
        shown = self._den()
        if shown is not None and (even_in_den or QApplication.focusWidget() is not shown[2]):
            meta_id, field, _cell = shown
            findings = self._window.session.validation.findings
            said = frozenset(
                f.message for f in findings if (f.meta_id, f.field) == (meta_id, field)
            )
            self._said = (meta_id, said)

    def _on_den_entered(self, den: QLineEdit) -> None:
        shown = self._den()
        if shown is not None and den is shown[2] and QApplication.focusWidget() is den:
            self._remember_said(even_in_den=True)  # after its saving, connected before
            self._show_held()

    def _held_now(self) -> HeldField | None:
        shown = self._den()
        if shown is None or QApplication.focusWidget() is not shown[2]:
            return None
        meta_id, field, _cell = shown
        if self._said is None or self._said[0] != meta_id:
            return None  # nothing seen of it before: nothing is held
        return HeldField(meta_id, field, self._said[1])

    def _on_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if not (isValid(self._window) and self._window.isVisible()):
            return  # closed, or being deleted: the focus leaves cells already gone
        self._remember_said()
        self._show_held()

    def _show_held(self) -> None:
        """The panel, its count and the list's mark, if what is held changed."""
        held = self._held_now()
        if held == self._held:
            return
        before, self._held = self._held, held
        window = self._window
        window.session.findings_changed.emit()  # the panel and its count show it, or not
        for changed in {h.meta_id for h in (before, held) if h is not None}:
            index = window.model.index_of(changed)
            window.model.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
