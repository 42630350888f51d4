"""Every text a person can read in a window or dialog, and what must never be among it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileSystemModel,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

# English words Qt or a hurried programmer leave behind; none is also a Spanish word.
ENGLISH = {
    "the", "and", "file", "files", "look", "cancel", "close", "save", "open", "print",
    "preview", "page", "pages", "warning", "help", "undo", "redo", "zoom", "width", "next",
    "previous", "directory", "folder", "name", "size", "type", "date", "yes", "apply", "ok",
    "error(s)", "settings", "sequence", "reviewed", "pending", "request", "about", "back",
    "forward", "computer", "modified",
}  # fmt: skip
RULE_CODE = re.compile(r"\b[A-Z]{3,}(?:_[A-Z0-9]+)+\b")
FIELD_CODE = re.compile(
    r"\b(?:original|modificado|realizado|evaluacion|avance)\.(?:t[1-4]|anual)(?:\.(?:num|den|met))?\b"
)
ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2}|Z)?")


def problems(texts: Iterator[str] | list[str]) -> list[str]:
    """The texts that hold an English word, a raw rule or field code, or an ISO timestamp."""
    found = []
    for text in texts:
        # File paths (the database's, a temporary folder's) are names, not words.
        prose = re.sub(r"(?:[A-Za-z]:)?[/\\]\S+", " ", text.replace("&", ""))
        words = {w.lower() for w in re.findall(r"[A-Za-z()]+", prose)}
        english = sorted(words & ENGLISH)
        if english:
            found.append(f"inglés {english}: {text!r}")
        for pattern, what in ((RULE_CODE, "código"), (FIELD_CODE, "campo"), (ISO_TIME, "ISO")):
            match = pattern.search(text)
            if match:
                found.append(f"{what} «{match.group()}»: {text!r}")
    return found


def widget_texts(top: QWidget) -> Iterator[str]:
    """Titles, labels, buttons, placeholders, tooltips, combo items, menus and model cells."""
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top) and not isinstance(widget, QMenu):
            continue
        yield widget.windowTitle() if widget.isWindow() else ""
        yield widget.toolTip()
        yield widget.accessibleName()
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        if isinstance(widget, QGroupBox):
            yield widget.title()
        if isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        if isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QMessageBox):
            yield widget.informativeText()
            yield widget.detailedText()
        if isinstance(widget, QMenu):
            for action in widget.actions():
                yield action.text()
                yield action.toolTip()
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from model_texts(widget.model())
    for action in top.actions():
        yield action.text()


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    """Every cell's text and tooltip, and the headers.

    A file dialog's list holds the names of the files in a folder (the tests' own temporary
    ones, «look_data.txt»): names, not words of the program. Only its headers are read.
    """
    parent = parent or QModelIndex()
    if not parent.isValid():
        for section in range(_columns(model, QModelIndex())):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, Qt.Orientation.Horizontal, role)
                if isinstance(value, str):
                    yield value
    if _lists_files(model):
        return
    for row in range(model.rowCount(parent)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield value
        first = model.index(row, 0, parent)
        if model.rowCount(first) > 0:
            yield from model_texts(model, first)


def _lists_files(model: QAbstractItemModel) -> bool:
    """Whether the model is a folder's files, itself or behind proxies (a name completer's)."""
    while isinstance(model, QAbstractProxyModel):
        model = model.sourceModel()
    return isinstance(model, QFileSystemModel)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # list models keep columnCount private: one column
        return 1


def dialogs_opened_by(action: Callable[[], object], seen: list[str]) -> list[str]:
    """Run ``action``; read and dismiss every dialog it opens (Qt's own included)."""
    titles: list[str] = []

    def sweep() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                titles.append(widget.windowTitle())
                seen.extend(widget_texts(widget))
                widget.reject()

    timer = QTimer()
    timer.setInterval(30)
    timer.timeout.connect(sweep)
    timer.start()
    try:
        action()
        for _ in range(10):
            QApplication.processEvents()
            sweep()
    finally:
        timer.stop()
    return titles
