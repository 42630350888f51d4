"""The selected meta, laid out like its official row, with live percentages and autosave."""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ism_desktop.domain.editing import with_achieved, with_evaluation, with_modified
from ism_desktop.domain.limits import too_long
from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.domain.number_input import FigureInputError, parse_figure
from ism_desktop.domain.progress import official_progress, progress_against_modified
from ism_desktop.domain.traffic_light import traffic_light
from ism_desktop.gui.figure_grid import FigureGrid
from ism_desktop.gui.meta_edit_command import MetaEditCommand
from ism_desktop.gui.modified_target_dialog import ModifiedTargetDialog
from ism_desktop.gui.narrative_edit import NarrativeEdit
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.gui.traffic_light_colors import BACKGROUND, FOREGROUND

NARRATIVE_SAVE_DELAY_MS = 1200


def _percent(value: Decimal | None) -> str:
    return "sin reportar" if value is None else f"{value:.2f} %"


class MetaForm(QWidget):
    """Edits one meta: achieved figures of the reported quarter, narrative, modified targets."""

    input_rejected = Signal(str)  # a Spanish message: what is wrong and where

    def __init__(
        self, session: ReportSession, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._undo = undo_stack
        self._meta: Meta | None = None
        self._loading = False
        self._build()
        self._narrative_timer = QTimer(self)
        self._narrative_timer.setSingleShot(True)
        self._narrative_timer.setInterval(NARRATIVE_SAVE_DELAY_MS)
        self._narrative_timer.timeout.connect(self._commit_narrative)
        session.meta_changed.connect(self._on_meta_changed)
        self.show_meta(None)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        figures = QGroupBox("Cifras, como en el formato oficial")
        figures_layout = QVBoxLayout(figures)
        self.grid = FigureGrid()
        self.grid.achieved_edited.connect(self._on_achieved_edited)
        self.grid.achieved_finished.connect(self._commit_achieved)
        figures_layout.addWidget(self.grid)
        self.input_error = QLabel()
        self.input_error.setStyleSheet("color: #b71c1c;")
        self.input_error.setWordWrap(True)
        figures_layout.addWidget(self.input_error)
        buttons = QHBoxLayout()
        self.modify_button = QPushButton("Cambiar meta &modificada…")
        self.modify_button.clicked.connect(self._change_modified)
        buttons.addWidget(self.modify_button)
        buttons.addStretch(1)
        figures_layout.addLayout(buttons)
        layout.addWidget(figures)
        progress = QHBoxLayout()
        self.official_label = QLabel()
        self.official_label.setAccessibleName("Avance oficial")
        self.official_label.setToolTip(
            "Oficial: realizado ÷ programado ORIGINAL del trimestre × 100, truncado a dos "
            "decimales."
        )
        self.modified_label = QLabel()
        self.modified_label.setAccessibleName("Avance contra lo modificado")
        self.modified_label.setToolTip("Realizado ÷ programado MODIFICADO del trimestre × 100.")
        for label in (self.official_label, self.modified_label):
            label.setMargin(6)
            progress.addWidget(label)
        progress.addStretch(1)
        layout.addLayout(progress)
        self.observations = QLabel()
        self.observations.setWordWrap(True)
        self.observations.setAccessibleName("Observaciones de la unidad coordinadora")
        self.observations.setStyleSheet(
            "QLabel { background: #ede7f6; border: 1px solid #b39ddb; padding: 6px; }"
        )
        layout.addWidget(self.observations)
        narrative_box = QGroupBox()
        self.narrative_box = narrative_box
        narrative_layout = QVBoxLayout(narrative_box)
        self.narrative = NarrativeEdit()
        self.narrative.setAccessibleName("Evaluación cualitativa")
        self.narrative.setObjectName("evaluacion")
        self.narrative.textChanged.connect(self._on_narrative_changed)
        self.narrative.focus_left.connect(self._commit_narrative)
        self.char_count = QLabel()
        narrative_layout.addWidget(self.narrative)
        narrative_layout.addWidget(self.char_count)
        layout.addWidget(narrative_box, 1)

    @property
    def meta(self) -> Meta | None:
        """The meta shown."""
        return self._meta

    def show_meta(self, meta: Meta | None) -> None:
        """Show a meta (or nothing); unsaved typing of the previous one is saved first."""
        if self._meta is not None and meta is not self._meta:
            self.flush()
        self._meta = meta
        self.setEnabled(meta is not None)
        self._load()

    def focus_field(self, field: str) -> None:
        """Put the cursor where a finding points: a figure cell, or the narrative."""
        meta = self._meta
        if meta is None:
            return
        if field.startswith("evaluacion."):
            self.narrative.setFocus()
            return
        cell = self.grid.cell_for_field(field)
        if cell is None or not cell.isVisible():
            # "avance.t1" and rows hidden for absolute metas: the figure behind them is typed here.
            cell = self.grid.editable_cells(meta, self._session.profile.quarter)[0]
        cell.setFocus()
        cell.selectAll()

    def flush(self) -> None:
        """Save what is being typed now (called before switching meta or closing)."""
        if self._narrative_timer.isActive():
            self._narrative_timer.stop()
            self._commit_narrative()

    def _load(self) -> None:
        meta = self._meta
        quarter = self._session.profile.quarter
        self._loading = True
        try:
            self.input_error.clear()
            if meta is None:
                self.title.setText("Elija una meta en la lista de la izquierda.")
                self.subtitle.clear()
                self.narrative.setPlainText("")
                self.official_label.clear()
                self.modified_label.clear()
                self.char_count.clear()
                self.observations.hide()
                return
            editable = self._session.can_edit(meta)
            self.title.setText(meta.description)
            kind = "porcentaje (P)" if meta.kind is MetaKind.PERCENTAGE else "absoluta (A)"
            self.subtitle.setText(
                f"Unidad {meta.key.unit} · Programa {meta.key.programme} · Proceso "
                f"{meta.key.activity} · Unidad de medida: {meta.unit_of_measure} · Tipo {kind} · "
                f"VAL. ACUM. {'SI' if meta.cumulative else 'NO'}"
                + ("" if editable else " · Solo consulta: es de otra unidad")
            )
            self.grid.show_meta(meta, quarter, editable)
            self.modify_button.setEnabled(editable)
            self.narrative_box.setTitle(
                f"Evaluación cualitativa del trimestre ({quarter.spanish_name.lower()})"
            )
            self.narrative.setReadOnly(not editable)
            if self.narrative.toPlainText() != meta.evaluation(quarter):
                self.narrative.setPlainText(meta.evaluation(quarter))
            self._show_progress(meta)
            self._show_count()
            self._show_observations(meta)
        finally:
            self._loading = False

    def _show_progress(self, meta: Meta) -> None:
        quarter = self._session.profile.quarter
        light = traffic_light(meta, quarter)
        self.official_label.setText(
            f"Avance oficial T{int(quarter)}: {_percent(official_progress(meta, quarter))}"
        )
        self.official_label.setStyleSheet(
            f"background: {BACKGROUND[light].name()}; color: {FOREGROUND[light].name()};"
            " font-weight: bold; border-radius: 4px;"
        )
        self.modified_label.setText(
            f"Contra lo modificado: {_percent(progress_against_modified(meta, quarter))}"
        )

    def _show_observations(self, meta: Meta) -> None:
        notes = self._session.store.observations.for_meta(
            self._session.profile.year, meta.stable_id
        )
        self.observations.setVisible(bool(notes))
        self.observations.setText(
            "<b>Observaciones de la unidad coordinadora:</b><br>"
            + "<br>".join(html.escape(note.describe()) for note in notes)
        )

    def _show_count(self) -> None:
        text = self.narrative.toPlainText()
        # The coordinating unit's limit, shown as the person types (a validation error too).
        problem = too_long(text)
        suffix = f": {problem.removeprefix('es ')}" if problem else ""
        self.char_count.setText(f"{len(text)} caracteres{suffix}")

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
                values.append(parse_figure(cell.text()))
                self.grid.mark_invalid(cell, None)
            except FigureInputError as exc:
                message = f"{cell.accessibleName()}: {exc}"
                problems.append(message)
                self.grid.mark_invalid(cell, message)
        if problems:
            self.input_error.setText(" ".join(problems) + " No se guardó.")
            return None
        self.input_error.clear()
        den = values[1] if len(values) > 1 else None
        return with_achieved(meta, quarter, values[0], den)

    def _on_achieved_edited(self) -> None:
        preview = self._typed_meta()
        if preview is not None:
            self.grid.show_met(preview)
            self._show_progress(preview)

    def _commit_achieved(self) -> None:
        if self._loading or self._meta is None or not self._session.can_edit(self._meta):
            return
        after = self._typed_meta()
        if after is None:
            self.input_rejected.emit(self.input_error.text())
            return
        if after == self._meta:
            return
        quarter = self._session.profile.quarter
        self._undo.push(
            MetaEditCommand(
                self._session, self._meta, after, f"Realizado T{int(quarter)}: {_short(after)}"
            )
        )

    def _on_narrative_changed(self) -> None:
        self._show_count()
        if not self._loading and self._meta is not None and not self.narrative.isReadOnly():
            self._narrative_timer.start()

    def _commit_narrative(self) -> None:
        self._narrative_timer.stop()
        meta = self._meta
        if meta is None or self._loading or not self._session.can_edit(meta):
            return
        quarter = self._session.profile.quarter
        after = with_evaluation(meta, quarter, self.narrative.toPlainText())
        if after == meta:
            return
        self._undo.push(
            MetaEditCommand(
                self._session,
                meta,
                after,
                f"Evaluación T{int(quarter)}: {_short(after)}",
                merge_key=f"{meta.stable_id}:evaluacion:{int(quarter)}",
            )
        )

    def _change_modified(self) -> None:
        meta = self._meta
        if meta is None:
            return
        self.flush()
        dialog = ModifiedTargetDialog(meta, self._session.profile.quarter, self)
        if dialog.exec() != ModifiedTargetDialog.DialogCode.Accepted:
            return
        after = with_modified(meta, dialog.quarter(), dialog.num, dialog.den)
        if after == meta:
            return
        self._undo.push(
            MetaEditCommand(
                self._session,
                meta,
                after,
                f"Meta modificada T{int(dialog.quarter())}: {_short(after)}",
                reason=dialog.reason(),
            )
        )

    def _on_meta_changed(self, stable_id: str) -> None:
        if self._meta is not None and self._meta.stable_id == stable_id:
            self._meta = self._session.meta(stable_id)
            self._load()


def _short(meta: Meta) -> str:
    text = meta.description
    return text if len(text) <= 40 else text[:39] + "…"
