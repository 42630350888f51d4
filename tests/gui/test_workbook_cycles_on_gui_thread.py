"""A receive of workbooks on a worker, the window's thread collecting: each workbook is freed
by a young collection asked of the window's thread, not by a walk of every object alive (a
state report's: 45-100 ms each, the window frozen meanwhile)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.gc_pause import cycle_collection_paused
from ism_desktop.exchange.intake.packages import ReceiveOutcome
from tests.exchange.workbook_cycles import (
    alive,
    collections_seen,
    receive,
    unit_workbooks,
    watch_workbooks,
)

pytestmark = pytest.mark.gui


def test_each_workbook_received_on_a_worker_is_freed_by_a_young_collection_on_the_window_thread(
    qtbot: QtBot, seed_text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, paths = unit_workbooks(seed_text, tmp_path)
    books = watch_workbooks(monkeypatch)
    outcomes: list[ReceiveOutcome] = []
    worker = threading.Thread(target=receive(database, paths, outcomes))

    # The window's own collections by Python's thresholds wait for a pause to end: paused
    # here too, every collection seen is one the receive asked for.
    with cycle_collection_paused(), collections_seen() as seen:
        worker.start()
        qtbot.waitUntil(lambda: not worker.is_alive() and alive(books) == 0, timeout=30_000)

    assert [outcome.error for outcome in outcomes] == [None] * 4
    assert len(books) == 4
    assert {thread for _generation, thread in seen} == {threading.get_ident()}
    assert seen
    assert {generation for generation, _thread in seen} <= {0, 1}
