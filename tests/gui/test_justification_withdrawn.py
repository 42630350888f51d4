"""A justification or an «enterado» saved by mistake can be taken back from the window.

Once saved, «Justificar aviso…» only offered to rewrite it: emptied, it asked for a text; the
only way back was ``justify --quitar`` on the command line, which an office user never sees.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.validation.justification import JustificationKey
from ism_desktop.gui.findings_model import FindingRow
from ism_desktop.gui.justify_dialog import JustifyDialog
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui

REASON = "Se amplió la meta por convenio con BAESVIM."


def _rows(window: MainWindow) -> list[FindingRow]:
    model = window.findings.model
    return [model.row_at(i) for i in range(model.rowCount())]


def _choose(window: MainWindow, finding_row: FindingRow) -> None:
    rows = _rows(window)
    [position] = [i for i, row in enumerate(rows) if row.finding == finding_row.finding]
    window.findings.list.setCurrentIndex(window.findings.model.index(position))


def _open_dialog(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, answer: str
) -> list[JustifyDialog]:
    """Press «Justificar aviso…»; ``answer``: a text to save, «enterado», or «quitar»."""
    seen: list[JustifyDialog] = []

    def answered(dialog: JustifyDialog) -> int:
        seen.append(dialog)
        if answer == "enterado":
            dialog.acknowledge_button.click()
        elif answer == "quitar":
            dialog.withdraw_button.click()
        else:
            dialog.text.setPlainText(answer)
            dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(JustifyDialog, "exec", answered)
    qtbot.mouseClick(window.findings.justify_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    return seen


def _asked(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    """Answer «¿Quitar…?» with ``answer``; the questions asked."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _stored(window: MainWindow, row: FindingRow) -> object:
    store = window.session.workspace.store
    return store.justifications.get(JustificationKey.of(2024, row.finding))


@pytest.mark.parametrize("answer", [REASON, "enterado"])
def test_a_saved_answer_is_withdrawn_from_the_dialog(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    window = open_window(unit_profile("004"))
    warning = next(row for row in _rows(window) if not row.finding.is_error)
    _choose(window, warning)
    _open_dialog(qtbot, window, monkeypatch, answer)
    assert _stored(window, warning) is not None
    _choose(window, warning)
    asked = _asked(monkeypatch, QMessageBox.StandardButton.Yes)

    [dialog] = _open_dialog(qtbot, window, monkeypatch, "quitar")

    # A reason written is lost: asked first; an «enterado» loses nothing.
    assert len(asked) == (1 if answer == REASON else 0)
    assert dialog.result() == JustifyDialog.DialogCode.Accepted
    assert _stored(window, warning) is None
    [again] = [row for row in _rows(window) if row.finding == warning.finding]
    assert again.justification is None
    assert window.statusBar().currentMessage() == (
        "Se quitó la justificación: el aviso vuelve a quedar sin justificar."
        if answer == REASON
        else "Se quitó el «enterado»: el aviso vuelve a quedar sin justificar."
    )


def test_a_reason_stays_when_the_question_is_declined(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    warning = next(row for row in _rows(window) if not row.finding.is_error)
    _choose(window, warning)
    _open_dialog(qtbot, window, monkeypatch, REASON)
    _choose(window, warning)
    asked = _asked(monkeypatch, QMessageBox.StandardButton.No)

    [dialog] = _open_dialog(qtbot, window, monkeypatch, "quitar")

    assert asked == [
        "¿Quitar la justificación guardada? Su texto se pierde y el aviso vuelve a quedar "
        "sin justificar."
    ]
    assert dialog.result() != JustifyDialog.DialogCode.Accepted
    assert _stored(window, warning) is not None


def test_the_button_names_what_it_takes_back(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    warning = next(row for row in _rows(window) if not row.finding.is_error)
    _choose(window, warning)
    _open_dialog(qtbot, window, monkeypatch, "enterado")
    _choose(window, warning)

    [dialog] = _open_dialog(qtbot, window, monkeypatch, "No hubo cambio de meta.")

    assert not dialog.withdraw_button.isHidden()
    assert dialog.withdraw_button.text() == "&Quitar «enterado»"


def test_an_open_warning_offers_nothing_to_withdraw(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    warning = next(row for row in _rows(window) if not row.finding.is_error)
    _choose(window, warning)

    [dialog] = _open_dialog(qtbot, window, monkeypatch, REASON)

    assert dialog.withdraw_button.isHidden()
