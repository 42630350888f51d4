"""The MIR indicators of the year: one row per indicator and period, variables typed in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ism_desktop.domain.paimef.frequency import period_from_code
from ism_desktop.domain.paimef.indicator_captures import IndicatorResult
from ism_desktop.domain.paimef.indicator_catalogue import indicator_by_number
from ism_desktop.domain.paimef.indicators import IndicatorInputError, split_values
from ism_desktop.domain.wording import after_colon
from ism_desktop.gui.dialog_buttons import confirm_loss
from ism_desktop.workspace.opening import StoreError
from ism_desktop.workspace.paimef_undo import PaimefEditing

HEADINGS = ("Núm.", "Indicador", "Periodo", "Frecuencia", "Variables (separadas por ;)", "Valor")
VALUES_COLUMN = 4
_REFUSED_COLOUR = QColor(176, 0, 32)


class IndicatorsTab(QWidget):
    """Type an indicator's variables for a period; the value is computed when saved."""

    capture_edited = Signal(int, str, str)  # indicator number, period code, text typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._keys: list[tuple[int, str]] = []
        # Refused texts (never stored) by indicator and period, with why: put back each time the
        # rows are read again (another period captured), until typed over.
        self._refused: dict[tuple[int, str], tuple[str, str]] = {}
        layout = QVBoxLayout(self)
        hint = QLabel(
            "&Escriba las variables de cada periodo en el orden de la fórmula, separadas por «;». "
            "Las tasas de variación se calculan como ((X_t / X_t-1) − 1) × 100."
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, len(HEADINGS))
        self.table.setAccessibleName("Indicadores de la MIR")
        hint.setBuddy(self.table)  # Alt+E: the table was reached by Tab alone
        self.table.setHorizontalHeaderLabels(HEADINGS)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(VALUES_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(VALUES_COLUMN, 210)
        self.table.setWordWrap(True)
        # Each row as tall as its name wrapped at the column's width as laid out: at the
        # default height a three-line name (indicator 5 at 1366×768) ended in «…».
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.hide()
        self.table.itemChanged.connect(self._on_changed)
        # Tab leaves the grid, as every list of the window; typing, it goes to the next period.
        self.table.setTabKeyNavigation(False)
        self.table.itemDelegate().closeEditor.connect(self._next_period)
        layout.addWidget(self.table)
        # The chosen row's variables in order, for the keyboard too: the tip needs the mouse.
        self.order = QLabel()
        self.order.setWordWrap(True)
        self.order.setMinimumHeight(2 * self.order.fontMetrics().lineSpacing())
        layout.addWidget(self.order)
        self._orders: list[str] = []
        self.table.currentCellChanged.connect(self._say_order)

    def show_results(self, results: list[IndicatorResult]) -> None:
        """Fill one row per indicator and period."""
        self._loading = True
        self._keys = [(r.indicator.number, r.period.code) for r in results]
        self._orders = [
            f"Indicador {r.indicator.number}, {r.period.label}. Variables, en este orden: "
            + "; ".join(f"{n}) {v.description}" for n, v in enumerate(r.indicator.variables, 1))
            + "."
            for r in results
        ]
        self.table.setRowCount(len(results))
        for row, result in enumerate(results):
            # What each value counts, in order: the formula's short names mean nothing to staff.
            names = "\n".join(
                f"{place}) {variable.description}"
                for place, variable in enumerate(result.indicator.variables, 1)
            )
            values = "" if result.values is None else "; ".join(str(v) for v in result.values)
            if result.value is not None:
                shown = result.indicator.value_text(result.value)
            else:
                shown = result.problem or "sin capturar"
            cells = (
                str(result.indicator.number),
                result.indicator.name,
                result.period.label,
                result.indicator.frequency_label,
                values,
                shown,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column != VALUES_COLUMN:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(
                    f"Variables, en este orden:\n{names}\nFórmula: {result.indicator.formula}"
                    if column in (1, VALUES_COLUMN)
                    else ""
                )
                self.table.setItem(row, column, item)
        self._loading = False
        for key, (text, reason) in self._refused.items():
            self._mark_refused(key, text, reason)
        if results:  # entered by Tab on the one column typed in, on the row it was on
            row = self.table.currentRow()
            self.table.setCurrentCell(row if 0 <= row < len(results) else 0, VALUES_COLUMN)
        self._say_order(self.table.currentRow())  # another year's rows, the same place

    def _next_period(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Tab (Shift+Tab) while typing: the next (previous) row's variables, ready to type.

        It went cell by cell, to «Valor» and the next row's name, which take no typing.
        """
        steps = {
            QAbstractItemDelegate.EndEditHint.EditNextItem: 1,
            QAbstractItemDelegate.EndEditHint.EditPreviousItem: -1,
        }
        if hint not in steps:
            return
        row = self.table.currentRow() + steps[hint]
        if not 0 <= row < self.table.rowCount():
            # No period past the last (before the first): out of the grid, as Tab not typing;
            # the same cell's editor opened again, and kept Tab there however often pressed.
            self.table.setCurrentCell(row - steps[hint], VALUES_COLUMN)
            self.table.focusNextPrevChild(hint is QAbstractItemDelegate.EndEditHint.EditNextItem)
            return
        self.table.setCurrentCell(row, VALUES_COLUMN)
        if (item := self.table.item(row, VALUES_COLUMN)) is not None:
            self.table.editItem(item)

    def _say_order(self, row: int) -> None:
        self.order.setText(self._orders[row] if 0 <= row < len(self._orders) else "")

    def go_to_capture(self, number: int, period: str) -> None:
        """Put the cursor on the variables of indicator ``number`` in ``period`` (a code)."""
        if (number, period) in self._keys:
            self.table.setCurrentCell(self._keys.index((number, period)), VALUES_COLUMN)
        self.table.setFocus()

    def keep_refused(self, number: int, period: str, text: str, reason: str) -> None:
        """Put back ``text`` (refused, not stored) in its cell, in red, with why.

        To be corrected, not typed again in full; it stays while the rows are read again.
        """
        self._refused[(number, period)] = (text, reason)
        self._mark_refused((number, period), text, reason)

    def _mark_refused(self, key: tuple[int, str], text: str, reason: str) -> None:
        if key not in self._keys:
            return
        item = self.table.item(self._keys.index(key), VALUES_COLUMN)
        if item is not None:
            self._loading = True
            item.setText(text)
            item.setForeground(_REFUSED_COLOUR)
            item.setToolTip(f"No se guardó: {reason}")
            self._loading = False

    def still_refused(self) -> str | None:
        """A refused text still in its cell, said as when it was refused; None if none.

        The informe has the value stored, not the text in red beside it.
        """
        for (number, period), (_text, reason) in self._refused.items():
            return f"No se guardó el indicador {number}, {period_from_code(period).label}: {reason}"
        return None

    def may_close(self) -> bool:
        """Whether closing may drop the refused texts (never stored): none, or the person agrees."""
        if not self._refused:
            return True
        lines = [
            f"Indicador {number}, {period_from_code(period).label}: «{text}» ({reason.rstrip('.')})"
            for (number, period), (text, reason) in self._refused.items()
        ]
        return confirm_loss(
            self,
            "Cerrar PAIMEF",
            "No se guardaron estas variables:\n"
            + "\n".join(lines)
            + "\n\n¿Cerrar de todos modos? Lo escrito se pierde.",
        )

    def _on_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != VALUES_COLUMN:
            return
        number, period = self._keys[item.row()]
        self._refused.pop((number, period), None)  # typed over: refused again, it is kept again
        self.capture_edited.emit(number, period, item.text())


def store_typed_capture(
    editing: PaimefEditing, number: int, period: str, text: str
) -> tuple[str, str | None]:
    """Store (or, empty, clear) the variables typed for a period.

    Returns what to tell the person, and why nothing was stored (None once stored).
    """
    # Named with its period: the grid lists each indicator's periods in rows alike.
    named = f"{number}, {period_from_code(period).label}"
    try:
        if parts := split_values(text):
            value = editing.capture(number, period, parts)
            said = indicator_by_number(number)
            shown = f"{value:.2f}" if said is None else said.value_text(value)
            return f"Indicador {named}: {shown}", None
        editing.clear_capture(number, period)
    except IndicatorInputError as exc:
        return f"No se guardó el indicador {named}: {exc}", str(exc)
    except StoreError as exc:  # busy, read-only, full: the text stays typed, to save again
        reason = after_colon(str(exc))
        return f"No se guardó el indicador {named}: {reason}", reason
    return f"Indicador {named}: sin capturar.", None
