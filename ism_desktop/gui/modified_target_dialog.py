"""Asking for a new modified target and the reason for it (kept in the meta's history)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ism_desktop.domain.audit import TargetChangeReason, TargetInput
from ism_desktop.domain.editing import with_modified
from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.domain.number_input import FigureInputError, editable_figure, parse_figure
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.ctrl_enter import accept_on_ctrl_enter
from ism_desktop.gui.dialog_buttons import may_discard, ok_cancel
from ism_desktop.workspace.target_said import RequestRoute, target_change_said

if TYPE_CHECKING:
    from ism_desktop.gui.edit_refusal import Refusal
    from ism_desktop.gui.figure_grid import FigureGrid
    from ism_desktop.gui.report_session import ReportSession

# Short sentences: nine dense lines (124 words) stood before the first field at 1366x768.
REQUEST_NOTE = (
    "\n\nEs una solicitud: viaja en el paquete a la unidad coordinadora, que la revisa y decide "
    "si la aplica. Mientras tanto, esta computadora ya usa la cifra nueva (en el formato, los "
    "reportes y el paquete) y el motivo justifica el aviso de meta modificada. Si la rechaza, "
    "vuelven la cifra y la justificación anteriores al recibir el programa base con esa decisión."
)


class ModifiedTargetDialog(QDialog):
    """New modified figure(s) for one quarter, a required reason and an optional document."""

    def __init__(
        self,
        meta: Meta,
        quarter: Quarter,
        parent: QWidget | None = None,
        *,
        request: bool = False,
        closed: frozenset[Quarter] = frozenset(),
        save: Callable[[ModifiedTargetDialog], Refusal | None] | None = None,
        bare_whole: bool = False,
        route: RequestRoute | None = None,
        year: int | None = None,
    ) -> None:
        """``save``: stores what was typed, or says why not and at what (the dialog stays open).

        ``bare_whole``: whole figures offered without ".00", as the grid shows them then.
        ``route``: how a request reaches 002 once the quarter's package went out (None: in it).
        ``year``: the year worked on, for the example oficio (None: an example without one).
        """
        super().__init__(parent)
        self._bare_whole = bare_whole
        self._save = save
        self.setWindowTitle(
            "Solicitar cambio de meta modificada" if request else "Cambiar meta modificada"
        )
        self._meta = meta
        self._percent = meta.kind is MetaKind.PERCENTAGE
        layout = QVBoxLayout(self)
        note = QLabel(
            "La meta original no cambia; el cambio queda registrado con su motivo y, si lo hay, "
            "el documento que lo autoriza."
            + (REQUEST_NOTE if request else "")
            + (f"\n\n{route.note}" if request and route is not None else "")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.quarter_box = QComboBox()
        for q in Quarter:
            self.quarter_box.addItem(
                q.in_words.capitalize() + (" (cerrado)" if q in closed else ""), int(q)
            )
        # A closed quarter refuses the change: shown, so the person knows why, but not offered.
        items = self.quarter_box.model()
        assert isinstance(items, QStandardItemModel)  # a combo box's own model
        for q in closed:
            items.item(q.index).setEnabled(False)
        open_ones = [q for q in Quarter if q not in closed]
        later = [q for q in open_ones if q >= quarter]
        self.quarter_box.setCurrentIndex((later or open_ones or [quarter])[0].index)
        self.num_edit = QLineEdit()
        self.den_edit = QLineEdit()
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setAccessibleName("Motivo del cambio")
        accept_on_ctrl_enter(self.reason_edit)
        self.document_edit = QLineEdit()
        # An oficio's number ends in its year: the example gives the year being worked on.
        example = "ISM/DEST/123" + ("" if year is None else f"/{year}")
        self.document_edit.setPlaceholderText(f"p. ej. oficio {example}")
        form.addRow("&Trimestre:", self.quarter_box)
        form.addRow("&Numerador (NUM):" if self._percent else "&Nueva meta:", self.num_edit)
        if self._percent:
            form.addRow("&Denominador (DEN):", self.den_edit)
        form.addRow("&Motivo (obligatorio):", self.reason_edit)
        form.addRow("Documento que lo a&utoriza:", self.document_edit)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        ok_cancel(self, layout)
        # Only the person's own typing (``textEdited``): a quarter's figures filled in are not.
        self._figure_typed = False
        self.quarter_box.currentIndexChanged.connect(self._fill_current)
        self._fill_current()
        # The new figure is what is typed here: in «Trimestre», Down changed the quarter unseen.
        self.num_edit.setFocus()
        self.num_edit.selectAll()
        for edit in (self.num_edit, self.den_edit):
            edit.textEdited.connect(self._on_figure_typed)
        # A refusal speaks of what was there at «Aceptar»: stale once the person types again.
        for typed in (self.num_edit, self.den_edit, self.document_edit):
            typed.textEdited.connect(self.error_label.clear)
        self.reason_edit.textChanged.connect(self.error_label.clear)
        self.num: Decimal = Decimal(0)
        self.den: Decimal | None = None

    def _typed(self) -> bool:
        # The figures a chosen quarter fills in are not typing; a figure or a reason typed is.
        texts = (self.reason_edit.toPlainText(), self.document_edit.text())
        return self._figure_typed or any(text.strip() for text in texts)

    def _on_figure_typed(self) -> None:
        self._figure_typed = True

    @override
    def reject(self) -> None:
        question = "¿Descartar el cambio de meta escrito y su motivo?"
        if may_discard(self, self._typed(), question):
            super().reject()

    def quarter(self) -> Quarter:
        """The quarter chosen."""
        return Quarter(int(self.quarter_box.currentData()))

    def reason(self) -> TargetChangeReason:
        """The reason typed."""
        return TargetChangeReason(self.reason_edit.toPlainText(), self.document_edit.text())

    def _fill_current(self) -> None:
        if self._figure_typed:
            return  # typed, then the quarter corrected: the figure typed is for the new one
        quarter = self.quarter()
        # Every decimal stored: cut, accepting the box unchanged asked for the cut figure.
        bare = self._bare_whole
        self.num_edit.setText(editable_figure(self._meta.num.modified[quarter.index], bare))
        if self._meta.den is not None:
            self.den_edit.setText(editable_figure(self._meta.den.modified[quarter.index], bare))

    @override
    def accept(self) -> None:
        boxes = [("NUM", self.num_edit)] + ([("DEN", self.den_edit)] if self._percent else [])
        read: list[Decimal | None] = []
        for row, box in boxes:
            try:
                read.append(parse_figure(box.text()))
            except FigureInputError as exc:
                # Which box, as the review names a figure: a percentage meta has two.
                self.error_label.setText(f"El modificado T{int(self.quarter())} ({row}): {exc}")
                box.setFocus()
                return
        num, den = read[0], (read[1] if self._percent else None)
        if num is None or (self._percent and den is None):
            self.error_label.setText("Escriba la nueva meta.")
            return
        if not self.reason_edit.toPlainText().strip():
            self.error_label.setText("Escriba el motivo del cambio.")
            self.reason_edit.setFocus()
            return
        self.num, self.den = num, den
        if self._save is not None and (refused := self._save(self)):
            # Refused (a pasted character that is not text, a closed quarter, a figure the
            # review would call an error): what was typed stays here to correct.
            self.error_label.setText(refused.reason)
            self._field_at_fault(refused.at_fault).setFocus()
            return
        super().accept()

    def _field_at_fault(self, at_fault: TargetInput | None) -> QWidget:
        # A refusal about no input of its own (a closed quarter, say) is fixed in the motivo.
        if at_fault is TargetInput.DEN and self._percent:
            return self.den_edit
        if at_fault in (TargetInput.NUM, TargetInput.DEN):
            return self.num_edit
        return self.document_edit if at_fault is TargetInput.DOCUMENT else self.reason_edit


def change_target(
    grid: FigureGrid, session: ReportSession, meta: Meta, *, request: bool
) -> str | None:
    """Ask for a quarter's new modified target and its reason; store it if one was given.

    Asked over the meta's ``grid``, its figures offered as the grid shows them. Stored from
    the dialog: a refusal is said there, with everything typed still in it.
    Returns the sentence confirming what was saved (``None``: nothing was).
    """
    said: list[str] = []
    route = session.request_route() if request else None

    def save(dialog: ModifiedTargetDialog) -> Refusal | None:
        quarter, num, den = dialog.quarter(), dialog.num, dialog.den
        if with_modified(meta, quarter, num, den) == meta:
            return None
        with session.refusals_held() as refused:
            changes = session.change_modified_target(
                meta.stable_id, quarter, num, den, dialog.reason()
            )
        if changes is not None and changes.changed:
            said.append(target_change_said(changes, request=request, route=route))
        return refused[0] if refused else None

    dialog = ModifiedTargetDialog(
        meta,
        session.profile.quarter,
        grid,
        request=request,
        closed=session.closed_quarters(meta),
        save=save,
        bare_whole=grid.compact,
        route=route,
        year=session.profile.year,
    )
    dialog.exec()
    return said[-1] if said else None
