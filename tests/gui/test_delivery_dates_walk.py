"""The delivery dates dialog from a real year's walk: every wrong date said at once, order asked."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.year_dialogs import DeliveryDatesDialog

pytestmark = pytest.mark.gui
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
T3_BEFORE_T2 = (
    "El trimestre 3 vencería el 15/10/2025, antes que el trimestre 2 (20/10/2025): ¿dejarla así?"
)


def _accept(qtbot: QtBot, stored: Mapping[Quarter, str], typed: Mapping[Quarter, str]) -> bool:
    """Type into a dialog of 2025 holding ``stored``, press «Aceptar»: whether it closed."""
    dialog = DeliveryDatesDialog(2025, lambda _year: stored)
    qtbot.addWidget(dialog)
    dialog.show()
    for quarter, text in typed.items():
        dialog.fields[quarter].setText(text)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    if dialog.isVisible():  # kept open: on the first date to look at, all still typed
        assert dialog.focusWidget() is dialog.fields[Quarter.THIRD]
        assert {q: dialog.fields[q].text() for q in typed} == typed
    return not dialog.isVisible()


def test_every_wrong_date_is_said_at_once(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    # T3 = 10/07/2025 was taken, inside its own quarter; with T4 wrong too, only T3 was said.
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    typed = ("14/04/2025", "15/07/2025", "10/07/2025", "15/12/2025")

    assert not _accept(qtbot, {}, dict(zip(Quarter, typed, strict=True)))

    assert warnings == [
        "La fecha de entrega del trimestre 3 de 2025 (10/07/2025) debe ser posterior al "
        "30/09/2025, último día del trimestre.\n"
        "La fecha de entrega del trimestre 4 de 2025 (15/12/2025) debe ser posterior al "
        "31/12/2025, último día del trimestre."
    ]


@pytest.mark.parametrize(
    ("stored", "answer", "asked", "closed"),
    [
        # Allowed (an extension can push T2 past T3), but only once the person says so.
        ({Quarter.SECOND: "2025-10-20"}, NO, [T3_BEFORE_T2], False),
        ({Quarter.SECOND: "2025-10-20"}, YES, [T3_BEFORE_T2], True),
        # Two dates stored out of order long ago are not asked about again.
        ({Quarter.FIRST: "2025-07-20", Quarter.SECOND: "2025-07-15"}, NO, [], True),
    ],
    ids=["no", "sí", "guardadas-antes"],
)
def test_a_quarter_due_before_an_earlier_one_is_asked_about(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    stored: dict[Quarter, str],
    answer: QMessageBox.StandardButton,
    asked: list[str],
    closed: bool,
) -> None:
    questions: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        questions.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)

    # 15/10/2025 is a Wednesday: no other note.
    assert _accept(qtbot, stored, {Quarter.THIRD: "15/10/2025"}) is closed
    assert questions == asked
