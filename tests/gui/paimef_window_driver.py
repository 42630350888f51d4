"""The PAIMEF window on the sample programme, and helpers that read and answer it.

``store`` and ``window`` are fixtures: a test module imports both to have them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory, unit_profile
from tests.paimef_builders import programme

AUTHOR = Author("Unidad 001", "ana")
TODAY = date(2026, 3, 20)


@pytest.fixture
def store(tmp_path: pytest.TempPathFactory) -> Iterator[Store]:
    with Store.open(tmp_path / "datos.sqlite3") as opened:  # type: ignore[operator]
        opened.paimef.replace(programme(), AUTHOR, "prueba", [])
        yield opened


@pytest.fixture
def window(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, store: Store) -> PaimefWindow:
    # Closed at the test's end with a refused capture still typed, it asks first: answered here
    # (requested before ``qtbot``, so the answer still stands when its widgets are closed).
    monkeypatch.setattr("ism_desktop.gui.paimef.indicators_tab.confirm_loss", lambda *_a: True)
    shown = PaimefWindow(store, AUTHOR, TODAY)
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.show()
    return shown


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def _findings(window: PaimefWindow) -> list[str]:
    return [window.findings.item(i).text() for i in range(window.findings.count())]


def _press_enter_on(window: PaimefWindow, qtbot: QtBot, starts: str) -> None:
    """Enter on the first finding of the list that starts with ``starts``."""
    row = next(i for i, text in enumerate(_findings(window)) if text.startswith(starts))
    window.findings.setFocus()
    window.findings.setCurrentRow(row)
    qtbot.keyClick(window.findings, Qt.Key.Key_Return)


def _discard_when_asked(
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes,
) -> list[str]:
    """Answer «Sí» (or ``answer``) to every question asked; the questions, in order."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def paimef_in_front(open_window: WindowFactory, qtbot: QtBot) -> tuple[MainWindow, PaimefWindow]:
    """The main window of a unit, and the PAIMEF window opened from it, in front."""
    main = open_window(unit_profile())
    main.show_paimef()
    paimef = main.findChild(PaimefWindow)
    assert paimef is not None
    qtbot.waitUntil(paimef.isActiveWindow)
    return main, paimef
