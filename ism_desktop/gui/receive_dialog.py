"""Before receiving packages: every file's diff or the reason it is refused, then a choice."""

from __future__ import annotations

from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from ism_desktop.exchange.intake.packages import ReceiveOutcome

_REFUSED = QBrush(QColor("#b71c1c"))
_NOT_APPLIED = QBrush(QColor("#607d8b"))


class ReceiveDialog(QDialog):
    """Shows what each package would change; «Recibir» applies only the valid ones."""

    def __init__(self, outcomes: list[ReceiveOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Recibir paquetes")
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        valid = [o for o in outcomes if not o.refused]
        refused = len(outcomes) - len(valid)
        summary = QLabel(
            f"{len(valid)} {'paquete válido' if len(valid) == 1 else 'paquetes válidos'}, "
            f"{refused} {'rechazado' if refused == 1 else 'rechazados'}. Nada se ha guardado "
            "todavía: revise los cambios y elija «Recibir»."
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Cambios de los paquetes")
        self.tree.setHeaderLabels(["Paquete, meta o campo", "Antes", "Después"])
        self.tree.setColumnWidth(0, 520)
        self.tree.setColumnWidth(1, 150)
        for outcome in outcomes:
            self.tree.addTopLevelItem(_outcome_item(outcome))
        self.tree.expandToDepth(0)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox()
        self.receive_button = buttons.addButton(
            "&Recibir los paquetes válidos", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.receive_button.setEnabled(bool(valid))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _outcome_item(outcome: ReceiveOutcome) -> QTreeWidgetItem:
    item = QTreeWidgetItem([outcome.summary()])
    item.setToolTip(0, outcome.summary())
    if outcome.refused or outcome.incoming is None:
        item.setForeground(0, _REFUSED)
        return item
    diff = outcome.incoming.diff
    for note in diff.notes:
        item.addChild(QTreeWidgetItem([note]))
    for meta in diff.metas:
        child = QTreeWidgetItem([f"{meta.unit} · {meta.description} ({meta.status.value})"])
        child.setToolTip(0, meta.description)
        for line in meta.lines:
            leaf = QTreeWidgetItem([line.label, line.old, line.new])
            leaf.setToolTip(0, line.describe())
            if not line.applied:
                leaf.setForeground(0, _NOT_APPLIED)
                leaf.setToolTip(0, f"{line.describe()} (solicitud: no se aplica sola)")
            child.addChild(leaf)
        item.addChild(child)
    return item
