"""Per unit, its metas by semáforo colour as one stacked bar, drawn with QPainter.

Counting metas by colour, not averaging their %, keeps the outliers in sight: a unit with
three metas at 300 % and four at 20 % no longer shows a reassuring 130 % average.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget
from typing_extensions import override

from ism_desktop.domain.traffic_light import TrafficLight
from ism_desktop.gui.traffic_light_colors import BACKGROUND, FOREGROUND

_ROW = 24
_LABEL_MOST = 0.5  # of the chart's width, for the names
_GAP = 8  # between a name and its bar
# Under the chart, not in it: a state's chart scrolls, and the key must stay in sight.
LEGEND = "verde 90–110% · ámbar 70–90% o 110–130% · rojo fuera de eso · gris sin dato"
_ORDER = (TrafficLight.GREEN, TrafficLight.AMBER, TrafficLight.RED, TrafficLight.GREY)
ChartRow = tuple[str, Mapping[TrafficLight, int]]


class ProgressChart(QWidget):
    """One bar per unit, as wide as all its metas, split by colour with the count in each part."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ChartRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Gráfica de las metas de cada unidad por color del semáforo")

    def set_rows(self, rows: list[ChartRow]) -> None:
        """Labels and, for each, how many metas have each colour."""
        self._rows = rows
        self.setMinimumHeight(self._height())
        self.updateGeometry()
        self.update()

    @staticmethod
    def row_top(row: int) -> int:
        """Where the ``row``-th bar starts, from the top of the chart."""
        return row * _ROW

    def row_tip(self, y: int) -> str:
        """The tip of the bar at height ``y``: its unit and its counts.

        One tip per bar: a state has hundreds of units, and one for the whole chart would be
        taller than the screen.
        """
        row = y // _ROW
        if not 0 <= row < len(self._rows):
            return ""
        label, counts = self._rows[row]
        return f"{label}: " + ", ".join(f"{counts.get(light, 0)} {light.value}" for light in _ORDER)

    @override
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.row_tip(event.pos().y())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _height(self) -> int:
        return _ROW * len(self._rows) + 4

    @override
    def sizeHint(self) -> QSize:
        return QSize(640, self._height())

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _label_width(self) -> int:
        """As wide as the longest name, up to a share of the chart (the bars keep the rest).

        A fixed third shortened «002 ISM DIRECCIÓN DE EVALUACIÓN Y SEGUIMIENTO TÉCNICO» in a
        dialog 1,100 pixels wide, its bars taking the other two thirds.
        """
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(label) for label, _ in self._rows), default=0)
        return min(widest + 1 + _GAP, int(self.width() * _LABEL_MOST))

    def shown_labels(self) -> list[str]:
        """The units' names as drawn beside their bars (shortened in the middle if need be)."""
        room = self._label_width() - _GAP
        metrics = self.fontMetrics()
        return [
            metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, room)
            for label, _counts in self._rows
        ]

    def _paint(self, painter: QPainter) -> None:
        label_width = self._label_width()
        width = max(self.width() - label_width - _GAP, 60)
        text_pen = QPen(self.palette().text().color())
        for row, ((_label, counts), shown) in enumerate(
            zip(self._rows, self.shown_labels(), strict=True)
        ):
            top = self.row_top(row)
            painter.setPen(text_pen)
            painter.drawText(
                QRectF(0, top, label_width - _GAP, _ROW),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
            total = sum(counts.get(light, 0) for light in _ORDER)
            left = float(label_width)
            for light in _ORDER:
                count = counts.get(light, 0)
                if not count:
                    continue
                part = QRectF(left, top + 3, width * count / total, _ROW - 6)
                painter.fillRect(part, BACKGROUND[light])
                painter.setPen(QPen(FOREGROUND[light]))
                painter.drawText(part, int(Qt.AlignmentFlag.AlignCenter), str(count))
                left = part.right()
