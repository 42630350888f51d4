"""The PAIMEF window reads again what another program saved, but never over typing or a dialog.

The command line (``paimef capturar``) saves a capture while the window is open: it is shown
once the window is used again, the year and acción kept. Not while something typed is not
saved (reading again would drop it) nor under a question or a file dialog: then once that is
over, as the main window does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QTableWidget
from pytestqt.qtbot import QtBot

from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.gui.written_elsewhere import RELOADED, watch_paimef
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture

pytestmark = pytest.mark.gui
CAPTURED = "120; 100"  # as the grid shows «120 100» captured


def _captured_elsewhere(store: Store, tmp_path: Path) -> None:
    """The command line, another process with its own connection, captures indicator 2."""
    assert store.path == tmp_path / "datos.sqlite3"
    result = run_cli(
        "paimef", "capturar", "--numero", "2", "--periodo", "2026-T1", "120", "100",
        "--db", tmp_path / "datos.sqlite3", data_dir=tmp_path / "datos_cli",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def _shows_capture(window: PaimefWindow) -> bool:
    table = window.indicators_tab.table
    return any(
        (item := table.item(row, 4)) is not None and item.text() == CAPTURED
        for row in range(table.rowCount())
    )


def _activated(window: PaimefWindow) -> None:
    """The window gets the focus back from another program."""
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    QApplication.processEvents()


def _open_cell(window: PaimefWindow, table: QTableWidget, row: int, column: int) -> QLineEdit:
    table.setCurrentCell(row, column)
    item = table.currentItem()
    assert item is not None
    table.editItem(item)
    editor = table.indexWidget(table.currentIndex())
    assert isinstance(editor, QLineEdit)
    return editor


def _type_in_form(qtbot: QtBot, window: PaimefWindow) -> Callable[[], None]:
    name = window.form.name
    before = name.text()
    qtbot.keyClicks(name, "X")

    def take_back() -> None:
        name.setText(before)  # typed back as stored: nothing left to save

    return take_back


def _type_in_date(qtbot: QtBot, window: PaimefWindow) -> Callable[[], None]:
    editor = _open_cell(window, window.deadlines_tab.dates, 0, 1)
    qtbot.keyClicks(editor, "15/05/20")
    return lambda: qtbot.keyClick(editor, Qt.Key.Key_Escape)  # the editor closed, unsaved


def _type_in_indicator(qtbot: QtBot, window: PaimefWindow) -> Callable[[], None]:
    editor = _open_cell(window, window.indicators_tab.table, 0, 4)
    qtbot.keyClicks(editor, "3")
    return lambda: qtbot.keyClick(editor, Qt.Key.Key_Escape)


@pytest.mark.parametrize("typing", [_type_in_form, _type_in_date, _type_in_indicator])
def test_typing_not_saved_holds_the_reload_until_it_is_over(
    window: PaimefWindow,
    store: Store,
    qtbot: QtBot,
    tmp_path: Path,
    typing: Callable[[QtBot, PaimefWindow], Callable[[], None]],
) -> None:
    watch_paimef(window)
    take_back = typing(qtbot, window)
    where = window.typed_in()
    assert where is not None
    _captured_elsewhere(store, tmp_path)

    _activated(window)
    qtbot.wait(300)

    assert not _shows_capture(window)
    assert window.typed_in() == where  # the typing is still there, to be saved or dropped

    take_back()
    assert window.typed_in() is None
    _activated(window)
    qtbot.waitUntil(lambda: _shows_capture(window), timeout=15_000)
    assert window.message.text() == RELOADED


def test_a_dialog_open_over_the_window_holds_the_reload_until_it_closes(
    window: PaimefWindow, store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    watch_paimef(window)
    dialog = QDialog(window)
    dialog.open()  # window-modal, as the window's own dialogs are
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    _captured_elsewhere(store, tmp_path)

    _activated(window)
    qtbot.wait(300)
    assert not _shows_capture(window)  # not under the dialog

    dialog.reject()
    _activated(window)
    qtbot.waitUntil(lambda: _shows_capture(window), timeout=15_000)


def test_shown_as_stored_keeps_the_year_and_the_accion(
    window: PaimefWindow, store: Store, tmp_path: Path
) -> None:
    window.table.selectRow(1)
    key = window.form.key.text()
    _captured_elsewhere(store, tmp_path)

    window.show_as_stored("Leído de nuevo.")

    assert _shows_capture(window)
    assert (window.year.value(), window.form.key.text()) == (2026, key)
    assert window.message.text() == "Leído de nuevo."
