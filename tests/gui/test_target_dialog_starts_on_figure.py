"""«Cambiar meta modificada» starts in the new target, taken whole, not in «Trimestre».

The cursor started in «Trimestre»: Down changed the quarter without a word, and the figure
typed first went nowhere.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.gui.modified_target_dialog import ModifiedTargetDialog
from tests.gui.window_driver import answer_questions

pytestmark = pytest.mark.gui


@pytest.fixture
def meta(seed_text: str) -> Meta:
    report: ProgressReport = parse_etca_text(seed_text).report
    return next(m for m in report.metas if m.description == "ESTUDIOS SOCIOECONÓMICOS")


def test_the_new_target_has_the_cursor_with_its_figure_taken_whole(
    qtbot: QtBot, meta: Meta
) -> None:
    dialog = ModifiedTargetDialog(meta, Quarter.SECOND)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    shown = dialog.num_edit.text()
    assert shown

    focused = QApplication.focusWidget()
    assert focused is dialog.num_edit
    assert dialog.num_edit.selectedText() == shown
    qtbot.keyClicks(focused, "950")

    assert dialog.num_edit.text() == "950"
    assert dialog.quarter() is Quarter.SECOND


def test_no_two_alt_letters_of_the_dialog_clash(qtbot: QtBot, seed_text: str) -> None:
    # «&Denominador (DEN)» and «&Documento que lo autoriza» both took Alt+D.
    report: ProgressReport = parse_etca_text(seed_text).report
    percentage = next(m for m in report.metas if m.kind is MetaKind.PERCENTAGE)
    dialog = ModifiedTargetDialog(percentage, Quarter.SECOND)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
    letters = [found.group(1).lower() for t in texts if (found := re.search(r"&(?!&)(.)", t))]

    assert len(letters) == len(set(letters)), texts


def test_alt_a_accepts_as_enter_does(
    qtbot: QtBot, meta: Meta, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «Aceptar» had no letter: Alt+A did nothing, while Enter accepted.
    asked = answer_questions(monkeypatch, "Sí")  # a stray «a» typed asks before closing
    dialog = ModifiedTargetDialog(meta, Quarter.SECOND)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.num_edit)

    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.error_label.text() != "")  # Qt shows the button pressed

    # Accepted without a reason: the dialog asks for it, and stays open to write it.
    assert dialog.error_label.text() == "Escriba el motivo del cambio."
    assert dialog.isVisible()
    assert asked == []


def test_both_buttons_have_a_letter(qtbot: QtBot, meta: Meta) -> None:
    dialog = ModifiedTargetDialog(meta, Quarter.SECOND)
    qtbot.addWidget(dialog)

    texts = sorted(button.text() for button in dialog.findChildren(QPushButton))

    assert texts == ["&Aceptar", "&Cancelar"]
