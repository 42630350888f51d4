"""Before receiving packages: every file's diff or the reason it is refused, then a choice."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ism_desktop.domain.window_wording import for_window
from ism_desktop.domain.wording import REQUESTS_WINDOW, count
from ism_desktop.exchange.intake.diff import WHOLE_META
from ism_desktop.exchange.intake.outcomes import left_out_counts
from ism_desktop.gui.dialog_buttons import letter_buttons
from ism_desktop.gui.review_columns import ReviewColumns
from ism_desktop.gui.screen_fit import fit_to_screen
from ism_desktop.gui.sequence_note import sequence_note
from ism_desktop.gui.tree_detail import detail_pane
from ism_desktop.gui.whole_value import whole_value

if TYPE_CHECKING:
    from ism_desktop.exchange.intake.packages import ReceiveOutcome

_REFUSED = QBrush(QColor("#b71c1c"))
_REASON_WIDTH = 100  # characters: about 700 px, within the review's width at 1366×768
_LEFT_OUT = QBrush(QColor("#5f6368"))  # not received, and nothing wrong: a newer one came
_NOT_APPLIED = QBrush(QColor("#607d8b"))
_OPEN_METAS_LIMIT = 200
_RECEIVE = "&Recibir los paquetes válidos"
# Wide enough at 1366×768 for «Después» to say whole what a new meta brings («Meta anual
# NUM/DEN 1900/2400: T1 500/600, …»): at 900 px it had some 270.
PREFERRED_SIZE = QSize(1200, 560)
# A line, then «Antes» and «Después» of an evaluation as long as the sample's (300 characters,
# four lines each): with four lines «Después» was out of sight under a mostly empty tree.
_DETAIL_LINES = 9


class ReceiveDialog(QDialog):
    """Shows what each package would change; «Recibir» applies only the valid ones."""

    def __init__(self, outcomes: list[ReceiveOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Recibir paquetes")
        layout = QVBoxLayout(self)
        valid = [o for o in outcomes if not o.refused]
        left_out = sum(1 for o in outcomes if o.replaced)
        refused = len(outcomes) - len(valid) - left_out
        omitted = "".join(f", {part}" for part in left_out_counts(outcomes, " del lote"))
        requests = sum(  # metas whose modified target the unit asks to change
            1
            for o in valid
            if o.incoming is not None
            for meta in o.incoming.diff.metas
            if any(not line.applied for line in meta.lines)
        )
        # The heading names the button as it reads; with nothing valid, that button is off
        # and asking to choose it sent people looking for a way to receive what cannot be.
        button = _RECEIVE.replace("&", "")
        next_step = (
            f"Nada se ha guardado todavía: revise los cambios y elija «{button}»."
            if valid
            else "Ningún paquete se puede recibir; vea los motivos abajo. Nada se guardó."
        )
        self.summary = summary = QLabel(
            f"{count(len(valid), 'paquete válido', 'paquetes válidos')}, "
            f"{count(refused, 'rechazado', 'rechazados')}{omitted}. {next_step}"
            + (_requests_note(requests) if requests else "")
            + sequence_note(outcomes)
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Cambios de los paquetes")
        self.tree.setHeaderLabels(["Paquete, meta o campo", "Antes", "Después"])
        rows = 0  # notes and metas under the files
        for outcome in outcomes:
            item = _outcome_item(outcome)
            self.tree.addTopLevelItem(item)
            # The file's lines, its notes and its metas' names have no «Antes» or «Después»:
            # they take the whole row rather than be cut at the first column.
            item.setFirstColumnSpanned(True)
            for index in range(item.childCount()):
                child = item.child(index)
                if child is not None:
                    child.setFirstColumnSpanned(True)
            rows += item.childCount()
        # The changes are what is reviewed: shown open, unless there are so many metas (a
        # state's 60 packages) that the files' lines are the better start.
        self.tree.expandToDepth(1 if rows <= _OPEN_METAS_LIMIT else 0)
        layout.addWidget(self.tree, 1)
        self.columns = ReviewColumns(self.tree)  # once every line is in
        # Names and texts cut at the tree's edge, whole for the keyboard (not only the mouse).
        self.detail = detail_pane(self.tree, ("Antes", "Después"), _DETAIL_LINES)
        layout.addWidget(self.detail)
        buttons = QDialogButtonBox()
        self.receive_button = buttons.addButton(_RECEIVE, QDialogButtonBox.ButtonRole.AcceptRole)
        self.receive_button.setEnabled(bool(valid))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # With nothing valid there is nothing to cancel: the review only shows the reasons.
        cancel.setText("Cancelar" if valid else "Cerrar")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        letter_buttons(self)
        fit_to_screen(self, PREFERRED_SIZE, parent)


def _requests_note(requests: int) -> str:
    return (
        f"\nSolicitud de cambio de meta modificada en {count(requests, 'meta', 'metas')}: "
        "se guarda como pendiente "
        "y no cambia la meta; se ve junto a la meta y se aprueba o rechaza en "
        f"{REQUESTS_WINDOW}."
    )


def _in_lines(summary: str, *, reason: bool = False) -> str:
    # «Por recibir … «archivo»:» / what, whose, period and sequence; / changes and warnings:
    # one line would be wider than the dialog on a 1366×768 screen. A refusal's reason is
    # free text: wrapped by words, at a width that fits there.
    head, colon, rest = summary.partition(": ")
    if not colon:
        return summary
    if reason:
        return f"{head}:\n" + "\n".join(textwrap.wrap(rest, _REASON_WIDTH))
    # A sentence after the counts (what to do about a package's errors): wrapped below them.
    counts, stop, step = rest.partition(". ")
    after = "".join(f"\n{line}" for line in textwrap.wrap(step, _REASON_WIDTH)) if stop else ""
    return f"{head}:\n" + counts.replace("; ", ";\n", 1) + stop.rstrip() + after


def _outcome_item(outcome: ReceiveOutcome) -> QTreeWidgetItem:
    summary = for_window(outcome.summary())  # the use case words it for the command line too
    item = QTreeWidgetItem([_in_lines(summary, reason=outcome.incoming is None)])
    item.setToolTip(0, summary)
    if outcome.refused or outcome.incoming is None:
        item.setForeground(0, _LEFT_OUT if outcome.replaced else _REFUSED)
        return item
    diff = outcome.incoming.diff
    for note in map(for_window, diff.notes):
        # Wrapped by words to the review's width; whole under the pointer.
        shown = QTreeWidgetItem(["\n".join(textwrap.wrap(note, _REASON_WIDTH))])
        shown.setToolTip(0, note)
        item.addChild(shown)
    for meta in diff.metas:
        # A request waits for a decision: it changes no meta.
        status = "solicitud por decidir" if meta.asks and not meta.changes else meta.status.value
        child = QTreeWidgetItem([f"{meta.unit} · {meta.description} ({status})"])
        child.setToolTip(0, meta.description)
        for line in meta.lines:
            label = line.label if line.applied else f"Solicitud (no se aplica sola): {line.label}"
            values = list(line.shown_values())
            leaf = QTreeWidgetItem([label, *values])
            leaf.setToolTip(0, line.describe())
            if line.field == WHOLE_META:  # what a new meta brings: a sentence, not a value
                leaf.setToolTip(2, line.new)
            elif values:  # the pointer over a value shows it whole, an evaluation wrapped
                leaf.setToolTip(1, whole_value(line.old))
                leaf.setToolTip(2, whole_value(line.new))
            if not line.applied:
                for column in range(3):
                    leaf.setForeground(column, _NOT_APPLIED)
            child.addChild(leaf)
        item.addChild(child)
    return item
