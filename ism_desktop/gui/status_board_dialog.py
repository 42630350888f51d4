"""The coordinating unit's board: who delivered, when, with what findings, and a chart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ism_desktop.domain.dependency_words import CODE_ROOM, NO_DEPENDENCY, with_dependency
from ism_desktop.domain.local_time import local_date_text, local_time_text
from ism_desktop.domain.traffic_light import TrafficLight
from ism_desktop.domain.unit_summary import AVERAGE_RULE_ES
from ism_desktop.domain.wording import REQUESTS_WINDOW, shortened
from ism_desktop.exchange.reported_open import OPEN_REPORTED, closed_text, open_reported_note
from ism_desktop.exchange.status_board import UnitState
from ism_desktop.exchange.status_board_text import board_headline, requests_waiting, state_text
from ism_desktop.gui.dialog_buttons import add_close
from ism_desktop.gui.read_only_tables import read_only
from ism_desktop.gui.screen_fit import fit_to_screen
from ism_desktop.gui.sortable_table import SortableTableItem, SortValue, sort_by_header_click
from ism_desktop.gui.two_line_header import TwoLineHeader

if TYPE_CHECKING:
    from ism_desktop.exchange.status_board import StatusBoard, UnitStatus

_HEADERS = (
    "Unidad",
    "Estado",
    "Trimestre",
    "Recibido",
    "Envío n.º",
    "Errores",
    "Avisos s/j",  # as the command's table: the whole words in its tip
    "Verde",
    "Ámbar",
    "Rojo",
    "Gris",
    "% unidad",
)
# By header, not by position: a column added or moved keeps its own explanation.
_HEADER_TIPS = {
    "Envío n.º": "Número de envío del último paquete recibido: crece con cada "
    "paquete de la unidad; uno más viejo se rechaza. «libro de Excel»: la unidad devolvió "
    "su libro lleno, que no lleva número.",
    "Avisos s/j": "Avisos sin justificar: los que la unidad no justificó ni marcó como «enterado».",
    # The command's table and the chart had it; the window's table, the same board, did not.
    "% unidad": AVERAGE_RULE_ES,
}
SPELLING_PENDING = (
    "Los avisos de ortografía todavía no se cuentan: el diccionario se está cargando. "
    "Cierre el tablero y ábralo de nuevo en unos segundos para verlos contados."
)
_DEPENDENCY = "Dependencia"  # a column of its own only when the board has several
# The titles wider than their cells, drawn on two lines: at 1366×768, with the «Recibido»
# dates of the packages, their room cut the units' names («… EVALUACIÓN Y SEGUIMIENT…»).
_TWO_LINES = {
    _DEPENDENCY: "Depen-\ndencia",
    "Envío n.º": "Envío\nn.º",
    "Avisos s/j": "Avisos\ns/j",
    "% unidad": "%\nunidad",
}
_MISSING = QBrush(QColor("#ffebee"))
_NAMED_MISSING = 30


class StatusBoardDialog(QDialog):
    """A read-only table of the units for the quarter and the chart of their official %."""

    def __init__(
        self, board: StatusBoard, parent: QWidget | None = None, *, spelling_pending: bool = False
    ) -> None:
        """``spelling_pending``: the dictionary is still loading, so no spelling is counted."""
        from ism_desktop.gui.progress_chart import LEGEND, ProgressChart

        super().__init__(parent)
        self.setWindowTitle(f"Tablero de entregas — {board.year}, trimestre {int(board.quarter)}")
        layout = QVBoxLayout(self)
        if board.due_date is not None:
            layout.addWidget(QLabel(f"Fecha de entrega: {local_date_text(board.due_date)}"))
        self.missing_label = missing_label = QLabel(
            board_headline(board, _NAMED_MISSING, room=CODE_ROOM)
        )
        missing_label.setWordWrap(True)
        layout.addWidget(missing_label)
        # Units whose quarter no package will close: «abierto» alone read as still awaited.
        reported_note = open_reported_note(board.rows)
        if reported_note is not None:
            note_label = QLabel(reported_note)
            note_label.setWordWrap(True)
            layout.addWidget(note_label)
        asked = requests_waiting(board)
        if asked is not None:
            waiting = QLabel(f"{asked}; se deciden en {REQUESTS_WINDOW}.")
            waiting.setWordWrap(True)
            layout.addWidget(waiting)
        # Counted before the dictionary loaded, the warnings grew at the next opening unexplained.
        self.spelling_note = QLabel(SPELLING_PENDING)
        self.spelling_note.setWordWrap(True)
        self.spelling_note.setStyleSheet("color: #8d6e00;")
        self.spelling_note.setVisible(spelling_pending)
        layout.addWidget(self.spelling_note)
        # Several dependencies repeat the codes (and often the names): each row says its own.
        several = board.several_dependencies
        headers = [_HEADERS[0], _DEPENDENCY, *_HEADERS[1:]] if several else list(_HEADERS)
        self.table = QTableWidget(len(board.rows), len(headers))
        self.table.setHorizontalHeader(TwoLineHeader(_TWO_LINES, self.table))
        self.table.setAccessibleName("Entregas por unidad")
        self.table.setHorizontalHeaderLabels(headers)
        # A row count beside the codes («7 | 008 …») read as a second number for the unit.
        self.table.verticalHeader().hide()
        read_only(self.table)  # Tab goes on to «Cerrar»
        for column, title in enumerate(headers):
            header_item = self.table.horizontalHeaderItem(column)
            if header_item is not None and title in _HEADER_TIPS:
                header_item.setToolTip(_HEADER_TIPS[title])
        for row, status in enumerate(board.rows):
            for column, (value, order) in enumerate(_cells(status, several)):
                item = SortableTableItem(value, order)
                if status.state is UnitState.MISSING or status.late:
                    item.setBackground(_MISSING)
                self.table.setItem(row, column, item)
            name = self.table.item(row, 0)
            if name is not None:
                name.setToolTip(name.text())  # whole, when the column shortens it
            dependency = self.table.item(row, 1) if several else None
            if dependency is not None:  # its code, as the report prints it; its name here
                dependency.setToolTip(status.dependency)
            quarter = self.table.item(row, headers.index("Trimestre"))
            if quarter is not None and quarter.text() == OPEN_REPORTED:
                quarter.setToolTip(reported_note or "")
        _share_width(self.table)
        # 476 units at a state's scale: a click on a header sorts them by it (the units' order
        # until then), so those with errors, or missing, come together.
        sort_by_header_click(self.table)
        chart_part = QWidget()
        chart_layout = QVBoxLayout(chart_part)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(
            QLabel("Metas de cada unidad por color del semáforo (avance oficial):")
        )
        self.chart = ProgressChart()
        self.chart.set_rows(
            [(_chart_label(row, several), row.summary.lights) for row in board.rows]
        )
        # A state has hundreds of units: the chart scrolls, and shares the height with the table.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.chart)
        scroll.setAccessibleName("Gráfica por unidad")
        chart_layout.addWidget(scroll, 1)
        chart_layout.addWidget(QLabel(LEGEND))
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(chart_part)
        layout.addWidget(split, 1)
        add_close(self, layout)
        # The screen's whole width: at 1100 pixels the names were cut to «004 ISM DIRECCIÓN DE
        # ATE…» beside «en el informe oficial importado» and «abierto: puede cerrarse».
        fit_to_screen(self, QSize(1366, 700), parent)
        # Each part as tall as it needs, up to an even share of what the dialog leaves them.
        room = max(self.height() - 160, 240)
        chart_height = min(self.chart.sizeHint().height() + 28, room // 2)
        split.setSizes([room - chart_height, chart_height])


def _cells(status: UnitStatus, several: bool) -> tuple[tuple[str, SortValue], ...]:
    """Each cell's text and the value it sorts by: figures as numbers, the moment as one."""
    summary = status.summary
    sending = status.sending
    return (
        (f"{status.unit} {status.unit_name}",) * 2,
        # A hostile report's code of 5,000 digits, cut: whole in the cell's tip.
        *(((shortened(status.entity, CODE_ROOM) or NO_DEPENDENCY,) * 2,) if several else ()),
        (state_text(status),) * 2,
        (closed_text(status),) * 2,
        # Written by the program in UTC, the moments sort as their text; «09/04» did not.
        (local_time_text(status.received_at), status.received_at),
        (sending, int(sending) if sending.isdigit() else None if sending == "—" else sending),
        _count(status.errors),
        _count(status.unresolved_warnings),
        *((str(summary.count(light)), summary.count(light)) for light in TrafficLight),
        (
            "—" if summary.average_progress is None else f"{summary.average_progress}%",
            summary.average_progress,
        ),
    )


def _count(count: int | None) -> tuple[str, SortValue]:
    return ("—" if count is None else str(count), count)


def _chart_label(row: UnitStatus, several: bool) -> str:
    label = f"{row.unit} {row.unit_name}"
    return with_dependency(label, shortened(row.entity, CODE_ROOM), several)


def _share_width(table: QTableWidget) -> None:
    """Every figure column as wide as its contents; the unit's name takes what is left.

    At 1366×768 the names («004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA») and «falta (atrasada)»
    pushed the last columns out of sight; a name cut short is whole in its tip.
    """
    header = table.horizontalHeader()
    header.setMinimumSectionSize(36)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    # Wrapped, a name took two lines squeezed into a row one line high; one line, cut short.
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
