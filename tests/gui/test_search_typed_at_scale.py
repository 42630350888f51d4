"""A word typed in the search box of a state's list filters it once, when the typing pauses.

Each letter filtered the 5,000 metas of a state's report anew, half a second of CPU each:
typing «seguridad alimentaria» at a person's pace froze the window for ten seconds, the
letters arriving one by one after the typing had ended. Enter and Down right after the last
letter act on the whole word; a search set by the program (cleared to show a meta the search
hides) still filters at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from bench.generate_state_report import build
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.profile import PcProfile
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.store.store import Store

pytestmark = pytest.mark.gui

METAS = 1200  # a state's list: each letter filtered it in about a tenth of a second or more
WORD = "seguridad"


@pytest.fixture
def descriptions(tmp_path: Path) -> list[str]:
    """The report's meta descriptions, as the generator wrote them (the store not asked)."""
    text, expected = build(metas=METAS, dependencies=4, seed=11)
    (tmp_path / "estatal.txt").write_text(text, encoding="utf-8")
    return [str(meta["description"]) for meta in expected]


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, descriptions: list[str], settings: QSettings
) -> Iterator[MainWindow]:
    """The coordinating unit's window on the state's report, the filter runs counted."""
    with Store.open(tmp_path / "coordinadora.sqlite3") as store:
        import_etca_file(tmp_path / "estatal.txt", store.reports)
        shown = MainWindow(
            ReportSession(store, PcProfile.coordinator(2024, Quarter.FIRST)), settings
        )
        qtbot.addWidget(shown)
        with qtbot.waitExposed(shown):
            shown.show()
        qtbot.waitUntil(lambda: shown.session.checked, timeout=30_000)
        yield shown


@pytest.fixture
def filtered(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each text the list was filtered by, in order."""
    runs: list[str] = []
    set_search = window.proxy.set_search

    def counted(text: str) -> None:
        runs.append(text)
        set_search(text)

    monkeypatch.setattr(window.proxy, "set_search", counted)
    return runs


def _shown(window: MainWindow) -> Meta:
    meta = window.form.meta
    assert meta is not None
    return meta


def _shown_description(window: MainWindow) -> str:
    return _shown(window).key.description


def test_the_list_is_filtered_once_for_a_word_typed(
    window: MainWindow, filtered: list[str], qtbot: QtBot, descriptions: list[str]
) -> None:
    assert any(WORD.upper() in text for text in descriptions)
    window.search.setFocus()

    qtbot.keyClicks(window.search, WORD)

    qtbot.waitUntil(lambda: filtered == [WORD], timeout=5000)
    assert WORD.upper() in _shown_description(window)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Down])
def test_enter_or_down_right_after_the_word_go_by_the_whole_word(
    window: MainWindow, filtered: list[str], qtbot: QtBot, key: Qt.Key
) -> None:
    window.search.setFocus()

    qtbot.keyClicks(window.search, WORD)
    qtbot.keyClick(window.search, key)

    assert filtered == [WORD]
    assert WORD.upper() in _shown_description(window)
    qtbot.wait(600)  # no second filtering after the pause
    assert filtered == [WORD]


def test_a_meta_hidden_by_the_search_is_shown_at_once(
    window: MainWindow, filtered: list[str], qtbot: QtBot, descriptions: list[str]
) -> None:
    window.search.setFocus()
    qtbot.keyClicks(window.search, WORD)
    qtbot.waitUntil(lambda: filtered == [WORD], timeout=5000)
    hidden = next(
        meta.stable_id
        for meta in window.session.metas()
        if WORD.upper() not in meta.key.description
    )

    window.select_meta(hidden)  # as «Ir al campo» does: the search is cleared first

    assert filtered == [WORD, ""]
    assert _shown(window).stable_id == hidden


def test_leaving_the_search_box_filters_by_the_word_at_once(
    window: MainWindow, filtered: list[str], qtbot: QtBot
) -> None:
    """Left for the list or the form before the pause, the filter came after, from behind:
    the form switched to the first meta found while the person was on another."""
    window.search.setFocus()
    qtbot.keyClicks(window.search, WORD)

    window.tree.setFocus()  # as a click on the list, or Tab, right after the last letter

    assert filtered == [WORD]
    shown = _shown(window).stable_id
    qtbot.wait(600)  # nothing comes later to change the meta under the person
    assert filtered == [WORD]
    assert _shown(window).stable_id == shown
