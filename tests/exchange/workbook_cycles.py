"""A receive of real unit workbooks, watched: which workbooks live, which collections ran.

openpyxl's workbooks are full of reference cycles: only a collection frees them. A receive
collects after each one; what it must walk is what the workbook made, not every object alive.
"""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.packages import ReceiveOutcome, receive_packages
from ism_desktop.exchange.unit_workbook import write_unit_workbook
from ism_desktop.store.store import Store
from tests.exchange.package_builders import coordinator_file

UNITS = ("004", "005", "006", "009")


def unit_workbooks(seed_text: str, folder: Path) -> tuple[Path, list[Path]]:
    """The coordinator's database, and each unit's workbook as the program writes it."""
    database = coordinator_file(seed_text, folder / "coordinadora.sqlite3")
    with Store.open(database) as store:
        books = [
            write_unit_workbook(store, UnitCode(unit), Quarter.FIRST, folder / unit)
            for unit in UNITS
        ]
    return database, books


def watch_workbooks(monkeypatch: pytest.MonkeyPatch) -> list[weakref.ref[Any]]:
    """Every openpyxl workbook the reader loads from now on, held weakly."""
    books: list[weakref.ref[Any]] = []

    def watched(*args: Any, **kwargs: Any) -> Any:
        book = load_workbook(*args, **kwargs)
        books.append(weakref.ref(book))
        return book

    monkeypatch.setattr("ism_desktop.exchange.unit_workbook_reader.load_workbook", watched)
    return books


@contextmanager
def collections_seen() -> Iterator[list[tuple[int, int]]]:
    """Each collection started in the block: its generation and its thread."""
    seen: list[tuple[int, int]] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append((info["generation"], threading.get_ident()))

    gc.callbacks.append(record)
    try:
        yield seen
    finally:
        gc.callbacks.remove(record)


def alive(books: list[weakref.ref[Any]]) -> int:
    return sum(1 for book in books if book() is not None)


def receive(
    database: Path, paths: list[Path], outcomes: list[ReceiveOutcome]
) -> Callable[[], None]:
    """The receive of ``paths`` into ``database``, its outcomes put in ``outcomes``."""

    def run() -> None:
        with Store.open(database) as store:
            outcomes.extend(receive_packages(store, paths))

    return run
