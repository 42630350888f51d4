"""A receive of workbooks on a worker, the window's thread collecting (handling its events, or
waiting for the receive as it closes): each workbook is freed by a young collection asked of the
window's thread, not by a walk of every object alive (a state report's: 45-100 ms each, the
window frozen meanwhile)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain.gc_pause import cycle_collection_paused
from ism_desktop.exchange.intake.packages import ReceiveOutcome
from ism_desktop.gui.task_runner import TaskRunner
from tests.exchange.workbook_cycles import (
    alive,
    collections_seen,
    receive,
    unit_workbooks,
    watch_workbooks,
)

pytestmark = pytest.mark.gui


def _on_a_worker(run: Callable[[], None], qtbot: QtBot) -> Callable[[], bool]:
    worker = threading.Thread(target=run)
    worker.start()
    return lambda: not worker.is_alive()


def _waited_for_as_the_window_closes(run: Callable[[], None], qtbot: QtBot) -> Callable[[], bool]:
    window = QWidget()
    qtbot.addWidget(window)
    tasks = TaskRunner(window)
    tasks.run("Recibiendo…", run, lambda _result: None)
    tasks.wait()  # no event handled meanwhile: the asks are served here
    return lambda: not tasks.busy


@pytest.mark.parametrize("start", [_on_a_worker, _waited_for_as_the_window_closes])
def test_each_workbook_received_is_freed_by_a_young_collection_on_the_window_thread(
    qtbot: QtBot,
    seed_text: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    start: Callable[[Callable[[], None], QtBot], Callable[[], bool]],
) -> None:
    database, paths = unit_workbooks(seed_text, tmp_path)
    books = watch_workbooks(monkeypatch)
    outcomes: list[ReceiveOutcome] = []

    # The window's own collections by Python's thresholds wait for a pause to end: paused
    # here too, every collection seen is one the receive asked for.
    with cycle_collection_paused(), collections_seen() as seen:
        ended = start(receive(database, paths, outcomes), qtbot)
        qtbot.waitUntil(lambda: ended() and alive(books) == 0, timeout=30_000)

    assert [outcome.error for outcome in outcomes] == [None] * 4
    assert len(books) == 4
    assert {thread for _generation, thread in seen} == {threading.get_ident()}
    assert seen
    assert {generation for generation, _thread in seen} <= {0, 1}
