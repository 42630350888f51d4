"""Before receiving packages: every file's diff or the reason it is refused, then a choice."""

from __future__ import annotations

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

from ism_desktop.domain.wording import count
from ism_desktop.exchange.intake.diff import shown_value
from ism_desktop.gui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from ism_desktop.exchange.intake.packages import ReceiveOutcome

_REFUSED = QBrush(QColor("#b71c1c"))
_NOT_APPLIED = QBrush(QColor("#607d8b"))


class ReceiveDialog(QDialog):
    """Shows what each package would change; «Recibir» applies only the valid ones."""

    def __init__(self, outcomes: list[ReceiveOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Recibir paquetes")
        layout = QVBoxLayout(self)
        valid = [o for o in outcomes if not o.refused]
        refused = len(outcomes) - len(valid)
        requests = sum(  # metas whose modified target the unit asks to change
            1
            for o in valid
            if o.incoming is not None
            for meta in o.incoming.diff.metas
            if any(not line.applied for line in meta.lines)
        )
        summary = QLabel(
            f"{count(len(valid), 'paquete válido', 'paquetes válidos')}, "
            f"{count(refused, 'rechazado', 'rechazados')}. Nada se ha guardado "
            "todavía: revise los cambios y elija «Recibir»."
            + (_requests_note(requests) if requests else "")
            + "\nEl número de envío (secuencia) crece con cada paquete de una unidad: uno más "
            "viejo que el último recibido se rechaza."
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Cambios de los paquetes")
        self.tree.setHeaderLabels(["Paquete, meta o campo", "Antes", "Después"])
        self.tree.setColumnWidth(0, 480)
        self.tree.setColumnWidth(1, 120)
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
        fit_to_screen(self, QSize(900, 560), parent)


def _requests_note(requests: int) -> str:
    return (
        f"\nSolicitud de cambio de meta modificada en {count(requests, 'meta', 'metas')}: "
        "se guarda como pendiente "
        "y no cambia la meta; se ve junto a la meta para que la unidad coordinadora decida."
    )


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
            label = line.label if line.applied else f"Solicitud (no se aplica sola): {line.label}"
            leaf = QTreeWidgetItem([label, shown_value(line.old), shown_value(line.new)])
            leaf.setToolTip(0, line.describe())
            if not line.applied:
                for column in range(3):
                    leaf.setForeground(column, _NOT_APPLIED)
            child.addChild(leaf)
        item.addChild(child)
    return item
