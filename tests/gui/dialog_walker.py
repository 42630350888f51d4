"""Opening every dialog of the real window from its menus, as a keyboard user meets each one.

Each modal dialog is looked at while it is up, inside its own ``exec``: where the cursor is,
which Alt letters it answers to, and whether Escape closes it. The dialogs the window shows
without ``exec`` (help, print preview, PAIMEF) are looked at once shown. Qt's static file,
print and choice dialogs are answered «Cancelar» at once: they are Qt's, not the program's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

_LETTER = re.compile(r"&(?!&)(.)")


def alt_letter(text: str) -> str | None:
    """The letter Alt reaches in ``text`` («Exportar &paquete…»: «p»), lower case."""
    found = _LETTER.search(text)
    return found.group(1).lower() if found else None


def alt_texts(widget: QWidget) -> list[str]:
    """The texts of ``widget``'s visible buttons, labelled fields, boxes and tabs."""
    texts = [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisibleTo(widget)]
    texts += [
        label.text()
        for label in widget.findChildren(QLabel)
        if label.isVisibleTo(widget) and label.buddy() is not None
    ]
    texts += [box.title() for box in widget.findChildren(QGroupBox) if box.isVisibleTo(widget)]
    for bar in widget.findChildren(QTabBar):
        if bar.isVisibleTo(widget):
            texts += [bar.tabText(i) for i in range(bar.count())]
    return texts


def letters_of(texts: list[str]) -> dict[str, list[str]]:
    """The texts by the Alt letter each answers to (texts with none left out)."""
    letters: dict[str, list[str]] = {}
    for text in texts:
        if (letter := alt_letter(text)) is not None:
            letters.setdefault(letter, []).append(text)
    return letters


def shared_letters(dialog: QWidget) -> dict[str, list[str]]:
    """The Alt letters two or more visible entries of ``dialog`` answer to, with their texts."""
    letters = letters_of(alt_texts(dialog))
    return {letter: found for letter, found in letters.items() if len(found) > 1}


@dataclass
class Walk:
    """What the walk met: the dialogs' titles, and what each did wrong for the keyboard."""

    titles: list[str] = field(default_factory=list)
    faults: list[str] = field(default_factory=list)

    def look_at(self, qtbot: QtBot, dialog: QDialog) -> None:
        """The dialog on screen: its cursor, its letters; then Escape, which must close it."""
        title = dialog.windowTitle()
        self.titles.append(title)
        qtbot.waitUntil(dialog.isActiveWindow)
        focus = QApplication.focusWidget()
        if focus is None or not dialog.isAncestorOf(focus):
            self.faults.append(f"«{title}»: opens with the cursor outside it ({focus!r})")
        if shared := shared_letters(dialog):
            self.faults.append(f"«{title}»: Alt letters shared: {shared}")
        qtbot.keyClick(focus or dialog, Qt.Key.Key_Escape)
        if dialog.isVisible():
            self.faults.append(f"«{title}»: Escape did not close it")
            dialog.reject()
            dialog.close()


def patch_dialogs(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, walk: Walk) -> None:
    """Every ``exec`` of a dialog made in Python looked at; Qt's static dialogs cancelled."""
    real_exec = QDialog.exec

    def exec_looked_at(dialog: QDialog) -> int:
        QTimer.singleShot(0, lambda: walk.look_at(qtbot, dialog))
        return real_exec(dialog)

    monkeypatch.setattr(QDialog, "exec", exec_looked_at)

    def cancelled(title: str, answer: object) -> object:
        walk.titles.append(title)
        return answer

    monkeypatch.setattr(QPrintDialog, "exec", lambda _d: cancelled("Imprimir informe", 0))
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda _p, title, *_a: cancelled(title, "")
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda _p, title, *_a: cancelled(title, ("", ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _p, title, *_a: cancelled(title, ("", ""))
    )
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _p, title, *_a: cancelled(title, ("", False))
    )
    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            lambda _p, title, *_a: cancelled(title, QMessageBox.StandardButton.Cancel),
        )
    monkeypatch.setattr(QMessageBox, "about", lambda _p, title, _t: cancelled(title, None))


def menu_entries(window: QMainWindow) -> list[QAction]:
    """Every entry of the window's menus a person can choose, but «Salir»."""
    entries = []
    for bar_entry in window.menuBar().actions():
        menu = bar_entry.menu()
        if not isinstance(menu, QMenu) or not bar_entry.isVisible():
            continue
        menu.aboutToShow.emit()  # entries named as the open menu names them
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible() or not action.isEnabled():
                continue
            if action.text() != "&Salir" and action not in entries:
                entries.append(action)
    return entries


def look_at_shown(qtbot: QtBot, walk: Walk, window: QMainWindow) -> None:
    """The dialogs an entry showed without ``exec`` (help, print preview, PAIMEF)."""
    for shown in QApplication.topLevelWidgets():
        if shown is not window and isinstance(shown, QDialog) and shown.isVisible():
            walk.look_at(qtbot, shown)
            shown.close()
