"""Ctrl+Enter in a dialog's multi-line text box accepts the dialog, as it does elsewhere.

Seen at 1366×768: in «Justificar aviso» and «Agregar observación» Enter starts a new line (a
reason is a paragraph), and Ctrl+Enter, which people press to be done, did nothing at all.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPlainTextEdit
from pytestqt.qtbot import QtBot

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.gui.justify_dialog import PAIMEF_WARNING, REJECTION, JustifyDialog
from ism_desktop.gui.modified_target_dialog import ModifiedTargetDialog
from ism_desktop.gui.observation_dialog import ObservationDialog
from tests.gui.window_driver import answer_questions

pytestmark = pytest.mark.gui
Saved = list[str]


@pytest.fixture(autouse=True)
def _losing_typing_at_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closed with something typed, the dialog asks first: answered «Sí» (no box waits)."""
    answer_questions(monkeypatch, "Sí")


def _justify(saved: Saved, _report: ProgressReport) -> tuple[QDialog, QPlainTextEdit]:
    dialog = JustifyDialog("Aviso", "", save=lambda text: saved.append(text))
    return dialog, dialog.text


def _paimef(saved: Saved, _report: ProgressReport) -> tuple[QDialog, QPlainTextEdit]:
    dialog = JustifyDialog(
        "Aviso", "", save=lambda text: saved.append(text), wording=PAIMEF_WARNING
    )
    return dialog, dialog.text


def _rejection(saved: Saved, _report: ProgressReport) -> tuple[QDialog, QPlainTextEdit]:
    dialog = JustifyDialog("Solicitud", "", save=lambda text: saved.append(text), wording=REJECTION)
    return dialog, dialog.text


def _observation(saved: Saved, _report: ProgressReport) -> tuple[QDialog, QPlainTextEdit]:
    dialog = ObservationDialog("Unidad 004", save=lambda text: saved.append(text))
    return dialog, dialog.text


def _request(saved: Saved, report: ProgressReport) -> tuple[QDialog, QPlainTextEdit]:
    def save(dialog: ModifiedTargetDialog) -> None:
        saved.append(dialog.reason_edit.toPlainText())

    dialog = ModifiedTargetDialog(report.metas[0], Quarter.FIRST, request=True, save=save)
    dialog.num_edit.setText("8")
    return dialog, dialog.reason_edit


DIALOGS: dict[str, Callable[[Saved, ProgressReport], tuple[QDialog, QPlainTextEdit]]] = {
    "justificar aviso": _justify,
    "justificar aviso PAIMEF": _paimef,
    "rechazar solicitud": _rejection,
    "agregar observacion": _observation,
    "solicitar cambio de meta": _request,
}


@pytest.mark.parametrize("make", DIALOGS.values(), ids=DIALOGS.keys())
@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter], ids=["Intro", "Enter"])
def test_ctrl_enter_in_the_text_accepts_the_dialog(
    qtbot: QtBot,
    seed_text: str,
    make: Callable[[Saved, ProgressReport], tuple[QDialog, QPlainTextEdit]],
    key: Qt.Key,
) -> None:
    saved: Saved = []
    dialog, box = make(saved, parse_etca_text(seed_text).report)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    box.setFocus()
    qtbot.keyClicks(box, "Por la veda electoral.")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # a plain Enter still starts a new line
    qtbot.keyClicks(box, "Sin presupuesto.")

    qtbot.keyClick(box, key, Qt.KeyboardModifier.ControlModifier)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert saved == ["Por la veda electoral.\nSin presupuesto."]
