"""Approving a request: the document's number is one line, and Enter approves.

Seen at 1366×768: «Número del documento que autoriza el cambio» was a box of eight lines;
Enter after the number went to a new line in it, and the number could be saved with lines
under it («ISM/DEST/045/2024» then «2024»). The unit's own request asks for it in one line.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ism_desktop.gui.justify_dialog import APPROVAL, REJECTION, JustifyDialog
from tests.gui.window_driver import answer_questions

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _losing_typing_at_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closed with something typed, the dialog asks first: answered «Sí» (no box waits)."""
    answer_questions(monkeypatch, "Sí")


def _shown(qtbot: QtBot, dialog: JustifyDialog) -> JustifyDialog:
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_enter_after_the_document_approves(qtbot: QtBot) -> None:
    saved: list[str] = []
    dialog = _shown(
        qtbot,
        JustifyDialog("Solicitud", "", save=lambda text: saved.append(text), wording=APPROVAL),
    )
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "ISM/DEST/045/2024")

    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)

    assert dialog.result() == JustifyDialog.DialogCode.Accepted
    assert saved == ["ISM/DEST/045/2024"]
    assert dialog.text.toPlainText() == "ISM/DEST/045/2024"


def test_the_document_field_is_one_line_high(qtbot: QtBot) -> None:
    dialog = _shown(qtbot, JustifyDialog("Solicitud", "", wording=APPROVAL))
    line = dialog.text.fontMetrics().lineSpacing()

    assert dialog.text.height() < 2 * line + 2 * dialog.text.frameWidth() + 12


def test_a_rejection_reason_keeps_its_lines(qtbot: QtBot) -> None:
    # A reason is a paragraph: Enter goes on writing, as in a justification.
    dialog = _shown(qtbot, JustifyDialog("Solicitud", "", wording=REJECTION))
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "Sin presupuesto.")

    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.text, "Vea el oficio.")

    assert dialog.isVisible()
    assert dialog.text.toPlainText() == "Sin presupuesto.\nVea el oficio."
