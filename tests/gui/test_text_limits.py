"""The window: an over-long evaluation is flagged while typing, a non-text justification refused."""

from __future__ import annotations

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

    assert "demasiado larga: máx. 20\u00a0000 caracteres" in window.form.char_count.text()
    window.form.flush()
    codes = [row.finding.rule for row in _rows(window)]
    assert codes.count("EVALUACION_NO_ADMISIBLE") == 1


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("SE REPROGRAMÓ\x0bPOR OFICIO", "carácter que no es texto (U+000B, posición 14)"),
        ("A" * (MAX_NARRATIVE_CHARS + 1), "demasiado larga: máx. 20\u00a0000 caracteres"),
    ],
    ids=["tabulador-vertical", "demasiado-largo"],
)
def test_a_justification_that_may_not_be_stored_keeps_the_dialog_open_with_the_text(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, text: str, said: str
) -> None:
    # «No se guardó: …» came in a box, and «Aceptar» left the person with no dialog and
    # nothing of what was written.
    window = open_window(unit_profile("004"))
    row = next(r for r in _rows(window) if not r.finding.is_error)
    boxes: list[object] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: boxes.append(args))
    seen: list[tuple[int, str, str]] = []

    def fill(dialog: JustifyDialog) -> int:
        dialog.text.setPlainText(text)
        dialog.accept()
        seen.append((dialog.result(), dialog.error_label.text(), dialog.text.toPlainText()))
        return int(dialog.result())  # still open: the person may correct it, or cancel

    monkeypatch.setattr(JustifyDialog, "exec", fill)
    window._justify(row)

    ((result, message, kept),) = seen
    assert result != int(JustifyDialog.DialogCode.Accepted)
    assert said in message
    assert kept == text
    assert boxes == []
    assert window.session.store.justifications.for_year(2024) == []
    assert isinstance(row, FindingRow)


def _rows(window: main_window.MainWindow) -> list[FindingRow]:
    model = window.findings.model
    return [model.row_at(index) for index in range(model.rowCount())]
