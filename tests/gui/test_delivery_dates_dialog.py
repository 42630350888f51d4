"""The delivery dates dialog: any year's dates, and what was typed is kept when one is wrong."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from ism_desktop.domain.quarter import Quarter
from tests.gui.conftest import WindowFactory
from tests.gui.year_window_setup import COORDINATOR

pytestmark = pytest.mark.gui


def test_an_impossible_date_keeps_the_dialog_open_with_every_date_typed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ism_desktop.gui.year_dialogs import DeliveryDatesDialog

    dialog = DeliveryDatesDialog(2024, lambda _year: {})
    qtbot.addWidget(dialog)
    dialog.show()
    typed = ("15/04/2024", "31/06/2024", "04/10/2024", "2025-01-15")
    for quarter, text in zip(Quarter, typed, strict=True):
        dialog.fields[quarter].setText(text)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)

    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    # Before, the dialog closed and the three good dates were lost with the wrong one.
    assert warnings == ["Trimestre 2: la fecha «31/06/2024» no existe en el calendario."]
    assert dialog.isVisible()
    assert [dialog.fields[q].text() for q in Quarter] == list(typed)
    assert dialog.focusWidget() is dialog.fields[Quarter.SECOND]

    # A real date outside its quarter's time is said and kept too (here the year before).
    dialog.fields[Quarter.SECOND].setText("15/07/2023")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert warnings[-1].startswith("La fecha de entrega del trimestre 2 de 2024 (15/07/2023)")

    dialog.fields[Quarter.SECOND].setText("15/07/2024")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert dialog.result() == int(DeliveryDatesDialog.DialogCode.Accepted)
    assert dialog.values()[Quarter.SECOND] == "15/07/2024"


def test_the_dates_of_another_year_are_shown_and_set(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # In December the coordinating unit sets next year's dates; the dialog only had its own.
    from ism_desktop.gui.year_dialogs import DeliveryDatesDialog

    stored = {2024: {Quarter.FIRST: "2024-04-15"}, 2025: {Quarter.FIRST: "2025-04-14"}}
    dialog = DeliveryDatesDialog(2024, lambda year: stored.get(year, {}), [2022, 2025, 2026])
    qtbot.addWidget(dialog)
    answers: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        answers.append(text)
        return (
            QMessageBox.StandardButton.No if len(answers) == 1 else QMessageBox.StandardButton.Yes
        )

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert (dialog.year.currentText(), dialog.fields[Quarter.FIRST].text()) == (
        "2024",
        "15/04/2024",
    )
    # The years with a programme, and the one worked on: never a gap year (2023) with none.
    offered = [dialog.year.itemText(i) for i in range(dialog.year.count())]
    assert offered == ["2022", "2024", "2025", "2026"]
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.focusWidget() is dialog.fields[Quarter.FIRST]  # a date typed at once lands

    dialog.year.setCurrentText("2025")
    assert dialog.windowTitle() == "Fechas de entrega de 2025"
    assert [dialog.fields[q].text() for q in Quarter] == ["14/04/2025", "", "", ""]
    dialog.fields[Quarter.SECOND].setText("15/07/2025")

    dialog.year.setCurrentText("2026")  # «No»: the date typed for 2025 stays, and so does the year
    assert answers == ["¿Descartar las fechas escritas para 2025?"]
    assert (dialog.year.currentText(), dialog.fields[Quarter.SECOND].text()) == (
        "2025",
        "15/07/2025",
    )
    dialog.year.setCurrentText("2026")  # «Sí»
    assert dialog.chosen_year() == 2026
    assert [dialog.fields[q].text() for q in Quarter] == ["", "", "", ""]


def test_the_window_stores_the_dates_of_the_year_chosen(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ism_desktop.gui.year_dialogs import DeliveryDatesDialog
    from ism_desktop.workspace.year_programme import new_year

    window = open_window(COORDINATOR)
    new_year(window.session.store, 2025, 2024, window.session.author)
    offered: list[str] = []

    def fill(dialog: DeliveryDatesDialog) -> int:
        offered.extend(dialog.year.itemText(i) for i in range(dialog.year.count()))
        dialog.year.setCurrentText("2025")
        dialog.fields[Quarter.FIRST].setText("14/04/2025")
        return int(QDialog.DialogCode.Accepted)

    warnings: list[str] = []
    monkeypatch.setattr(DeliveryDatesDialog, "exec", fill)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    window.year_actions.delivery_dates()

    assert warnings == []
    assert offered == ["2024", "2025"]  # the years with a programme, not 2000 to 2100
    years = window.session.store.years
    assert years.delivery_dates(2025) == {Quarter.FIRST: "2025-04-14"}
    assert years.delivery_dates(2024) == {}


@pytest.mark.parametrize(
    ("answer", "accepted"),
    [(QMessageBox.StandardButton.No, False), (QMessageBox.StandardButton.Yes, True)],
)
def test_a_weekend_or_a_holiday_is_asked_about(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    accepted: bool,
) -> None:
    from ism_desktop.gui.year_dialogs import DeliveryDatesDialog

    dialog = DeliveryDatesDialog(2024, lambda _year: {Quarter.FOURTH: "2025-01-01"})
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields[Quarter.FIRST].setText("15/04/2024")  # a Monday: nothing to say
    dialog.fields[Quarter.SECOND].setText("13/07/2024")
    # Christmas, after the third quarter ends (16 September fell inside it: refused now).
    dialog.fields[Quarter.THIRD].setText("25/12/2024")
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None

    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    # Both typed dates in one question; 1 January, stored before and not typed, is not asked.
    assert asked == [
        "El 13/07/2024 es sábado.\nEl 25/12/2024 es día de descanso obligatorio.\n\n¿Dejarlas así?"
    ]
    assert dialog.isVisible() is not accepted
    if not accepted:
        assert dialog.focusWidget() is dialog.fields[Quarter.SECOND]
        assert dialog.fields[Quarter.SECOND].text() == "13/07/2024"
    else:
        assert dialog.values()[Quarter.SECOND] == "13/07/2024"


def test_each_field_has_its_own_alt_letter(qtbot: QtBot) -> None:
    # Only «Ejercicio» had one: the four dates were reached by Tab alone.
    from ism_desktop.gui.year_dialogs import DeliveryDatesDialog

    dialog = DeliveryDatesDialog(2024, lambda _year: {})
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.layout()
    assert isinstance(form, QFormLayout)
    labelled: list[str] = []
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is not None and field is not None:
            text_label = label.widget()
            assert isinstance(text_label, QLabel)
            assert text_label.buddy() is field.widget(), text_label.text()
            labelled.append(text_label.text())
    buttons = [button.text() for button in dialog.findChildren(QAbstractButton)]

    letters = [_letter(text) for text in labelled + buttons]

    assert labelled == [
        "&Ejercicio:",
        "Trimestre &1 (primero):",
        "Trimestre &2 (segundo):",
        "Trimestre &3 (tercero):",
        "Trimestre &4 (cuarto):",
    ]
    assert "" not in letters[: len(labelled)]
    assert len(set(filter(None, letters))) == len(list(filter(None, letters))), letters


def _letter(text: str) -> str:
    """The Alt letter of a text with «&», read back by Qt itself."""
    return QKeySequence.mnemonic(text).toString().removeprefix("Alt+").upper()
