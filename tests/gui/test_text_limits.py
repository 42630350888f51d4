"""The window: an over-long evaluation is flagged while typing, a non-text justification refused."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.limits import MAX_NARRATIVE_CHARS
from ism_desktop.gui import main_window
from ism_desktop.gui.findings_model import FindingRow
from ism_desktop.gui.justify_dialog import JustifyDialog
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui

STUDIES = "ESTUDIOS SOCIOECONÓMICOS"


def test_an_over_long_evaluation_is_flagged_while_typing(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)

    window.form.narrative.setPlainText("A" * (MAX_NARRATIVE_CHARS + 1))

    assert "demasiado larga: máx. 20 000 caracteres" in window.form.char_count.text()
    window.form.flush()
    codes = [row.finding.rule for row in _rows(window)]
    assert codes.count("EVALUACION_NO_ADMISIBLE") == 1


def test_a_justification_that_is_not_text_is_refused_with_a_message(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    row = next(r for r in _rows(window) if not r.finding.is_error)
    shown: list[str] = []

    class FakeDialog:
        DialogCode = JustifyDialog.DialogCode

        def __init__(self, *_: Any) -> None:
            pass

        def exec(self) -> Any:
            return self.DialogCode.Accepted

        def justification_text(self) -> str:
            return "SE\x07 REPROGRAMÓ"

    monkeypatch.setattr("ism_desktop.gui.justify_dialog.JustifyDialog", FakeDialog)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))

    window._justify(row)

    assert len(shown) == 1
    assert "carácter que no es texto" in shown[0]
    assert isinstance(row, FindingRow)


def _rows(window: main_window.MainWindow) -> list[FindingRow]:
    model = window.findings.model
    return [model.row_at(index) for index in range(model.rowCount())]
