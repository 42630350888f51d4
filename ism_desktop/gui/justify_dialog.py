"""Justifying a warning in place: a written reason, or an explicit «enterado».

The same dialog takes a request's decision: the document approving it, or the reason rejecting
it, kept with what the workspace said while it refuses them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ism_desktop.gui.ctrl_enter import accept_on_ctrl_enter
from ism_desktop.gui.dialog_buttons import confirm_loss, letter_buttons, may_discard

# Stores the text typed («» for «enterado»), or says why not: the dialog then stays open.
# A decision's too: it is taken with the document or reason, or the dialog says why not.
SaveJustification = Callable[[str], str | None]
# Deletes the answer stored before, or says why not (the dialog then stays open).
WithdrawJustification = Callable[[], str | None]


@dataclass(frozen=True)
class Withdrawal:
    """An answer already stored, which the dialog offers to take back."""

    remove: WithdrawJustification
    acknowledgement: bool  # an «enterado», not a written reason
    undoable: bool = False  # a step Ctrl+Z undoes (the PAIMEF window's): the text is not lost

    @property
    def question(self) -> str:
        """Asked before a written reason is taken back."""
        if self.undoable:
            return (
                "¿Quitar la justificación guardada? El aviso vuelve a quedar sin justificar; "
                "Editar → Deshacer (Ctrl+Z) la devuelve."
            )
        return _LOSES

    @property
    def button_text(self) -> str:
        """The button, its shortcut marked."""
        return "&Quitar «enterado»" if self.acknowledgement else "&Quitar justificación"

    @property
    def done_text(self) -> str:
        """What the window says once it is taken back."""
        what = "el «enterado»" if self.acknowledgement else "la justificación"
        return f"Se quitó {what}: el aviso vuelve a quedar sin justificar."


@dataclass(frozen=True)
class Wording:
    """What the dialog and its field are called, its button, and whether «Solo enterado» is."""

    prompt: str  # the field's label, its shortcut marked
    name: str  # the field's accessible name
    empty: str  # said when the button is pressed with nothing written
    acknowledge: bool
    title: str = "Justificar aviso"
    save: str = "&Guardar justificación"  # the button, its shortcut marked
    discard: str = "¿Descartar la justificación escrita?"  # asked at Esc, with text changed
    one_line: bool = False  # a number, not a paragraph: one line high, and Enter saves


# A meta's warning: the reason travels with the package; «enterado» is an answer too.
REPORT_WARNING = Wording(
    "&Justificación (viaja con el paquete a la unidad coordinadora):",
    "Justificación",
    "Escriba la justificación, o elija «Solo enterado».",
    acknowledge=True,
)
# The coordinating unit's: it sends no package, the reason stays in its database.
COORDINATOR_WARNING = replace(
    REPORT_WARNING,
    prompt="&Justificación (queda en esta computadora, la de la unidad coordinadora):",
)
# A PAIMEF warning: a reason only.
PAIMEF_WARNING = Wording(
    "&Motivo:",
    "Motivo",
    "Escriba el motivo.",
    acknowledge=False,
    discard="¿Descartar el motivo escrito?",
)
# A target-change request approved: the document authorising it (the unit's cited, offered).
APPROVAL = Wording(
    "&Número del documento que autoriza el cambio:",
    "Documento que autoriza el cambio",
    "Escriba el número del documento que autoriza el cambio.",
    acknowledge=False,
    title="Aprobar solicitud",
    save="&Aprobar",
    discard="¿Descartar el documento escrito?",
    one_line=True,
)
# A target-change request rejected: the reason, which travels to the unit.
REJECTION = Wording(
    "&Motivo del rechazo:",
    "Motivo del rechazo",
    "Escriba el motivo del rechazo.",
    acknowledge=False,
    title="Rechazar solicitud",
    save="&Rechazar",
    discard="¿Descartar el motivo del rechazo escrito?",
)


_LOSES = (
    "¿Quitar la justificación guardada? Su texto se pierde y el aviso vuelve a quedar sin "
    "justificar."
)


class JustifyDialog(QDialog):
    """Shows the warning; the person writes why it is right, or only acknowledges it."""

    def __init__(
        self,
        about: str,
        current: str,
        parent: QWidget | None = None,
        *,
        save: SaveJustification | None = None,
        wording: Wording = REPORT_WARNING,
        withdrawal: Withdrawal | None = None,
    ) -> None:
        """``about``: the warning or request (rich text); ``wording``: its title, field, button.

        ``withdrawal``: the answer stored before, which a button then takes back.
        """
        super().__init__(parent)
        self.setWindowTitle(wording.title)
        self.resize(560, 320)
        self.acknowledge_only = False
        self.withdrawn = False  # closed by taking the stored answer back
        self._withdrawal = withdrawal
        self._save = save
        self._wording = wording
        self._opened_with = current.strip()  # offered or stored before: nothing typed yet
        layout = QVBoxLayout(self)
        # A no-break space before «%»: wrapped, «95.00» and «%» ended on two lines.
        heading = QLabel(about.replace(" %", "\u00a0%"))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        label = QLabel(wording.prompt)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(wording.name)
        self.text.setPlainText(current)
        # A reason offered to correct: typing continues it (put before it, it ran into it).
        self.text.moveCursor(QTextCursor.MoveOperation.End)
        label.setBuddy(self.text)
        accept_on_ctrl_enter(self.text)
        layout.addWidget(label)
        layout.addWidget(self.text)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        # What it said was about the text then: once typed again, it no longer holds.
        self.text.textChanged.connect(self.error_label.clear)
        if wording.one_line:
            self._one_line()
            layout.addStretch()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(wording.save, QDialogButtonBox.ButtonRole.AcceptRole)
        self.acknowledge_button: QPushButton = buttons.addButton(
            "Solo &enterado", QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.acknowledge_button.clicked.connect(self._acknowledge)
        self.acknowledge_button.setVisible(wording.acknowledge)
        # Saved by mistake, an answer could only be rewritten here: taking it back took the
        # command line («justify --quitar»).
        self.withdraw_button: QPushButton = buttons.addButton(
            "&Quitar" if withdrawal is None else withdrawal.button_text,
            QDialogButtonBox.ButtonRole.ResetRole,
        )
        self.withdraw_button.clicked.connect(self._withdraw)
        self.withdraw_button.setVisible(withdrawal is not None)
        layout.addWidget(buttons)
        # Shown first, at the left, it came last to Tab (after «Cancelar»).
        QWidget.setTabOrder(self.text, self.withdraw_button)
        QWidget.setTabOrder(self.withdraw_button, self.save_button)
        letter_buttons(self)
        if wording.one_line:  # no paragraph to make room for
            self.resize(560, self.sizeHint().height())

    def _one_line(self) -> None:
        """A box of eight lines for a document's number took Enter as a new line in it."""
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        margins = self.text.contentsMargins()
        padding = 2 * int(self.text.document().documentMargin()) + margins.top() + margins.bottom()
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() + padding)
        self.text.installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.text and isinstance(event, QKeyEvent) and event.key() in enter:
            if event.type() == QEvent.Type.KeyPress:
                self.accept()
            return True
        return super().eventFilter(watched, event)

    def justification_text(self) -> str:
        """The reason written (empty for an acknowledgement); a one-line field's, in one line."""
        if self.acknowledge_only:
            return ""
        text = self.text.toPlainText()
        # Pasted with line breaks, a document's number is still one line.
        return " ".join(text.split()) if self._wording.one_line else text.strip()

    def _acknowledge(self) -> None:
        self.acknowledge_only = True
        if self._saved(""):
            super().accept()
        else:
            self.acknowledge_only = False

    def _withdraw(self) -> None:
        withdrawal = self._withdrawal
        if withdrawal is None:
            return
        # A reason written is lost with it: asked first (an «enterado» loses nothing).
        if not withdrawal.acknowledgement and not confirm_loss(
            self, self.windowTitle(), withdrawal.question
        ):
            return
        refused = withdrawal.remove()
        if refused:
            self.error_label.setText(refused)
            return
        self.withdrawn = True
        super().accept()

    @override
    def accept(self) -> None:
        if not self.text.toPlainText().strip():
            self.error_label.setText(self._wording.empty)
            self.text.setFocus()
            return
        if self._saved(self.justification_text()):
            super().accept()

    @override
    def reject(self) -> None:
        # Esc or «Cancelar» threw a paragraph away at one key; other dialogs ask first.
        typed = self.text.toPlainText().strip() != self._opened_with
        if may_discard(self, typed, self._wording.discard):
            super().reject()

    def _saved(self, text: str) -> bool:
        """Stored (or nothing to store it with); if refused, said here with the text kept."""
        refused = None if self._save is None else self._save(text)
        if refused:
            self.error_label.setText(refused)
            self.text.setFocus()
        return not refused


def ask_justification(
    parent: QWidget,
    message: str,
    save: SaveJustification,
    current: str = "",
    withdrawal: Withdrawal | None = None,
) -> str | None:
    """A PAIMEF warning's reason, stored from the dialog (no «enterado»); what was done, said.

    ``current``: the reason stored before, offered to correct rather than typed again;
    ``withdrawal``: that reason, which «Quitar justificación» takes back. None if cancelled.
    """
    dialog = JustifyDialog(
        message, current, parent, save=save, wording=PAIMEF_WARNING, withdrawal=withdrawal
    )
    if dialog.exec() != JustifyDialog.DialogCode.Accepted:
        return None
    if withdrawal is not None and dialog.withdrawn:
        return withdrawal.done_text
    return "Justificación guardada."
