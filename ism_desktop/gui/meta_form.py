"""The selected meta, laid out like its official row, with live percentages and autosave."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ism_desktop.domain.editing import with_achieved, with_evaluation
from ism_desktop.domain.limits import too_long
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.number_input import FigureInputError
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import count, shortened
from ism_desktop.gui.closed_figure_note import ClosedFigureNote
from ism_desktop.gui.evaluation_box import EvaluationBox
from ism_desktop.gui.figure_grid import FigureGrid
from ism_desktop.gui.finding_focus import focus_finding_field
from ism_desktop.gui.meta_form_notes import (
    CHANGE_WITHOUT_TYPING,
    EVERY_QUARTER_CLOSED,
    LEGEND,
    MODIFIED_TIP,
    OFFICIAL_TIP,
    ORANGE,
    PURPLE,
    REQUEST_TEXT,
    REQUEST_TIP,
    boxed_note,
    meta_subtitle,
    other_unit_said,
    several_dependencies,
    show_notes,
)
from ism_desktop.gui.progress_labels import show_progress
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.gui.typed_cells import put_back, typed_cells
from ism_desktop.gui.unsaved_typing import FIGURE_NOT_SAVED, TEXT_EDIT

NARRATIVE_SAVE_DELAY_MS = 1200


class MetaForm(QWidget):
    """Edits one meta: achieved figures of the reported quarter, narrative, modified targets."""

    input_rejected = Signal(str)  # a Spanish message: what is wrong and where
    input_settled = Signal()  # no figure refused any more: the cells show the stored ones
    target_saved = Signal(str)  # a Spanish sentence: the modified-target change just saved

    def __init__(self, session: ReportSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._meta: Meta | None = None
        self._loading = False
        self._saving_figures = False
        # Before an action that saves on the meta: False stops it (typing that cannot be saved).
        # The window asks, as when closing; alone, the form stops.
        self.may_leave_typing: Callable[[str, str], bool] = lambda _title, _asked: not self.flush()
        self._narrative_timer = QTimer(self)
        self._narrative_timer.setSingleShot(True)
        self._narrative_timer.setInterval(NARRATIVE_SAVE_DELAY_MS)
        self._narrative_timer.timeout.connect(self._commit_narrative)
        self._build()
        self.narrative.typing = self._narrative_timer.isActive
        session.meta_changed.connect(self._on_meta_changed)
        self.show_meta(None)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        figures = QGroupBox(
            "Cifras como en el formato ETCA-III-04 (en amarillo, el trimestre que se informa)"
        )
        figures_layout = QVBoxLayout(figures)
        figures_layout.setContentsMargins(4, 4, 4, 4)
        self.grid = FigureGrid()
        self.grid.achieved_edited.connect(self._on_achieved_edited)
        self.grid.achieved_finished.connect(self._commit_achieved)
        figures_layout.addWidget(self.grid)
        # Beside the button: a figure refused as typed must not push the form down (and back up).
        self.input_error = QLabel()
        self.input_error.setStyleSheet("color: #b71c1c;")
        self.input_error.setWordWrap(True)
        self.input_error.hide()
        self.modify_button = QPushButton(self.modify_text())
        self.modify_button.setToolTip(REQUEST_TIP)
        self.modify_button.clicked.connect(self._change_modified)
        buttons = QHBoxLayout()
        buttons.addWidget(self.input_error, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.modify_button)
        figures_layout.addLayout(buttons)
        self.closed_figures = ClosedFigureNote(figures_layout)
        layout.addWidget(figures)
        progress = QHBoxLayout()
        self.official_label = QLabel()
        self.official_label.setAccessibleName("Avance oficial")
        self.official_label.setToolTip(OFFICIAL_TIP)
        self.modified_label = QLabel()
        self.modified_label.setAccessibleName("Avance contra lo modificado")
        self.modified_label.setToolTip(MODIFIED_TIP)
        for label in (self.official_label, self.modified_label):
            label.setMargin(4)
            progress.addWidget(label)
        progress.addStretch(1)
        layout.addLayout(progress)
        legend = QLabel(LEGEND)
        legend.setObjectName("leyenda_avance")
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #546e7a; font-size: 8pt;")
        layout.addWidget(legend)
        self.observations = boxed_note(layout, "Observaciones de la unidad coordinadora", PURPLE)
        self.requests = boxed_note(layout, "Solicitudes de cambio de meta modificada", ORANGE)
        self.narrative_box = EvaluationBox(self._narrative_timer.start)
        self.narrative = self.narrative_box.narrative
        self.narrative.textChanged.connect(self._on_narrative_changed)
        self.narrative.focus_left.connect(self._commit_narrative)
        self.char_count = self.narrative_box.char_count
        self.closed_text = self.narrative_box.closed_text
        layout.addWidget(self.narrative_box, 1)
        # Tab from the typed figure goes on to its evaluation: the button, before it, took the
        # first space typed there as a press.
        QWidget.setTabOrder(self.narrative, self.modify_button)

    @property
    def meta(self) -> Meta | None:
        """The meta shown."""
        return self._meta

    def show_meta(self, meta: Meta | None) -> None:
        """Show a meta (or nothing); unsaved typing of the previous one is saved first."""
        if self._meta is not None and meta is not self._meta:
            self.flush()
        if meta is not None and self._meta is not None and meta.stable_id == self._meta.stable_id:
            # The same meta read again (a quarter closed, a request decided): typing the
            # database did not take stays, as every other way of leaving it asks first.
            self._reshow(self._session.meta(meta.stable_id), self._typed_cells())  # as saved
            return
        self._meta = meta
        self.setEnabled(meta is not None)
        self._load()
        self._settle()

    def redraw(self) -> None:
        """Show the meta as stored, dropping what is typed and not saved (given up, or refused)."""
        self._load()
        self._settle()

    def focus_field(self, field: str, message: str = "") -> str:
        """Put the cursor where a finding points (its ``message``'s quote selected); what to say."""
        meta, session = self._meta, self._session
        mine = meta is not None and session.can_edit(meta)
        closed = mine and meta is not None and session.quarter_closed(meta)
        several = several_dependencies(session.metas())
        other = "" if mine or meta is None else other_unit_said(meta, several)
        where = session.profile.quarter
        return focus_finding_field(self, field, where, closed=closed, other=other, message=message)

    def flush(self) -> str:
        """Save what is being typed now (before switching meta, closing, exporting, printing).

        A figure typed without Enter counts too: a menu or its shortcut does not take the focus
        from the cell, so the package was written without the figure the cell showed. Returns
        why a typed figure could not be saved, or "" when everything typed is saved.
        """
        # Also a text the database could not write: it stays typed (the box's «modified»).
        if self._narrative_timer.isActive() or self.narrative.document().isModified():
            self._commit_narrative()
        meta = self._meta
        if meta is None or self._loading:
            return ""
        cells = self.grid.editable_cells(meta, self._session.profile.quarter)
        if any(cell.isModified() for cell in cells) and not self._commit_achieved():
            return self.input_error.text() or f"{FIGURE_NOT_SAVED}."  # or the store
        return ""

    def _load(self, keep_typing: bool = False) -> None:
        meta = self._meta
        quarter = self._session.profile.quarter
        self._loading = True
        try:
            self._show_input_error("")
            if meta is None:
                self.title.setText("Elija una meta en la lista de la izquierda.")
                self.subtitle.clear()
                self.grid.clear()
                self.narrative.show_text("", "")
                self.official_label.clear()
                self.modified_label.clear()
                # Without a meta, the colour of the last one's progress is an empty box.
                self.official_label.setStyleSheet("")
                self.modified_label.setStyleSheet("")
                self.char_count.clear()
                self.observations.hide()
                self.requests.hide()
                self.closed_figures.follow(None, False)
                return
            editable = self._session.can_report(meta)
            read_only = (
                ""
                if editable
                else " · Trimestre cerrado: solo consulta (reábralo con un motivo para corregir)"
                if self._session.can_edit(meta)
                else " · Solo consulta: es de otra unidad"
            )
            self.title.setText(meta.description)
            several = several_dependencies(self._session.metas())
            self.subtitle.setText(meta_subtitle(meta, several, read_only))
            self.grid.show_meta(meta, quarter, editable)
            typed_back = self.closed_figures.follow(meta.stable_id, editable)
            every_closed = len(self._session.closed_quarters(meta)) == len(Quarter)
            self.modify_button.setEnabled(self._session.can_edit(meta) and not every_closed)
            request_tip = REQUEST_TIP if self._is_request() else ""
            self.modify_button.setToolTip(EVERY_QUARTER_CLOSED if every_closed else request_tip)
            self.modify_button.setText(self.modify_text())
            self.narrative_box.setTitle(f"Evaluación cualitativa del {quarter.in_words}")
            self.narrative.setReadOnly(not editable)
            # A text refused as its quarter closed: kept to copy, or typed back once reopened.
            kept = self.closed_text.follow(meta.stable_id, quarter, editable)
            keep_typing = keep_typing or kept
            if self.narrative.toPlainText() != meta.evaluation(quarter) and not keep_typing:
                self.narrative.show_text(meta.evaluation(quarter), meta.stable_id)
                self.narrative.document().setModified(False)
            self._show_progress(meta)
            self._show_count()
            show_notes(self.observations, self.requests, self._session, meta, self.grid)
            self._put_back_typing(typed_back)
        finally:
            self._loading = False

    def _show_progress(self, meta: Meta) -> None:
        quarter = self._session.profile.quarter
        show_progress(self.official_label, self.modified_label, self.grid, meta, quarter)

    def _show_input_error(self, text: str) -> None:
        self.input_error.setText(text)
        self.input_error.setVisible(bool(text))

    def _show_count(self) -> None:
        text = self.narrative.toPlainText()
        # The coordinating unit's limit, shown as the person types (a validation error too).
        problem = too_long(text, feminine=True)  # la evaluación
        suffix = f": {problem.removeprefix('es ')}" if problem else ""
        self.char_count.setText(f"{count(len(text), 'carácter', 'caracteres')}{suffix}")

    def _typed_meta(self) -> Meta | None:
        """The meta with what is typed in the achieved cells, or None if it is not a figure."""
        meta = self._meta
        if meta is None:
            return None
        quarter = self._session.profile.quarter
        cells = self.grid.editable_cells(meta, quarter)
        values: list[Decimal | None] = []
        problems: list[str] = []
        for cell in cells:
            try:
                values.append(self.grid.figure_in(cell, self._session.counted_unit(meta)))
                self.grid.mark_invalid(cell, None)
            except FigureInputError as exc:
                message = f"{cell.accessibleName()}: {exc}"
                problems.append(message)
                self.grid.mark_invalid(cell, message)
        if problems:
            self._show_input_error(" ".join(problems) + " No se guardó.")
            return None
        self._show_input_error("")
        den = values[1] if len(values) > 1 else None
        return with_achieved(meta, quarter, values[0], den)

    def _on_achieved_edited(self) -> None:
        # A figure refused as typed shows what is stored, not the last admissible keystroke.
        preview = self._typed_meta() or self._meta
        if preview is not None:
            self.grid.show_met(preview)
            self._show_progress(preview)
        self._settle()

    def _settle(self) -> None:
        # The refusal said elsewhere (the status line) is old news once no cell is refused.
        if not self.input_error.text():
            self.input_settled.emit()

    def _commit_achieved(self) -> bool:
        """Save the achieved figures typed; False if they cannot be (and the person is told)."""
        if self._loading or self._meta is None or not self._session.can_edit(self._meta):
            return True
        after = self._typed_meta()
        if after is None:
            self.input_rejected.emit(self.input_error.text())
            return False
        quarter = self._session.profile.quarter
        if after == self._meta:
            # Typed again as it was: nothing to save, nothing left being typed (a cell still
            # «modified» kept Ctrl+Z for its own typing), and what is typed next replaces it.
            for cell in self.grid.editable_cells(self._meta, quarter):
                cell.setModified(False)
                if cell.hasFocus():
                    cell.selectAll()
            return True
        typed = self._typed_cells()
        self._saving_figures = True  # a refusal shows the database's figures back
        try:
            edited = self._session.edit(
                after, f"Realizado T{int(quarter)}: {shortened(after.description, 40)}"
            )
        finally:
            self._saving_figures = False
        if edited is None and self._session.quarter_closed(after):
            self.closed_figures.keep(after.stable_id, typed)  # closed meanwhile: to note
        return edited is not None

    def _on_narrative_changed(self) -> None:
        self._show_count()
        if not self._loading and self._meta is not None and not self.narrative.isReadOnly():
            self._narrative_timer.start()

    def _commit_narrative(self) -> None:
        self._narrative_timer.stop()
        meta = self._meta
        if meta is None or self._loading or not self._session.can_edit(meta):
            return
        # A text kept read-only (refused: its quarter closed meanwhile) was said once; leaving
        # the box after clicking in to copy it tried it again, and said it again.
        if self.closed_text.holding:
            return
        quarter = self._session.profile.quarter
        after = with_evaluation(meta, quarter, self.narrative.toPlainText())
        # Each save is a step of Deshacer of its own: a text saved is never skipped by it.
        if after == meta or self._session.edit(
            after, f"{TEXT_EDIT} T{int(quarter)}: {shortened(after.description, 40)}"
        ):
            self.narrative.document().setModified(False)  # saved: nothing left typed

    def _change_modified(self) -> None:
        from ism_desktop.gui.modified_target_dialog import change_target  # when opened

        request = self._is_request()
        title, asked = CHANGE_WITHOUT_TYPING[request]
        # The change reloads the meta: a figure typed wrong was dropped at it, with nothing said.
        if self._meta is not None and self.may_leave_typing(title, asked):
            said = change_target(self.grid, self._session, self._meta, request=request)
            if said:
                self.target_saved.emit(said)

    def modify_text(self) -> str:
        """The name of the modified-target action, as the button and the menu both say it."""
        return REQUEST_TEXT if self._is_request() else "Cambiar meta mo&dificada…"

    def _is_request(self) -> bool:
        # A unit asks the coordinating unit; the coordinating unit changes its own metas itself.
        return self._session.profile.role is not Role.COORDINATOR

    def _on_meta_changed(self, stable_id: str) -> None:
        if self._meta is not None and self._meta.stable_id == stable_id:
            # Typing not saved (a figure refused, or not yet sent) stays, with its red message,
            # when something else of its meta is saved; the cells just saved show the database's.
            typed = {} if self._saving_figures else self._typed_cells()
            self._reshow(self._session.meta(stable_id), typed)

    def _reshow(self, meta: Meta, typed: dict[QLineEdit, str]) -> None:
        """Show a meta's stored data again, with what is typed and not saved put back."""
        self._meta = meta
        # A text the database could not write stays, when a figure of its meta is saved (to
        # be copied, never saved, if refused as its quarter closed meanwhile).
        typing = self.narrative.document().isModified()
        self._load(keep_typing=typing)
        if typing and self._session.quarter_closed(meta):
            self.closed_text.keep(meta.stable_id, self._session.profile.quarter)
        self._put_back_typing(typed)
        self._settle()  # after the typing is back: a refusal still typed still stands

    def _typed_cells(self) -> dict[QLineEdit, str]:
        meta, quarter = self._meta, self._session.profile.quarter
        return {} if meta is None else typed_cells(self.grid.editable_cells(meta, quarter))

    def _put_back_typing(self, typed: dict[QLineEdit, str]) -> None:
        kept, refused = put_back(typed)
        if kept:
            self._on_achieved_edited()  # its red mark and message, the MET and % following it
        if refused and self._meta is not None:  # its quarter closed meanwhile: to note
            self.closed_figures.keep(self._meta.stable_id, refused)
