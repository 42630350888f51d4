"""The meta's figures as the paper form prints them: one row each for MET, NUM and DEN.

Columns, left to right as on ETCA-III-04: PROGRAMADO ORIGINAL T1–T4 and ANUAL, MODIFICADO
T1–T4 and ANUAL, REALIZADO T1–T4, % DE AVANCE. The reported quarter's columns are tinted.
"""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QSizePolicy, QWidget
from typing_extensions import override

from ism_desktop.domain.fields import figure_field
from ism_desktop.domain.figures import FigureRow, RowKind, Series
from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.domain.number_input import format_figure, parse_reported_figure
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.figure_keys import REFUSED, is_escape, moved_in_column
from ism_desktop.gui.figure_progress_cell import ProgressCell
from ism_desktop.gui.window_keys import is_undo_claim, is_window_key
from ism_desktop.reports.number_format import format_met_percent

_PERIODS: tuple[Quarter | None, ...] = (*Quarter, None)
_SERIES = (Series.ORIGINAL, Series.MODIFIED, Series.ACHIEVED)
_KINDS = (RowKind.MET, RowKind.NUM, RowKind.DEN)
_SERIES_TITLES = {
    Series.ORIGINAL: "PROGRAMADO ORIGINAL",
    Series.MODIFIED: "MODIFICADO",
    Series.ACHIEVED: "REALIZADO",
}
_ROW_TIPS = {
    RowKind.MET: "MET: la meta. En las metas de porcentaje (P) es NUM ÷ DEN × 100; en las "
    "absolutas (A) es igual a NUM (MET = NUM).",
    RowKind.NUM: "NUM: el numerador; en las metas absolutas, la cantidad misma.",
    RowKind.DEN: "DEN: el denominador; solo las metas de porcentaje (P) lo tienen.",
}
# 8 pt figures: fourteen columns of "1900.00" side by side fit a 1024-pixel screen.
_CELL = "QLineEdit {{ padding: 0 1px; font-size: 8pt; {} }}"
_READ_ONLY_STYLE = _CELL.format("background: #f3f4f6; color: #263238; border: 1px solid #d0d4d9;")
_QUARTER_STYLE = _CELL.format("background: #fff8e1; color: #263238; border: 1px solid #ffe082;")
_EDITABLE_STYLE = _CELL.format("background: #fffde7; border: 2px solid #f9a825; font-weight: bold;")
_INVALID_STYLE = _CELL.format("background: #ffebee; border: 2px solid #c62828;")
_HEADER_STYLE = "font-weight: bold; color: #37474f; font-size: 8pt;"
_QUARTER_HEADER_STYLE = (
    "font-weight: bold; color: #5d4037; font-size: 8pt; background: #ffe082; border-radius: 2px;"
)
_EDIT_TIP = "Escriba lo realizado en el trimestre; vacío = no reportado."
CELL_MIN_WIDTH = 40
Key = tuple[Series, RowKind, Quarter | None]
_VALUE = "valor"  # the cell's figure, kept so a resize can redraw it
_CELL_PADDING = 8  # frame and text margins of a cell, in pixels
_CELL_POINTS = 8.0  # the cells' type size (``_CELL``)
_SMALLEST_POINTS = 6.5  # the smallest type a figure is shrunk to, still readable
_WIDEST_CELL = 3 * CELL_MIN_WIDTH  # the most a long figure widens its cell (twelve digits fit)
_FIT_RULE = " QLineEdit {{ font-size: {}pt; }}"
_FITTED = re.compile(r" QLineEdit \{ font-size: [0-9.]+pt; \}$")


