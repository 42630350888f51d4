"""A receive of workbooks with nobody else collecting (the command line) frees each workbook
with a young collection: it walks what the workbook made, not every object alive."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from ism_desktop.domain.gc_pause import cycle_collection_paused
from ism_desktop.exchange.intake.packages import ReceiveOutcome
from tests.exchange.workbook_cycles import (
    alive,
    collections_seen,
    receive,
    unit_workbooks,
    watch_workbooks,
)


def test_each_workbook_received_is_freed_by_a_young_collection(
    seed_text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, paths = unit_workbooks(seed_text, tmp_path)
    books = watch_workbooks(monkeypatch)
    outcomes: list[ReceiveOutcome] = []

    # Paused around it too: Python's own collections, on after the batch, are not the batch's.
    with cycle_collection_paused(), collections_seen() as seen:
        receive(database, paths, outcomes)()
        left = alive(books)

    assert [outcome.error for outcome in outcomes] == [None] * 4
    assert len(books) == 4
    assert left == 0
    # One per workbook, of the youngest generation only, here (nobody else collects).
    assert seen == [(0, threading.get_ident())] * 4
