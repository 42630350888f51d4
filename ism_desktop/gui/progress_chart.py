"""A horizontal bar chart of the official % by unit, drawn with QPainter (no chart module)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from ism_desktop.domain.traffic_light import GREEN_HIGH, GREEN_LOW

_BAR = QColor("#7b1fa2")
_BAND = QColor("#c8e6c9")
_ROW = 26
_LABEL_WIDTH = 320
_MAX_SHOWN = Decimal(200)


class ProgressChart(QWidget):
    """One bar per unit; the 90–110 % band shaded; units with nothing to show say so."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[str, Decimal | None]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Gráfica del avance oficial promedio por unidad")

    def set_points(self, points: list[tuple[str, Decimal | None]]) -> None:
        """Labels and average official % (None when the unit has nothing measurable)."""
        self._points = points
        self.setMinimumHeight(_ROW * (len(points) + 1) + 8)
        self.updateGeometry()
        self.update()

    @override
    def sizeHint(self) -> QSize:
        return QSize(760, _ROW * (len(self._points) + 1) + 8)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        width = max(self.width() - _LABEL_WIDTH - 80, 100)
        scale = width / float(_MAX_SHOWN)
        band = QRectF(
            _LABEL_WIDTH + float(GREEN_LOW) * scale,
            0,
            float(GREEN_HIGH - GREEN_LOW) * scale,
            _ROW * len(self._points),
        )
        painter.fillRect(band, _BAND)
        for row, (label, value) in enumerate(self._points):
            top = row * _ROW
            painter.setPen(QPen(self.palette().text().color()))
            painter.drawText(
                QRectF(0, top, _LABEL_WIDTH - 8, _ROW),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                painter.fontMetrics().elidedText(
                    label, Qt.TextElideMode.ElideRight, _LABEL_WIDTH - 8
                ),
            )
            if value is None:
                text, length = "sin avance medible", 0.0
            else:
                text = f"{value:.2f} %"
                length = float(min(value, _MAX_SHOWN)) * scale
                painter.fillRect(QRectF(_LABEL_WIDTH, top + 5, length, _ROW - 10), _BAR)
            painter.drawText(
                QRectF(_LABEL_WIDTH + length + 6, top, 140, _ROW),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
        axis = _ROW * len(self._points) + 4
        painter.drawText(
            QRectF(_LABEL_WIDTH, axis, width, _ROW),
            int(Qt.AlignmentFlag.AlignLeft),
            "0 %          franja verde: 90 % a 110 %          200 % o más",
        )
