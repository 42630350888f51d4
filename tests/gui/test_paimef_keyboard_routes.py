"""The PAIMEF window by keyboard: Alt+I to the year, Alt+M to the acciones, Alt+A to *Archivo*.

The year and the list of acciones had no letter: the row of five buttons beside the year had
taken the last ones, and a keyboard user reached both by Tab alone (the year through every
control of the tab). Those five actions are in *Archivo* now, each with the letter it had.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.gui.paimef.informe_printing import InformePrinting
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import AUTHOR, TODAY
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def pressed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The window's file and informe actions, each recorded by name instead of done.

    Replaced before the window connects them: pressed for real, each opens a modal dialog.
    """
    done: list[str] = []
    for owner, name in (
        (PaimefWindow, "import_file"),
        (PaimefWindow, "export_file"),
        (InformePrinting, "write"),
        (InformePrinting, "preview"),
        (InformePrinting, "print_informe"),
    ):
        monkeypatch.setattr(owner, name, lambda _self, *_a, name=name: done.append(name))
    return done


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, pressed: list[str]) -> Iterator[PaimefWindow]:
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), AUTHOR, "prueba", [])
        shown = PaimefWindow(store, AUTHOR, TODAY)
        qtbot.addWidget(shown)
        shown.resize(1366, 740)
        with qtbot.waitExposed(shown):
            shown.show()
        shown.activateWindow()
        qtbot.waitUntil(shown.isActiveWindow)
        yield shown


def _alt(qtbot: QtBot, key: Qt.Key) -> QWidget | None:
    """Alt with ``key`` where the cursor is; where the cursor is then."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, ALT)
    return QApplication.focusWidget()


def _in(widget: QWidget, focus: QWidget | None) -> bool:
    # The year's cursor is in its own text line, which stands for the number box.
    return focus is widget or (focus is not None and widget.isAncestorOf(focus))


@pytest.mark.parametrize("tab", range(4))
def test_alt_i_puts_the_cursor_in_the_year_from_every_tab(
    window: PaimefWindow, qtbot: QtBot, pressed: list[str], tab: int
) -> None:
    window.tabs.setCurrentIndex(tab)
    window.tabs.currentWidget().setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    focus = _alt(qtbot, Qt.Key.Key_I)

    assert _in(window.year, focus), focus
    assert pressed == []  # Alt+I was «Importar…»


def test_alt_m_puts_the_cursor_in_the_list_of_acciones(
    window: PaimefWindow, qtbot: QtBot, pressed: list[str]
) -> None:
    window.form.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.form.name)

    focus = _alt(qtbot, Qt.Key.Key_M)

    assert focus is window.table
    assert pressed == []  # Alt+M was «Imprimir…»


def _menu(window: PaimefWindow, title: str) -> QMenu:
    [menu] = [a.menu() for a in window.undo_menu.bar.actions() if a.text() == title]
    assert isinstance(menu, QMenu)
    return menu


def test_archivo_holds_the_five_actions_by_their_names(window: PaimefWindow) -> None:
    titles = [action.text() for action in window.undo_menu.bar.actions()]
    entries = [a for a in _menu(window, "&Archivo").actions() if not a.isSeparator()]

    assert titles == ["&Archivo", "E&ditar"]
    assert [(a.text(), a.shortcut().toString()) for a in entries] == [
        ("&Importar…", ""),
        ("E&xportar…", ""),
        ("Informe PDF &y Excel…", ""),
        ("&Vista previa de impresión…", ""),
        ("Impri&mir…", QKeySequence(QKeySequence.StandardKey.Print).toString()),
        ("&Cerrar\tEsc", ""),
    ]


@pytest.mark.qt_log_ignore(
    "This plugin does not support (grabbing the keyboard|raise)"  # the menu, offscreen
)
@pytest.mark.parametrize(
    ("letter", "done"),
    [
        (Qt.Key.Key_I, "import_file"),
        (Qt.Key.Key_X, "export_file"),
        (Qt.Key.Key_Y, "write"),
        (Qt.Key.Key_V, "preview"),
        (Qt.Key.Key_M, "print_informe"),
    ],
)
def test_alt_a_then_the_letter_does_what_the_button_did(
    window: PaimefWindow, qtbot: QtBot, pressed: list[str], letter: Qt.Key, done: str
) -> None:
    menu = _menu(window, "&Archivo")
    window.table.setFocus()

    _alt(qtbot, Qt.Key.Key_A)
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, letter)

    qtbot.waitUntil(lambda: not menu.isVisible())
    assert pressed == [done]


def test_cerrar_closes_the_window_as_esc_does(window: PaimefWindow, qtbot: QtBot) -> None:
    [close] = [a for a in _menu(window, "&Archivo").actions() if a.text().startswith("&Cerrar")]

    close.trigger()

    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_help_tells_where_the_buttons_went_and_the_new_letters() -> None:
    from ism_desktop.gui.help_dialog import HELP_HTML

    said = " ".join(HELP_HTML.split())

    assert "Alt+A <i>Archivo</i> (importar, exportar, el informe y su impresión;" in said
    assert "Alt+I el ejercicio" in said
    assert "Alt+M la lista de acciones" in said