class FigureGrid(QWidget):
    """Shows a meta's figures; only the achieved NUM/DEN of the reported quarter can be typed."""

    achieved_edited = Signal()  # while typing
    achieved_finished = Signal()  # Enter or focus left

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cells: dict[Key, QLineEdit] = {}
        self._period_headers: dict[tuple[Series, Quarter | None], QLabel] = {}
        self._quarter: Quarter | None = None
        self.compact = False  # whole figures without ".00" (the target dialog offers them so)
        self._clicked: QLineEdit | None = None  # the cell a click took whole, while it has focus
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(2)
        layout.setVerticalSpacing(2)
        column = 1
        for series in _SERIES:
            periods = _PERIODS if series is not Series.ACHIEVED else tuple(Quarter)
            title = QLabel(_SERIES_TITLES[series])
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            title.setStyleSheet(_HEADER_STYLE + " border-bottom: 1px solid #90a4ae;")
            layout.addWidget(title, 0, column, 1, len(periods))
            for period in periods:
                header = QLabel("ANUAL" if period is None else f"T{int(period)}")
                header.setAlignment(Qt.AlignmentFlag.AlignCenter)
                header.setToolTip("Anual" if period is None else period.in_words.capitalize())
                layout.addWidget(header, 1, column)
                self._period_headers[(series, period)] = header
                for row, kind in enumerate(_KINDS, start=2):
                    layout.addWidget(self._make_cell(series, kind, period), row, column)
                layout.setColumnStretch(column, 1)
                column += 1
        progress_title = QLabel("% DE\nAVANCE")
        progress_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        progress_title.setStyleSheet(_HEADER_STYLE)
        layout.addWidget(progress_title, 0, column, 2, 1)
        self.progress = ProgressCell()
        layout.addWidget(self.progress, 2, column, 3, 1)
        for row, kind in enumerate(_KINDS, start=2):
            label = QLabel(kind.value)
            label.setToolTip(_ROW_TIPS[kind])
            label.setStyleSheet("font-weight: bold;")
            layout.addWidget(label, row, 0)

    def _make_cell(self, series: Series, kind: RowKind, period: Quarter | None) -> QLineEdit:
        cell = QLineEdit()
        cell.setAlignment(Qt.AlignmentFlag.AlignRight)
        cell.setMinimumWidth(CELL_MIN_WIDTH)
        cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        period_name = "anual" if period is None else f"T{int(period)}"
        cell.setObjectName(f"celda_{series.value}_{period_name.lower()}_{kind.value.lower()}")
        cell.setAccessibleName(f"{series.label.capitalize()} {period_name} {kind.value}")
        cell.setReadOnly(True)
        cell.installEventFilter(self)
        cell.textEdited.connect(self.achieved_edited)
        cell.editingFinished.connect(self.achieved_finished)
        self._cells[(series, kind, period)] = cell
        return cell

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLineEdit) and self._takes_whole_figure(watched, event):
            return True
        if isinstance(watched, QLineEdit) and is_escape(event) and self._put_back(watched):
            return True
        if isinstance(watched, QLineEdit) and moved_in_column(watched, event, self._column_of):
            return True
        # A line edit claims Ctrl+Z for its own typing. Once a figure is saved (Enter), the
        # cursor stays in the cell: let the window's Deshacer/Rehacer have the keys then.
        if is_undo_claim(event) and isinstance(watched, QLineEdit) and not watched.isModified():
            event.ignore()
            return True
        if isinstance(watched, QLineEdit) and is_window_key(event):  # Ctrl+E: Exportar
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _takes_whole_figure(self, cell: QLineEdit, event: QEvent) -> bool:
        # As in a spreadsheet, the first click into a figure takes it whole, so what is typed
        # next replaces it: a text box's cursor at the click turned «386» and 450 into 450386.
        # The next click in the same cell puts the cursor where it falls, to mend one digit.
        kind = event.type()
        if kind == QEvent.Type.FocusOut and cell is self._clicked:
            self._clicked = None
        elif (
            kind == QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and not cell.isReadOnly()
            and cell is not self._clicked
        ):
            self._clicked = cell
            cell.setFocus(Qt.FocusReason.MouseFocusReason)
            cell.selectAll()
            return True
        return False

    def _column_of(self, cell: QLineEdit) -> list[QLineEdit]:
        """The cell's column, MET to DEN."""
        for (series, _kind, period), found in self._cells.items():
            if found is cell:
                return [self._cells[(series, kind, period)] for kind in _KINDS]
        return []

    def _put_back(self, cell: QLineEdit) -> bool:
        """Esc, as in Excel: the figure saved back in the cell, what was typed dropped unsaved.

        Left typed, the next Enter, Tab or click elsewhere saved it. A cell not being typed in
        has nothing to take back: Esc goes on as before.
        """
        stored = cell.property(_VALUE)
        if cell.isReadOnly() or not cell.isModified() or not isinstance(stored, tuple):
            return False
        cell.setText(self._text(*stored))
        cell.setModified(False)  # nothing typed: leaving the cell saves nothing
        cell.selectAll()  # still in the cell, its figure taken whole as after a click
        self._fit(cell)
        self.achieved_edited.emit()  # the MET row and percentages shown follow it back
        return True

    def cell_for_field(self, field: str) -> QLineEdit | None:
        """The cell a validation finding or an audit entry names (``realizado.t1.num``)."""
        for (series, kind, period), cell in self._cells.items():
            if figure_field(series, period, kind) == field:
                return cell
        return None

    def cell(self, kind: RowKind, series: Series, quarter: Quarter | None) -> QLineEdit:
        """One cell of the grid."""
        return self._cells[(series, kind, quarter)]

    def figure_in(self, cell: QLineEdit, counted_unit: str | None = None) -> Decimal | None:
        """The figure a cell holds: the stored one while nothing was typed in it.

        Its text shows the figure cut to hundredths: read back, a cell only clicked in (or
        left alone while its DEN was typed) saved 66.66 over a stored 66.666666.

        Raises:
            FigureInputError: what was typed is not a figure (or a fraction of the meta's
                ``counted_unit``, a unit of measure that counts whole things).
        """
        stored = cell.property(_VALUE)
        if not cell.isModified() and isinstance(stored, tuple):
            value: Decimal | None = stored[0]
            return value
        return parse_reported_figure(cell.text(), counted_unit)

    def editable_cells(self, meta: Meta, quarter: Quarter) -> list[QLineEdit]:
        """The cells a person types the quarter's achieved figures into (NUM, and DEN for P)."""
        kinds = [RowKind.NUM, RowKind.DEN] if meta.kind is MetaKind.PERCENTAGE else [RowKind.NUM]
        return [self.cell(kind, Series.ACHIEVED, quarter) for kind in kinds]

    def show_meta(self, meta: Meta, quarter: Quarter, editable: bool) -> None:
        """Fill every cell; unlock the reported quarter's achieved cells when editable."""
        percent = meta.kind is MetaKind.PERCENTAGE
        self._quarter = quarter
        for (_series, period), header in self._period_headers.items():
            header.setStyleSheet(_QUARTER_HEADER_STYLE if period is quarter else _HEADER_STYLE)
        for (series, kind, period), cell in self._cells.items():
            self._fill(cell, meta.row(kind), series, period, percent and kind is RowKind.MET)
        unlocked = {id(c) for c in self.editable_cells(meta, quarter)} if editable else set()
        for (_series, _kind, period), cell in self._cells.items():
            writable = id(cell) in unlocked
            cell.setReadOnly(not writable)
            cell.setProperty(REFUSED, False)  # the stored figure; typing put back is marked again
            cell.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if writable else Qt.FocusPolicy.ClickFocus
            )
            cell.setStyleSheet(self._style(cell, period, writable))
            tip = _EDIT_TIP if writable else f"{cell.accessibleName()}: {cell.text() or 'vacío'}."
            cell.setToolTip(tip if writable else f"{tip} Solo lectura.")
            if writable and cell.window().focusWidget() is cell:
                # Filled while still read-only (a quarter reopened, the cursor left in it), the
                # cursor sat before the figure: 1710 typed over 1709 was saved as 17101709.
                # The window's focus widget: the reopening dialog is still the active window.
                cell.selectAll()
        self._update_compact()

    def clear(self) -> None:
        """Empty every cell (no meta selected): nothing of the previous meta stays on screen."""
        for (_series, _kind, period), cell in self._cells.items():
            cell.setProperty(_VALUE, None)  # a resize redraws a cell from it
            cell.clear()
            cell.setToolTip("")  # it named the figure of the meta shown before
            cell.setReadOnly(True)
            cell.setStyleSheet(self._style(cell, period, writable=False))  # no «type here» frame
        self.progress.clear()
        self.progress.setStyleSheet("")

    def _style(self, cell: QLineEdit, period: Quarter | None, writable: bool) -> str:
        if writable:
            return _EDITABLE_STYLE
        return (
            _QUARTER_STYLE if period is not None and period is self._quarter else _READ_ONLY_STYLE
        )

    def show_met(self, meta: Meta) -> None:
        """Refresh the MET row alone (it follows NUM and DEN while typing)."""
        percent = meta.kind is MetaKind.PERCENTAGE
        for (series, kind, period), cell in self._cells.items():
            if kind is RowKind.MET:
                self._fill(cell, meta.met, series, period, percent)
                self._fit(cell)

    def show_progress(self, text: str, style: str) -> None:
        """The % DE AVANCE cell of the form (the official % of the quarter)."""
        self.progress.show_text(text, style)

    def mark_invalid(self, cell: QLineEdit, message: str | None) -> None:
        """Colour a cell whose text is not a figure (or restore it, as its quarter allows)."""
        # A cell the closing made read-only, left by the cursor: not the «type here» frame.
        restored = self._style(cell, self._quarter, not cell.isReadOnly())
        cell.setStyleSheet(_INVALID_STYLE if message else restored)
        cell.setProperty(REFUSED, bool(message))  # Up and Down may leave a cell not refused
        self._fit(cell)  # the new style's type size is the cells' own again
        cell.setToolTip(message or _EDIT_TIP)

    def _fill(
        self,
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
        cell.setProperty(_VALUE, (value, percent))
        cell.setText(self._text(value, percent))
        _place_cursor(cell)

    def _text(self, value: Decimal | None, percent: bool) -> str:
        if percent and value is not None:
            # As the form prints a MET row («100%», «99.44%»): «100%» beside «99.44 %» read as
            # written two ways, and «100.00%» cannot fit a narrow screen's cells.
            return format_met_percent(value)
        if self.compact and value is not None and value == value.to_integral_value():
            return f"{value:.0f}"  # a narrow screen: whole figures without ".00", as typed
        return format_figure(value, percent)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_compact()

    def _update_compact(self) -> None:
        """Drop the ".00" of whole figures while any figure would not fit its cell."""
        compact = False
        for cell in self._cells.values():
            stored = cell.property(_VALUE)
            if isinstance(stored, tuple):
                text = format_figure(*stored)
                if _cell_metrics(cell).horizontalAdvance(text) + _CELL_PADDING > cell.width():
                    compact = True
                    break
        if compact != self.compact:
            self.compact = compact
            for cell in self._cells.values():
                stored = cell.property(_VALUE)
                if isinstance(stored, tuple) and not (cell.hasFocus() and cell.isModified()):
                    cell.setText(self._text(*stored))
                    _place_cursor(cell)
        for cell in self._cells.values():
            self._fit(cell)

    def _fit(self, cell: QLineEdit) -> None:
        """A figure still wider than its cell («99.44 %») in a smaller type, never cut."""
        # The cells' type size is their style sheet's (8 pt), so a smaller one is one more rule.
        style = _FITTED.sub("", cell.styleSheet())
        font, size = _cell_font(cell), _CELL_POINTS
        room, text = cell.width() - _CELL_PADDING, cell.text()
        stored = cell.property(_VALUE)
        if cell.isReadOnly() and isinstance(stored, tuple):
            text = self._text(*stored)  # whole again: the cell may show it cut, from before
        while size > _SMALLEST_POINTS and QFontMetrics(font).horizontalAdvance(text) > room:
            size -= 0.5
            font.setPointSizeF(size)
        # Past the smallest type («999999999999»), a cell of the quarter being reported asks
        # for the room it needs; the other cells, with room to spare, give it. Only that one
        # column: widening every long figure pushed the grid past a 1366 screen. Set from the
        # text alone, never from the width it had, so that widening cannot make it shrink.
        needed = CELL_MIN_WIDTH
        if self._quarter is not None and any(
            cell is self._cells[(Series.ACHIEVED, kind, self._quarter)] for kind in _KINDS
        ):
            smallest = QFont(font)
            smallest.setPointSizeF(_SMALLEST_POINTS)
            needed = QFontMetrics(smallest).horizontalAdvance(text) + _CELL_PADDING
        cell.setMinimumWidth(max(CELL_MIN_WIDTH, min(needed, _WIDEST_CELL)))
        if cell.isReadOnly() and isinstance(stored, tuple):
            self._show_whole_or_marked(cell, font, text, room)
        if size < _CELL_POINTS:
            style += _FIT_RULE.format(size)
        if style != cell.styleSheet():
            cell.setStyleSheet(style)

    def _show_whole_or_marked(self, cell: QLineEdit, font: QFont, text: str, room: int) -> None:
        """A read-only figure whole, or, past the smallest type, cut with «…» where it is cut.

        Cut without a mark, 150000000 read as 1500000; its tooltip gives it whole.
        """
        if QFontMetrics(font).horizontalAdvance(text) > room:
            text = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, room)
        if text != cell.text():
            cell.setText(text)
            cell.setCursorPosition(0)


def _place_cursor(cell: QLineEdit) -> None:
    """A figure just put in a cell: taken whole if the cursor is in it, else shown from its start.

    Just saved with Enter, the cursor still in it: what is typed next replaces the figure, as
    after a click (before the cursor, «9» made 855 into 9855).
    """
    # The window's focus widget: at start the window is not active yet, the figure was left.
    if cell.window().focusWidget() is cell and not cell.isReadOnly():
        cell.selectAll()
    else:
        cell.setCursorPosition(0)


def _cell_font(cell: QLineEdit) -> QFont:
    """The cell's type at the cells' own size, whatever smaller size it was given to fit."""
    font = QFont(cell.font())
    font.setPointSizeF(_CELL_POINTS)
    return font


def _cell_metrics(cell: QLineEdit) -> QFontMetrics:
    return QFontMetrics(_cell_font(cell))
