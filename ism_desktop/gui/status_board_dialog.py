"""The coordinating unit's board: who delivered, when, with what findings, and a chart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ism_desktop.domain.local_time import local_date_text, local_time_text
from ism_desktop.domain.traffic_light import TrafficLight
from ism_desktop.domain.wording import count
from ism_desktop.gui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from ism_desktop.exchange.status_board import StatusBoard

_HEADERS = (
    "Unidad",
    "Estado",
    "Trimestre",
    "Recibido",
    "Envío n.º",
    "Errores",
    "Avisos sin justificar",
    "Verde",
    "Ámbar",
    "Rojo",
    "Gris",
)
_HEADER_TIPS = {
    3: "Número de envío (secuencia) del último paquete recibido: crece con cada paquete de la "
    "unidad; uno más viejo se rechaza.",
    5: "Avisos que la unidad no justificó ni marcó como «enterado».",
}
_MISSING = QBrush(QColor("#ffebee"))


class StatusBoardDialog(QDialog):
    """A read-only table of the units for the quarter and the chart of their official %."""

    def __init__(self, board: StatusBoard, parent: QWidget | None = None) -> None:
        from ism_desktop.gui.progress_chart import ProgressChart

        super().__init__(parent)
        self.setWindowTitle(f"Tablero de entregas — {board.year}, trimestre {int(board.quarter)}")
        layout = QVBoxLayout(self)
        missing = len(board.missing)
        if board.due_date is not None:
            layout.addWidget(QLabel(f"Fecha de entrega: {local_date_text(board.due_date)}"))
        layout.addWidget(
            QLabel(
                "Todas las unidades entregaron."
                if not missing
                else f"Faltan {count(missing, 'unidad', 'unidades')}: "
                + ", ".join(str(unit) for unit in board.missing)
            )
        )
        self.table = QTableWidget(len(board.rows), len(_HEADERS))
        self.table.setAccessibleName("Entregas por unidad")
        self.table.setHorizontalHeaderLabels(list(_HEADERS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for column, tip in _HEADER_TIPS.items():
            header_item = self.table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(tip)
        for row, status in enumerate(board.rows):
            summary = status.summary
            values = (
                f"{status.unit} {status.unit_name}",
                status.state.value + (" (atrasada)" if status.late else ""),
                "cerrado" if status.closed else "abierto",
                local_time_text(status.received_at),
                "—" if status.sequence is None else str(status.sequence),
                "—" if status.errors is None else str(status.errors),
                "—" if status.unresolved_warnings is None else str(status.unresolved_warnings),
                *(str(summary.count(light)) for light in TrafficLight),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if status.state.value == "falta" or status.late:
                    item.setBackground(_MISSING)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel("Metas de cada unidad por color del semáforo (avance oficial):"))
        self.chart = ProgressChart()
        self.chart.set_rows(
            [(f"{row.unit} {row.unit_name}", row.summary.lights) for row in board.rows]
        )
        layout.addWidget(self.chart)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(1100, 640), parent)
