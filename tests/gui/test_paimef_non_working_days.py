"""PAIMEF window: a non-working day already listed is asked about; each change is recorded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_history import paimef_history
from ism_desktop.workspace.paimef_review import non_working_days
from tests.gui.paimef_stores import UNIT_001, paimef_window, stored_programme
from tests.gui.paimef_window_driver import _cell

pytestmark = pytest.mark.gui
AUTHOR = UNIT_001


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with stored_programme(tmp_path, AUTHOR) as opened:
        yield opened


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> PaimefWindow:
    shown = paimef_window(qtbot, store)
    with qtbot.waitExposed(shown):
        shown.show()
    return shown


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _add(window: PaimefWindow, day: str, reason: str) -> None:
    tab = window.deadlines_tab
    tab.new_day.setText(day)
    tab.new_reason.setText(reason)
    tab._add_day()


def _reasons(store: Store) -> list[str]:
    return [day.reason for day in non_working_days(store)]


def test_adding_a_day_already_there_asks_and_no_keeps_its_reason(
    window: PaimefWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    _add(window, "02/04/2026", "Jueves Santo")
    assert asked == []
    _add(window, "02/04/2026", "otra vez")
    assert len(asked) == 1
    assert "02/04/2026" in asked[0]
    assert "Jueves Santo" in asked[0]
    assert "otra vez" in asked[0]
    assert _reasons(store) == ["Jueves Santo"]
    assert window.deadlines_tab.new_reason.text() == "otra vez"  # kept, to be corrected


def test_adding_a_day_already_there_replaces_its_reason_when_the_person_says_so(
    window: PaimefWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    _add(window, "02/04/2026", "Jueves Santo")
    _add(window, "02/04/2026", "otra vez")
    assert len(asked) == 1
    assert _reasons(store) == ["otra vez"]


def test_adding_the_same_day_with_the_same_reason_changes_nothing(
    window: PaimefWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    _add(window, "02/04/2026", "Jueves Santo")
    before = len(paimef_history(store, 2026))
    _add(window, "02/04/2026", "Jueves Santo")
    assert asked == []
    assert len(paimef_history(store, 2026)) == before
    assert "ya" in window.message.text()


def test_adding_changing_and_removing_a_day_is_in_the_history(
    window: PaimefWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    _add(window, "02/04/2026", "Jueves Santo")
    lines = paimef_history(store, 2026)
    newest = lines[0]
    assert newest.profile == "Unidad 001"
    assert newest.os_user == "ana"
    assert "02/04/2026" in newest.what
    assert "agregado" in newest.what
    words = " ".join(f"{line.what} {line.detail}" for line in lines if line.at == newest.at)
    assert "Jueves Santo" in words
    # The deadlines it moved are said with it: the first transfer, 30 business days.
    assert "27/04/2026 → 28/04/2026" in words

    _add(window, "02/04/2026", "otra vez")
    newest = paimef_history(store, 2026)[0]
    assert "02/04/2026" in newest.what
    assert "Jueves Santo" in newest.detail
    assert "otra vez" in newest.detail

    tab = window.deadlines_tab
    tab.non_working.selectRow(0)
    tab._remove_day()
    lines = paimef_history(store, 2026)
    assert "02/04/2026" in lines[0].what
    assert "quitado" in lines[0].what
    words = " ".join(f"{line.what} {line.detail}" for line in lines if line.at == lines[0].at)
    assert "28/04/2026 → 27/04/2026" in words


def test_the_history_tab_shows_a_day_added(
    window: PaimefWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.tabs.setCurrentWidget(window.history_tab)
    _add(window, "02/04/2026", "Jueves Santo")
    shown = [
        window.history_tab.table.item(row, 2).text()  # type: ignore[union-attr]
        for row in range(window.history_tab.table.rowCount())
    ]
    assert any("02/04/2026" in text for text in shown)


def test_a_day_of_another_year_is_in_the_history_of_the_year_shown(
    window: PaimefWindow, store: Store
) -> None:
    # A day of 2025 moves no term of the Programa Anual 2026: it was recorded under 2025 alone,
    # and the window where it was added and removed showed neither change in its history.
    _add(window, "20/11/2025", "Cierre de oficinas")
    tab = window.deadlines_tab
    tab.non_working.selectRow(0)
    tab._remove_day()

    window.tabs.setCurrentWidget(window.history_tab)

    table = window.history_tab.table
    shown = [(_cell(table, row, 2).text(), _cell(table, row, 3).text()) for row in range(2)]
    assert shown == [
        ("día inhábil 20/11/2025 quitado", "Cierre de oficinas"),
        ("día inhábil 20/11/2025 agregado", "Cierre de oficinas"),
    ]


def test_quitar_dia_with_no_day_chosen_says_what_to_do(window: PaimefWindow) -> None:
    # It did nothing, without a word.
    _add(window, "02/04/2026", "Jueves Santo")
    tab = window.deadlines_tab
    tab.non_working.setCurrentCell(-1, -1)

    tab._remove_day()

    assert window.message.text() == "Elija en la lista el día inhábil que quiere quitar."
    assert tab.non_working.rowCount() == 1


def _at_laptop_size(window: PaimefWindow) -> None:
    """The window as it opens on a 1366 × 768 screen, on its deadlines tab."""
    window.resize(1366, 740)
    window.tabs.setCurrentWidget(window.deadlines_tab)
    QApplication.processEvents()  # the layout settles on the next turn of the event loop


def test_an_empty_days_off_list_leaves_its_room_to_the_deadlines(window: PaimefWindow) -> None:
    # The deadlines scrolled at 1366 × 768 over an empty days-off list a third of the tab tall.
    _at_laptop_size(window)
    days = window.deadlines_tab.non_working
    deadlines = window.deadlines_tab.deadlines

    assert days.viewport().height() < 3 * days.verticalHeader().defaultSectionSize()
    assert deadlines.viewport().height() > 5 * days.viewport().height()


def test_the_days_off_added_are_all_seen(window: PaimefWindow) -> None:
    _at_laptop_size(window)
    for day in ("06/04/2026", "07/04/2026", "08/04/2026", "09/04/2026"):
        _add(window, day, "Semana Santa")
    QApplication.processEvents()

    days = window.deadlines_tab.non_working
    assert days.rowCount() == 4
    assert days.verticalScrollBar().maximum() == 0


@pytest.mark.parametrize("field", ["new_day", "new_reason"])
def test_enter_in_a_days_off_field_adds_the_day(
    window: PaimefWindow, store: Store, qtbot: QtBot, field: str
) -> None:
    # Enter did nothing: the next day typed ran on after this one («06/04/202607/04/2026»).
    tab = window.deadlines_tab
    tab.new_day.setText("06/04/2026")
    tab.new_reason.setText("Semana Santa")

    qtbot.keyClick(getattr(tab, field), Qt.Key.Key_Return)

    assert _reasons(store) == ["Semana Santa"]
    assert (tab.new_day.text(), tab.new_reason.text()) == ("", "")


# A day already inhábil (a weekend, a legal holiday) is not added, and said so.
def test_a_saturday_is_not_added_and_the_person_is_told(window: PaimefWindow, store: Store) -> None:
    _add(window, "21/03/2026", "Cierre")
    assert non_working_days(store) == []
    assert window.message.text() == (
        "El 21/03/2026 es sábado: ya es inhábil. No hace falta agregarlo."
    )
    # What was typed stays, to correct a slip of the date.
    assert window.deadlines_tab.new_day.text() == "21/03/2026"


def test_a_legal_holiday_is_not_added_and_its_name_is_said(
    window: PaimefWindow, store: Store
) -> None:
    # 16 March 2026 is the third Monday of March (for 21 March), art. 74 of the LFT.
    _add(window, "16/03/2026", "Natalicio de Benito Juárez")
    assert non_working_days(store) == []
    assert window.message.text() == (
        "El 16/03/2026 ya es inhábil, de descanso obligatorio por la Ley Federal del Trabajo: "
        "tercer lunes de marzo (21 de marzo). No hace falta agregarlo."
    )


def test_a_weekday_that_is_no_holiday_is_added(window: PaimefWindow, store: Store) -> None:
    _add(window, "02/04/2026", "Jueves Santo")
    assert [day.reason for day in non_working_days(store)] == ["Jueves Santo"]


def test_a_second_quitar_dia_does_not_remove_the_next_day_unchosen(
    window: PaimefWindow, store: Store
) -> None:
    # The row left chosen after a removal was the next day: a second click removed it too.
    _add(window, "02/04/2026", "Jueves Santo")
    _add(window, "03/04/2026", "Viernes Santo")
    tab = window.deadlines_tab
    tab.non_working.selectRow(0)
    tab._remove_day()
    assert _reasons(store) == ["Viernes Santo"]

    tab._remove_day()

    assert _reasons(store) == ["Viernes Santo"]
    assert window.message.text() == "Elija en la lista el día inhábil que quiere quitar."
