"""The coordinator's board says when its warning counts do not include spelling yet.

Opened while the dictionary was still loading, the board counted the units' warnings without
spelling; opened again a moment later the same counts were higher, with no word of why.
"""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.spelling_support import SpellingSupport
from ism_desktop.gui.status_board_dialog import StatusBoardDialog
from ism_desktop.spelling.dictionary import SpanishSpelling
from ism_desktop.workspace.spelling_words import load_spelling
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
PENDING = (
    "Los avisos de ortografía todavía no se cuentan: el diccionario se está cargando. "
    "Cierre el tablero y ábralo de nuevo en unos segundos para verlos contados."
)


def test_the_board_says_spelling_is_not_counted_while_the_dictionary_loads(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    # As the program wires it on opening (window_opening.fill_window).
    spelling = SpellingSupport(window.session, window.form.narrative, window.statusBar(), window)
    window.coordination.spelling = spelling
    shown: list[StatusBoardDialog] = []

    def exec_(dialog: StatusBoardDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(StatusBoardDialog, "exec", exec_)
    release = threading.Event()

    def slow_load() -> SpanishSpelling:
        release.wait()  # the dictionary held until the board has been opened
        return load_spelling()

    spelling.start(slow_load)
    window.coordination.show_board()

    assert shown[-1].spelling_note.text() == PENDING
    assert shown[-1].spelling_note.isVisibleTo(shown[-1])

    release.set()
    qtbot.waitUntil(lambda: spelling.checker is not None, timeout=60_000)
    window.coordination.show_board()

    assert not shown[-1].spelling_note.isVisibleTo(shown[-1])
