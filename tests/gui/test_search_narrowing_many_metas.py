"""A letter typed in the search box with thousands of metas answers at once.

Narrowing the search («A», then «AT») hid rows from a tree opened whole: every row hidden
moved the index of every open branch, a cost that grew with the square of the metas. With a
state-wide report (5,000 metas) the second letter took a minute and a half of CPU, the window
frozen, the letters typed meanwhile arriving one by one.
"""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from bench.generate_state_report import build
from ism_desktop.domain.profile import PcProfile
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.store.store import Store

pytestmark = pytest.mark.gui

METAS = 600


@pytest.fixture
def state_store(tmp_path: Path) -> Iterator[Store]:
    text, _expected = build(metas=METAS, dependencies=6, seed=7)
    source = tmp_path / "estatal.txt"
    source.write_text(text, encoding="utf-8")
    with Store.open(tmp_path / "coordinadora.sqlite3") as store:
        import_etca_file(source, store.reports)
        yield store


def _calls(run: Callable[[], object], file: str, name: str) -> int:
    """How many times ``name`` (of a file ending in ``file``) was called while ``run`` ran."""
    profile = cProfile.Profile()
    profile.runcall(run)
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    return sum(
        calls
        for (where, _line, called), (calls, *_rest) in stats.items()
        if where.endswith(file) and name in called
    )


@pytest.fixture
def window(qtbot: QtBot, state_store: Store, settings: QSettings) -> MainWindow:
    """The coordinating unit's window on the state report, its rules run."""
    profile = PcProfile.coordinator(2024, Quarter.FIRST)
    shown = MainWindow(ReportSession(state_store, profile), settings)
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.show()
    qtbot.waitUntil(lambda: shown.session.checked, timeout=30_000)
    return shown


def test_a_narrower_search_costs_about_one_pass_over_the_metas(window: MainWindow) -> None:
    window.search.setText("A")

    calls = _calls(lambda: window.search.setText("AT"), "meta_tree_model.py", "parent")

    assert window.proxy.rowCount() > 0
    # Asked of each row a few times over is one pass; each row per row hidden was the square.
    assert calls < 10 * METAS, calls


def test_each_meta_is_folded_for_the_search_once(window: MainWindow) -> None:
    # Every letter typed folded every meta's words again (accents, case): half of each
    # keystroke's second with thousands of metas.
    window.search.setText("A")

    calls = _calls(lambda: window.search.setText("AT"), "~", "unicodedata.normalize")

    assert window.proxy.rowCount() > 0
    assert calls <= 2  # the words typed
