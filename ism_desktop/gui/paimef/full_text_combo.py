"""A drop-down for Anexo 2's long names: elided in the middle, whole in its list and tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget
from typing_extensions import override


class FullTextComboBox(QComboBox):
    """Shows a long choice's start and end (not a hard cut); its list is as wide as the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Sized by a short text: the window stays narrower than a 1366-pixel screen.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.currentIndexChanged.connect(self.refresh_tooltip)

    def add_choice(self, text: str, data: str) -> None:
        """Append a choice; its whole text is its tooltip and widens the list if needed."""
        self.addItem(text, data)
        self.setItemData(self.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        margin = 4 * self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        wanted = self.fontMetrics().horizontalAdvance(text) + margin
        self.view().setMinimumWidth(max(self.view().minimumWidth(), wanted))

    @override
    def clear(self) -> None:
        super().clear()
        self.view().setMinimumWidth(0)

    def shown_text(self) -> str:
        """The current choice as the closed box shows it: elided in the middle to fit."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideMiddle, field.width()
        )

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def refresh_tooltip(self) -> None:
        """Make the tooltip the current choice's whole text (call it after a silent change)."""
        self.setToolTip(self.currentText())
