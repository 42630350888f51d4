"""Windows and dialogs sized and placed inside the screen the person is using."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# Room kept for a window's frame and title bar (Windows: about 8 px borders, 31 px title).
FRAME = QMargins(8, 32, 8, 8)
FRAME_ALLOWANCE = QSize(FRAME.left() + FRAME.right(), FRAME.top() + FRAME.bottom())


def screen_of(widget: QWidget | None, point: QPoint | None = None) -> QScreen:
    """The screen at ``point``, else the widget's, else the primary one."""
    screen = QGuiApplication.screenAt(point) if point is not None else None
    if screen is None and widget is not None:
        screen = widget.screen()
    return screen or QGuiApplication.primaryScreen()


def available_area(widget: QWidget | None = None) -> QRect:
    """The part of the widget's screen not taken by taskbars and docks."""
    return screen_of(widget).availableGeometry()


def bounded(preferred: QSize, area: QRect) -> QSize:
    """``preferred``, made smaller where the area (less a frame) is smaller."""
    room = area.size() - FRAME_ALLOWANCE
    return preferred.boundedTo(room).expandedTo(QSize(320, 240))


def fit_to_screen(widget: QWidget, preferred: QSize, parent: QWidget | None = None) -> None:
    """Resize to ``preferred`` or the screen, whichever is smaller, centred on the screen."""
    area = available_area(parent or widget)
    size = bounded(preferred, area)
    widget.resize(size)
    widget.move(area.center() - QRect(QPoint(), size).center())


def clamp_into(rect: QRect, area: QRect) -> QRect:
    """A window's inner ``rect`` moved (shrunk if need be) so that it and its frame fit ``area``."""
    size = bounded(rect.size(), area)
    area = area.marginsRemoved(FRAME)
    left = min(max(rect.left(), area.left()), area.right() - size.width() + 1)
    top = min(max(rect.top(), area.top()), area.bottom() - size.height() + 1)
    return QRect(QPoint(left, top), size)
