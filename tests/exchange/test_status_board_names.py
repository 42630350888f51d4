"""The board's unit names: whole in a file or a wide terminal, cut only where room is short."""

from __future__ import annotations

import pytest

from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.status_board import status_board
from ism_desktop.exchange.status_board_text import status_text
from ism_desktop.store.store import Store

WHOLE = "ISM DIRECCIÓN DE ATENCIÓN CIUDADANA"


def _row_004(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("004 "))


@pytest.mark.parametrize("columns", [None, 200])
def test_names_are_whole_in_a_file_or_a_wide_terminal(
    coordinator: Store, columns: int | None
) -> None:
    board = status_board(coordinator, Quarter.FIRST)
    assert board is not None

    row = _row_004(status_text(board, columns))

    assert f" {WHOLE} " in row
    assert "…" not in status_text(board, columns)
    if columns is not None:
        assert all(len(line) <= columns for line in status_text(board, columns).splitlines()[:12])


def test_a_narrow_terminal_cuts_names_between_words(coordinator: Store) -> None:
    board = status_board(coordinator, Quarter.FIRST)
    assert board is not None

    assert " ISM DIRECCIÓN DE ATENCIÓN… " in _row_004(status_text(board, 80))
