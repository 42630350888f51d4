"""Opening every dialog of the real window from its menus, as a keyboard user meets each one.

Each modal dialog is looked at while it is up, inside its own ``exec``: where the cursor is,
which Alt letters it answers to (every button one of its own), where Tab goes, and whether
Escape closes it. The dialogs the window shows without ``exec`` (help, print preview,
PAIMEF) are looked at once shown. Qt's static file, print and choice dialogs are answered
«Cancelar» at once: they are Qt's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
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
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
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


def unlettered_buttons(dialog: QWidget) -> list[str]:
    """The texts of ``dialog``'s visible buttons and boxes that no Alt letter reaches («Cerrar»)."""
    return [
        button.text()
        for button in dialog.findChildren(QAbstractButton)
        if button.isVisibleTo(dialog) and button.text() and alt_letter(button.text()) is None
    ]


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
        """The dialog on screen: its cursor, letters and Tab; then Escape, which must close it."""
        title = dialog.windowTitle()
        self.titles.append(title)
        qtbot.waitUntil(dialog.isActiveWindow)
        focus = QApplication.focusWidget()
        if focus is None or not dialog.isAncestorOf(focus):
            self.faults.append(f"«{title}»: opens with the cursor outside it ({focus!r})")
        if unlettered := unlettered_buttons(dialog):
            self.faults.append(f"«{title}»: buttons with no Alt letter: {unlettered}")
        if shared := shared_letters(dialog):
            self.faults.append(f"«{title}»: Alt letters shared: {shared}")
        self.faults += [f"«{title}»: {fault}" for fault in tab_faults(dialog)]
        # Qt's question of a year or a unit is answered with Enter: the dialog it leads to is
        # the program's (the year's programme, the observations sent).
        key = Qt.Key.Key_Return if isinstance(dialog, QInputDialog) else Qt.Key.Key_Escape
        qtbot.keyClick(focus or dialog, key)
        if dialog.isVisible():
            self.faults.append(f"«{title}»: Escape did not close it")
            dialog.reject()
            dialog.close()


def tab_stops(dialog: QWidget) -> list[QWidget]:
    """The widgets Tab goes through, in its order, from the first the dialog holds.

    As Qt chooses them: shown, enabled, taking Tab, and not handing the focus on to another
    (a number box's own text line).
    """
    stops: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    while widget is not None and widget is not dialog and widget not in stops:
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        shown = widget.isVisibleTo(dialog) and widget.isEnabled()
        if takes_tab and shown and widget.focusProxy() is None and dialog.isAncestorOf(widget):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def _named(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else widget.accessibleName()
    return f"{type(widget).__name__}({text!r})"


def tab_faults(dialog: QWidget) -> list[str]:
    """Where Tab goes against the reading order, or types a tab instead of moving on.

    Against it: up, but not to the top of a column further right; or back left on a row.
    """
    stops = tab_stops(dialog)
    places = {w: QRect(w.mapTo(dialog, QPoint(0, 0)), w.size()) for w in stops}
    faults = []
    for before, after in pairwise(stops):
        a, b = places[before], places[after]
        same_row = b.top() < a.bottom() and a.top() < b.bottom()
        up = b.bottom() <= a.top() and b.left() < a.right()
        if up or (same_row and b.right() <= a.left()):
            faults.append(f"Tab goes from {_named(before)} back to {_named(after)}")
    for edit in stops:
        if not isinstance(edit, QPlainTextEdit | QTextEdit) or edit.isReadOnly():
            continue
        if not edit.tabChangesFocus():
            faults.append(f"Tab types a tab in {_named(edit)} instead of moving on")
    return faults


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

    def static_question(_parent: object, title: str, *_a: object) -> tuple[str, bool]:
        # Its «Aceptar» and «Cancelar» have no Alt letter, and the walk cannot look at it.
        walk.faults.append(f"«{title}»: Qt's QInputDialog.getItem, buttons with no Alt letter")
        return "", False

    monkeypatch.setattr(QInputDialog, "getItem", static_question)
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


def start_walk(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Walk:
    """A walk of the dialogs opened from now on, Qt's own buttons in Spanish («&Abrir»)."""
    from ism_desktop.gui.application import install_spanish

    install_spanish(qapp)
    walk = Walk()
    patch_dialogs(monkeypatch, qtbot, walk)
    return walk


def unlettered_controls(window: QWidget) -> list[str]:
    """The controls Tab stops at that no label with an Alt letter leads to (by ``setBuddy``).

    Buttons, check boxes and tabs carry their letter in their own text (``alt_texts``); a box's
    letter leads to the first control in it, as Qt's ``QGroupBox`` does.
    """
    led_to = {
        label.buddy()
        for label in window.findChildren(QLabel)
        if label.isVisibleTo(window) and alt_letter(label.text()) is not None
    }
    for box in window.findChildren(QGroupBox):
        if box.isVisibleTo(window) and alt_letter(box.title()) and (inside := tab_stops(box)):
            led_to.add(inside[0])
    return [
        _named(control)
        for control in tab_stops(window)
        if not isinstance(control, QAbstractButton | QTabBar) and control not in led_to
    ]
