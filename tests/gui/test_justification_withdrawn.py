"""A justification or an «enterado» saved by mistake can be taken back from the window.

Once saved, «Justificar aviso…» only offered to rewrite it: emptied, it asked for a text; the
only way back was ``justify --quitar`` on the command line, which an office user never sees.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.justification import JustificationKey
from ism_desktop.gui.findings_model import FindingRow
from ism_desktop.gui.justify_dialog import JustifyDialog
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.workspace.quarter_closing import close_quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.paimef_window_driver import _discard_when_asked

pytestmark = pytest.mark.gui

REASON = "Se amplió la meta por convenio con BAESVIM."
Act = Callable[[JustifyDialog], None]


def _written(dialog: JustifyDialog) -> None:
    dialog.text.setPlainText(REASON)
    dialog.accept()


def _acknowledged(dialog: JustifyDialog) -> None:
    dialog.acknowledge_button.click()


def _withdrawn(dialog: JustifyDialog) -> None:
    dialog.withdraw_button.click()


class FirstWarning:
    """The window's first warning, and «Justificar aviso…» pressed on it."""

    def __init__(self, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
        self.window, self._qtbot, self._monkeypatch = window, qtbot, monkeypatch
        self.row = next(row for row in self._rows() if not row.finding.is_error)

    def _rows(self) -> list[FindingRow]:
        model = self.window.findings.model
        return [model.row_at(i) for i in range(model.rowCount())]

    def now(self) -> FindingRow:
        """The warning's row as the list shows it now."""
        [row] = [row for row in self._rows() if row.finding == self.row.finding]
        return row

    def justify(self, act: Act) -> JustifyDialog:
        """Choose the warning, press the button, ``act`` in the dialog; the dialog."""
        findings = self.window.findings
        findings.list.setCurrentIndex(
            findings.shown.mapFromSource(findings.model.index(self._rows().index(self.now())))
        )
        seen: list[JustifyDialog] = []

        def answered(dialog: JustifyDialog) -> int:
            seen.append(dialog)
            act(dialog)
            return int(dialog.result())

        self._monkeypatch.setattr(JustifyDialog, "exec", answered)
        self._qtbot.mouseClick(findings.justify_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        return seen[0]

    def stored(self) -> object:
        """What the database holds for it."""
        store = self.window.session.workspace.store
        return store.justifications.get(JustificationKey.of(2024, self.row.finding))


@pytest.fixture
def warning(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> FirstWarning:
    return FirstWarning(open_window(unit_profile("004")), qtbot, monkeypatch)


@pytest.mark.parametrize("given", [_written, _acknowledged])
def test_a_saved_answer_is_withdrawn_from_the_dialog(
    warning: FirstWarning, monkeypatch: pytest.MonkeyPatch, given: Act
) -> None:
    warning.justify(given)
    assert warning.stored() is not None
    asked = _discard_when_asked(monkeypatch)

    dialog = warning.justify(_withdrawn)

    # A reason written is lost: asked first; an «enterado» loses nothing.
    assert len(asked) == (1 if given is _written else 0)
    assert dialog.result() == JustifyDialog.DialogCode.Accepted
    assert warning.stored() is None
    assert warning.now().justification is None
    # Back among the open warnings, it stays the one chosen (the highlight stayed at the foot
    # of the list, on another warning, and this one was lost from view).
    current = warning.window.findings.current_row()
    assert current is not None
    assert current.finding == warning.row.finding
    what = "la justificación" if given is _written else "el «enterado»"
    said = f"Se quitó {what}: el aviso vuelve a quedar sin justificar."
    assert warning.window.statusBar().currentMessage() == said


def test_a_reason_stays_when_the_question_is_declined(
    warning: FirstWarning, monkeypatch: pytest.MonkeyPatch
) -> None:
    warning.justify(_written)
    asked = _discard_when_asked(monkeypatch, QMessageBox.StandardButton.No)

    dialog = warning.justify(_withdrawn)

    assert asked == [
        "¿Quitar la justificación guardada? Su texto se pierde y el aviso vuelve a quedar "
        "sin justificar."
    ]
    assert dialog.result() != JustifyDialog.DialogCode.Accepted
    assert warning.stored() is not None


def test_the_button_names_what_it_takes_back(warning: FirstWarning) -> None:
    warning.justify(_acknowledged)

    dialog = warning.justify(_written)

    assert not dialog.withdraw_button.isHidden()
    assert dialog.withdraw_button.text() == "&Quitar «enterado»"


def test_an_open_warning_offers_nothing_to_withdraw(warning: FirstWarning) -> None:
    dialog = warning.justify(_written)

    assert dialog.withdraw_button.isHidden()


def test_a_closed_quarter_keeps_it_and_says_why_in_the_dialog(warning: FirstWarning) -> None:
    warning.justify(_acknowledged)
    session = warning.window.session
    close_quarter(session.store, 2024, UnitCode("004"), Quarter.FIRST, session.author)
    said: list[str] = []

    def refused_then_cancelled(dialog: JustifyDialog) -> None:
        dialog.withdraw_button.click()
        said.append(dialog.error_label.text())
        dialog.done(0)

    warning.justify(refused_then_cancelled)

    assert said == [
        "No se quitó: el trimestre 1 de la unidad 004 está cerrado. Reábralo con un motivo para "
        "cambiarlo (Año → Cerrar o reabrir un trimestre…)."
    ]
    assert warning.stored() is not None


def test_tab_reaches_the_buttons_in_the_order_they_are_shown(
    warning: FirstWarning, qtbot: QtBot
) -> None:
    warning.justify(_acknowledged)
    reached: list[object] = []

    def tabbed(dialog: JustifyDialog) -> None:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.text.setFocus()
        for _ in range(3):
            focused = QApplication.focusWidget()
            assert focused is not None
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
            reached.append(QApplication.focusWidget())
        expected.extend([dialog.withdraw_button, dialog.save_button, dialog.acknowledge_button])
        dialog.done(0)

    expected: list[object] = []
    warning.justify(tabbed)

    # «Quitar» stands first, at the left: Tab went to it last, after «Cancelar».
    assert reached == expected
