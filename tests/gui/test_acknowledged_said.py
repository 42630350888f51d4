"""«Solo enterado» is said as an acknowledgement, not as a justification written.

The status bar said «Justificación guardada.» for a warning only acknowledged, with nothing
written: the person could believe a reason travels with the package.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.gui.findings_model import FindingRow
from ism_desktop.gui.justify_dialog import JustifyDialog
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui


def _first_warning(window: MainWindow) -> FindingRow:
    model = window.findings.model
    rows = [model.row_at(i) for i in range(model.rowCount())]
    warning = next(row for row in rows if not row.finding.is_error)
    window.findings.list.setCurrentIndex(
        window.findings.shown.mapFromSource(model.index(rows.index(warning)))
    )
    return warning


def _justify(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, answer: str | None
) -> FindingRow:
    """«Justificar aviso…» on the first warning, answered with ``answer`` (None: «enterado»)."""
    warning = _first_warning(window)

    def answered(dialog: JustifyDialog) -> int:
        if answer is None:
            dialog.acknowledge_button.click()
        else:
            dialog.text.setPlainText(answer)
            dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(JustifyDialog, "exec", answered)
    qtbot.mouseClick(window.findings.justify_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    return warning


def test_only_acknowledged_is_said_as_such(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))

    warning = _justify(qtbot, window, monkeypatch, None)

    model = window.findings.model
    [answered] = [
        row
        for row in (model.row_at(i) for i in range(model.rowCount()))
        if row.finding == warning.finding
    ]
    assert answered.justification is not None
    assert answered.justification.is_acknowledgement
    assert window.statusBar().currentMessage() == "Aviso marcado como «enterado»."


def test_a_reason_written_is_said_saved(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))

    _justify(qtbot, window, monkeypatch, "Se reprogramó por la Junta de Gobierno.")

    assert window.statusBar().currentMessage() == "Justificación guardada."
