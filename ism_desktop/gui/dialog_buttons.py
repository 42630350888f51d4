"""The «Aceptar» and «Cancelar» buttons at the foot of a dialog, and the «¿…?» before a loss."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ism_desktop.gui.path_line import keep_paths_whole

_LETTER = re.compile(r"&(?!&)(.)")


def ok_cancel(
    dialog: QDialog,
    layout: QVBoxLayout | QFormLayout,
    on_accept: Callable[[], object] | None = None,
) -> QPushButton:
    """Add both buttons under ``layout``; returns «Aceptar», for dialogs that enable it.

    ``on_accept`` checks what was typed before closing; without it «Aceptar» closes at once.
    """
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    # Qt's own texts («OK», and «Aceptar» translated) have no letter: Alt+A did nothing.
    # Emptied first: Qt's «&Cancelar» (``qt_spanish``) kept «c» from the program's own.
    words = {
        QDialogButtonBox.StandardButton.Ok: "Aceptar",
        QDialogButtonBox.StandardButton.Cancel: "Cancelar",
    }
    for button in buttons.buttons():
        button.setText("")
    for kind, word in words.items():
        button = buttons.button(kind)
        assert button is not None  # the box was made with it
        button.setText(_underlined(word, _letters_in_use(dialog, buttons)))
    buttons.accepted.connect(on_accept or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    if isinstance(layout, QVBoxLayout):
        layout.addWidget(buttons)
    else:
        layout.addRow(buttons)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None  # the box was made with it
    return ok


def add_close(dialog: QDialog, layout: QVBoxLayout) -> QPushButton:
    """«Cerrar» at the foot of a dialog that only shows; every button then gets its letter."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close is not None  # the box was made with it
    close.setText("Cerrar")  # Qt's word, in English where its catalogue is missing
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    letter_buttons(dialog)
    return close


def letter_answers(dialog: QInputDialog) -> None:
    """Alt letters on a one-answer question's «Aceptar» and «Cancelar» (Qt's have none).

    Called once its field is set up: set first, the buttons were built before the field, and
    Tab went from «Cancelar» back to it.
    """
    dialog.setOkButtonText("&Aceptar")
    dialog.setCancelButtonText("&Cancelar")


def letter_buttons(dialog: QDialog) -> None:
    """Give each of ``dialog``'s buttons with no Alt letter the first one free in its text.

    Qt's «Cerrar» and «Cancelar» have none: a person at the keyboard Tabbed to them. Called
    once the dialog holds all its buttons and fields, so no letter is taken twice.
    """
    for button in dialog.findChildren(QPushButton):
        if button.text() and not _LETTER.search(button.text()):
            button.setText(_underlined(button.text(), _letters_in_use(dialog)))


def _letters_in_use(dialog: QDialog, buttons: QDialogButtonBox | None = None) -> set[str]:
    """The Alt letters the dialog already answers to: its buttons, labelled fields, boxes."""
    texts = [button.text() for button in dialog.findChildren(QAbstractButton)]
    if buttons is not None:  # not the dialog's child yet
        texts += [button.text() for button in buttons.buttons()]
    texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    texts += [box.title() for box in dialog.findChildren(QGroupBox)]
    return {found.group(1).lower() for text in texts if (found := _LETTER.search(text))}


def _underlined(word: str, taken: set[str]) -> str:
    """``word`` with its first letter no other entry uses marked for Alt (none left: bare)."""
    for index, letter in enumerate(word):
        if letter.lower() not in taken:
            return f"{word[:index]}&{word[index:]}"
    return word


def ask_between(
    parent: QWidget | None,
    title: str,
    text: str,
    accept: str,
    reject: str,
    *,
    warning: bool = False,
    enter_rejects: bool = False,
    details: str = "",
) -> bool:
    """A question answered by one of two named buttons; True for ``accept``.

    Enter chooses ``accept``, or ``reject`` when ``enter_rejects`` (the answer that keeps the
    data as it is, where the other replaces it); Escape always chooses ``reject``. A
    ``warning`` shows the warning icon instead of the question mark; ``details`` go behind
    Qt's «Mostrar detalles…» button.
    """
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, "", parent=parent)
    keep_paths_whole(box, text)  # a file's path on one line, the rest wrapped
    # «Mostrar los &detalles...» (``qt_spanish``) has «d».
    accept, reject = _lettered(accept, reject, {"d"} if details else set())
    if details:
        box.setDetailedText(details)
    chosen = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    declined = box.addButton(reject, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(declined if enter_rejects else chosen)
    box.exec()
    return box.clickedButton() is chosen


def _lettered(first: str, second: str, reserved: set[str]) -> tuple[str, str]:
    """Both answers with an Alt letter of their own (one given is kept), none ``reserved``.

    The answers are plain words elsewhere too (a later box's title): they had no letter, and
    «Seguir en el primer trimestre» was Tab, Tab and Space away.
    """
    given = (found.group(1).lower() for text in (first, second) if (found := _LETTER.search(text)))
    taken = {*given, *reserved}
    if not _LETTER.search(first):
        first = _underlined(first, taken)
        taken |= {found.group(1).lower() for found in _LETTER.finditer(first)}
    if not _LETTER.search(second):
        second = _underlined(second, taken)
    return first, second


def confirm_loss(parent: QWidget, title: str, text: str) -> bool:
    """Ask before something is lost or removed; «No» is the default, so Enter keeps it."""
    no = QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | no, no)
    return answer == QMessageBox.StandardButton.Yes


def may_discard(dialog: QDialog, typed: bool, question: str) -> bool:
    """Whether closing ``dialog`` may drop what it holds: nothing typed, or the person says so.

    For a dialog's ``reject``: Esc and «Cancelar» threw away what was typed at one key.
    """
    if not typed:
        return True
    if not confirm_loss(dialog, dialog.windowTitle(), question):
        return False
    # The question took the activation from ``dialog``, which now closes: over another dialog
    # (the programme editor, PAIMEF) no window got it back, and the keys went nowhere until a
    # click. The window under it takes it once ``dialog`` is gone.
    parent = dialog.parentWidget()
    if parent is not None:
        under = parent.window()

        def give_back(_result: int) -> None:
            dialog.finished.disconnect(give_back)
            under.activateWindow()

        dialog.finished.connect(give_back)
    return True
