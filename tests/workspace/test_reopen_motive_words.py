"""A quarter reopens only on a motive in words, by any door: the command line's too.

The window's dialog refuses a code or figures typed as the motive; the use case it calls took
them, so ``trimestre reabrir --motivo 003`` reopened a quarter that nothing explained.
"""

from __future__ import annotations

import random
import string

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.workspace.quarter_closing import ClosingError, close_quarter, reopen_quarter
from tests.workspace.conftest import COORDINATOR, WorkspaceFactory

UNIT = UnitCode("004")


def _symbols(seed: int) -> str:
    chance = random.Random(seed)
    return "".join(chance.choice(string.digits + ".,;:-/#%") for _ in range(chance.randint(1, 9)))


@pytest.mark.parametrize("motive", ["003", " 004 ", "12.5", "٠٠٣", *map(_symbols, range(6))])
def test_a_motive_without_words_reopens_nothing(
    open_workspace: WorkspaceFactory, motive: str
) -> None:
    workspace = open_workspace(COORDINATOR)
    store, author = workspace.store, workspace.author
    close_quarter(store, 2024, UNIT, Quarter.FIRST, author)

    with pytest.raises(ClosingError) as refused:
        reopen_quarter(store, 2024, UNIT, Quarter.FIRST, motive, author)

    assert str(refused.value) == (
        "el motivo no dice por qué se reabre: escríbalo con palabras, no solo cifras o signos; "
        "no se reabrió."
    )
    assert [event.action for event in store.closures.log(2024, UNIT)] == ["cerrar"]


def test_a_motive_in_words_with_a_code_in_it_reopens(open_workspace: WorkspaceFactory) -> None:
    workspace = open_workspace(COORDINATOR)
    store, author = workspace.store, workspace.author
    close_quarter(store, 2024, UNIT, Quarter.FIRST, author)

    assert reopen_quarter(store, 2024, UNIT, Quarter.FIRST, "Oficio 003: corregir T1", author)

    [_closing, reopening] = store.closures.log(2024, UNIT)
    assert (reopening.action, reopening.reason) == ("reabrir", "Oficio 003: corregir T1")
