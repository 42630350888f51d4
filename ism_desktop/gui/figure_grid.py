"""The official row's figures, quarters across: original, modified and achieved by MET/NUM/DEN."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLineEdit, QWidget

from ism_desktop.domain.fields import figure_field
from ism_desktop.domain.figures import FigureRow, RowKind, Series
from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.domain.number_input import format_figure
from ism_desktop.domain.quarter import Quarter

_PERIODS: tuple[Quarter | None, ...] = (*Quarter, None)
_SERIES = (Series.ORIGINAL, Series.MODIFIED, Series.ACHIEVED)
_KINDS = (RowKind.MET, RowKind.NUM, RowKind.DEN)
_READ_ONLY_STYLE = "QLineEdit { background: #f3f4f6; color: #263238; border: 1px solid #d0d4d9; }"
_EDITABLE_STYLE = "QLineEdit { background: #fffde7; border: 2px solid #f9a825; font-weight: bold; }"
_INVALID_STYLE = "QLineEdit { background: #ffebee; border: 2px solid #c62828; }"
_EDIT_TIP = "Escriba lo realizado en el trimestre; vacío = no reportado."
Key = tuple[Series, RowKind, Quarter | None]


class FigureGrid(QWidget):
    """Shows a meta's figures; only the achieved NUM/DEN of the reported quarter can be typed."""

    achieved_edited = Signal()  # while typing
    achieved_finished = Signal()  # Enter or focus left

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cells: dict[Key, QLineEdit] = {}
        self._row_widgets: dict[tuple[Series, RowKind], list[QWidget]] = {}
        self._series_labels: dict[Series, QLabel] = {}
        layout = QGridLayout(self)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(3)
        for column, period in enumerate(_PERIODS, start=1):
            header = QLabel("Anual" if period is None else f"{period.spanish_name.capitalize()}")
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setStyleSheet("font-weight: bold;")
            layout.addWidget(header, 0, column)
        grid_row = 1
        for series in _SERIES:
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setStyleSheet("color: #cfd8dc;")
            layout.addWidget(line, grid_row, 0, 1, 6)
            grid_row += 1
            title = QLabel(series.label)
            title.setStyleSheet("font-weight: bold; color: #37474f;")
            layout.addWidget(title, grid_row, 0, 1, 6)
            self._series_labels[series] = title
            grid_row += 1
            for kind in _KINDS:
                kind_label = QLabel(kind.value)
                layout.addWidget(kind_label, grid_row, 0)
                widgets: list[QWidget] = [kind_label]
                for column, period in enumerate(_PERIODS, start=1):
                    if series is Series.ACHIEVED and period is None:
                        continue  # the form has no achieved annual column
                    cell = self._make_cell(series, kind, period)
                    layout.addWidget(cell, grid_row, column)
                    widgets.append(cell)
                self._row_widgets[(series, kind)] = widgets
                grid_row += 1
        layout.setColumnStretch(6, 1)

    def _make_cell(self, series: Series, kind: RowKind, period: Quarter | None) -> QLineEdit:
        cell = QLineEdit()
        cell.setAlignment(Qt.AlignmentFlag.AlignRight)
        cell.setFixedWidth(96)
        period_name = "anual" if period is None else f"T{int(period)}"
        cell.setObjectName(f"celda_{series.value}_{period_name.lower()}_{kind.value.lower()}")
        cell.setAccessibleName(f"{series.label.capitalize()} {period_name} {kind.value}")
        cell.setReadOnly(True)
        cell.textEdited.connect(self.achieved_edited)
        cell.editingFinished.connect(self.achieved_finished)
        self._cells[(series, kind, period)] = cell
        return cell

    def cell_for_field(self, field: str) -> QLineEdit | None:
        """The cell a validation finding or an audit entry names (``realizado.t1.num``)."""
        for (series, kind, period), cell in self._cells.items():
            if figure_field(series, period, kind) == field:
                return cell
        return None

    def cell(self, kind: RowKind, series: Series, quarter: Quarter | None) -> QLineEdit:
        """One cell of the grid."""
        return self._cells[(series, kind, quarter)]

    def editable_cells(self, meta: Meta, quarter: Quarter) -> list[QLineEdit]:
        """The cells a person types the quarter's achieved figures into (NUM, and DEN for P)."""
        kinds = [RowKind.NUM, RowKind.DEN] if meta.kind is MetaKind.PERCENTAGE else [RowKind.NUM]
        return [self.cell(kind, Series.ACHIEVED, quarter) for kind in kinds]

    def show_meta(self, meta: Meta, quarter: Quarter, editable: bool) -> None:
        """Fill every cell; unlock the reported quarter's achieved cells when editable."""
        percent = meta.kind is MetaKind.PERCENTAGE
        for (_series, kind), widgets in self._row_widgets.items():
            # For absolute metas MET equals NUM and there is no DEN: one row says it all.
            visible = percent or kind is RowKind.NUM
            for widget in widgets:
                widget.setVisible(visible)
            if not percent and kind is RowKind.NUM and isinstance(widgets[0], QLabel):
                widgets[0].setText("MET = NUM")
            elif isinstance(widgets[0], QLabel):
                widgets[0].setText("MET (%)" if kind is RowKind.MET else kind.value)
        for (series, kind, period), cell in self._cells.items():
            self._fill(cell, meta.row(kind), series, period, percent and kind is RowKind.MET)
        unlocked = {id(c) for c in self.editable_cells(meta, quarter)} if editable else set()
        for cell in self._cells.values():
            writable = id(cell) in unlocked
            cell.setReadOnly(not writable)
            cell.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if writable else Qt.FocusPolicy.ClickFocus
            )
            cell.setStyleSheet(_EDITABLE_STYLE if writable else _READ_ONLY_STYLE)
            cell.setToolTip(_EDIT_TIP if writable else "Solo lectura.")

    def show_met(self, meta: Meta) -> None:
        """Refresh the MET row alone (it follows NUM and DEN while typing)."""
        percent = meta.kind is MetaKind.PERCENTAGE
        for (series, kind, period), cell in self._cells.items():
            if kind is RowKind.MET:
                self._fill(cell, meta.met, series, period, percent)

    def mark_invalid(self, cell: QLineEdit, message: str | None) -> None:
        """Colour a cell whose text is not a figure (or restore it)."""
        cell.setStyleSheet(_INVALID_STYLE if message else _EDITABLE_STYLE)
        cell.setToolTip(message or _EDIT_TIP)

    @staticmethod
    def _fill(
        cell: QLineEdit,
        row: FigureRow | None,
        series: Series,
        period: Quarter | None,
        percent: bool,
    ) -> None:
        value: Decimal | None = None
        if row is not None:
            if period is None:
                value = row.original_annual if series is Series.ORIGINAL else row.modified_annual
            else:
                value = row.value(series, period)
        cell.setText(format_figure(value, percent))
