"""The «Historial de cambios» tab: every saved PAIMEF change of the year, newest first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ism_desktop.domain.wording import count, shortened
from ism_desktop.gui.read_only_tables import read_only
from ism_desktop.gui.search_field import SearchField
from ism_desktop.workspace.opening import Store
from ism_desktop.workspace.paimef_history import HistoryLine, paimef_history

_HEADERS = ("Fecha y hora", "Quién", "Qué", "Detalle")
_WIDEST = (160, 240, 320)  # pixels the first three columns take at most; the detail the rest


class HistoryTab(QWidget):
    """Read from the database each time it is shown, and after each change while it shows."""

    def __init__(
        self, store: Store, year: Callable[[], int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store, self._year = store, year
        self.lines: list[HistoryLine] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = SearchField(
            "Buscar en el historial (fecha, quién, qué o detalle)", "Buscar en el historial"
        )
        self.search.textChanged.connect(self._filter)
        search_label = QLabel("&Buscar:")  # reached by Tab alone before, as the table
        search_label.setBuddy(self.search)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        self.counted = QLabel()
        self.counted.setTextFormat(Qt.TextFormat.PlainText)  # the search, as typed
        top.addWidget(self.counted)
        layout.addLayout(top)
        table_label = QLabel("&Cambios guardados:")
        layout.addWidget(table_label)
        self.table = QTableWidget(0, len(_HEADERS))
        self.table.setAccessibleName("Cambios guardados del PAIMEF")
        table_label.setBuddy(self.table)
        self.table.setHorizontalHeaderLabels(list(_HEADERS))
        read_only(self.table)  # Tab goes on to the buttons
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # A word wider than its column (a file's name in «Qué») keeps its start and its ending
        # («….json»), as the meta tree does; cut at the end, the name itself was what was lost.
        # The whole text is in each cell's tooltip.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # A row many lines tall (a long justification) is read to its end, not jumped over.
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Sized once per refresh, not "to contents": that measured every row again after each
        # cell set, and showing the tab again took seconds with a few hundred changes.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        """Read the year's changes again and show them (the search typed still applies)."""
        self.lines = paimef_history(self._store, self._year())
        table = self.table
        table.setUpdatesEnabled(False)
        try:
            table.setRowCount(0)  # new rows are cheaper to fill than old ones to replace
            table.setRowCount(len(self.lines))
            for row, line in enumerate(self.lines):
                for column, text in enumerate((line.when, line.who, line.what, line.detail)):
                    item = QTableWidgetItem(text)
                    item.setToolTip(text)
                    table.setItem(row, column, item)
            for column, widest in enumerate(_WIDEST):
                table.resizeColumnToContents(column)
                # One long «Qué» (a file's name) must not leave the detail a word a line.
                table.setColumnWidth(column, min(table.columnWidth(column), widest))
            table.resizeRowsToContents()
        finally:
            table.setUpdatesEnabled(True)
        self._filter()

    def refresh_if_shown(self) -> None:
        """After a change: read again now if the tab is on screen (else when it is shown)."""
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Each time the tab comes to the front: what the other tabs saved meanwhile."""
        super().showEvent(event)
        self.refresh()

    def _filter(self) -> None:
        searched = self.search.text()
        shown = 0
        for row, line in enumerate(self.lines):
            found = line.matches(searched)
            self.table.setRowHidden(row, not found)
            shown += found
        total = len(self.lines)
        if not total:
            text = f"El PAIMEF {self._year()} no tiene cambios registrados."
        elif not shown:
            said = shortened(searched.strip(), 60)
            text = f"Ningún cambio coincide con «{said}». Esc borra la búsqueda."
        elif shown < total:
            text = f"{shown} de {count(total, 'cambio', 'cambios')}."
        else:
            text = f"{count(total, 'cambio', 'cambios')}, el más reciente primero."
        self.counted.setText(text)
