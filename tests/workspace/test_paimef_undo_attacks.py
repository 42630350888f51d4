"""Deshacer and Rehacer of the PAIMEF edits against what a careless step would break."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.programme import DEFAULT_INSTITUTION, AnnualProgramme
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_programme import latest_programme, with_action_checked
from ism_desktop.workspace.paimef_undo import PaimefEditing
from tests.paimef_builders import action, programme

AUTHOR = Author("Enlace PAIMEF", "mlopez")
TODAY = date(2026, 3, 20)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "datos.sqlite3") as opened:
        opened.paimef.replace(programme(), AUTHOR, "prueba", [])
        yield opened


def test_undoing_the_first_edit_of_a_year_leaves_no_programme_for_it(store: Store) -> None:
    # Tried on 2027 and taken back: 2026 stays the latest year (the window opens on it, and the
    # commands without --ejercicio review and print it), not an empty 2027.
    editing = PaimefEditing(store, AUTHOR, TODAY)
    new = action("A.1", "A", "A-I", "1000.00")
    editing.edit_programme(
        AnnualProgramme(2027, DEFAULT_INSTITUTION),
        lambda p: with_action_checked(p, new, None),
        "acción A.1 agregada",
    )
    assert store.paimef.years() == [2026, 2027]
    editing.undo()
    assert store.paimef.years() == [2026]
    latest = latest_programme(store)
    assert latest is not None
    assert latest.year == 2026
    editing.redo()
    again = store.paimef.load(2027)
    assert again is not None
    assert [a.key for a in again.actions] == ["A.1"]


def test_a_new_edit_after_an_undo_forgets_the_redo(store: Store) -> None:
    editing = PaimefEditing(store, AUTHOR, TODAY)
    shown = store.paimef.load(2026)
    assert shown is not None
    editing.edit_programme(shown, lambda p: p.without_action("A.2"), "acción A.2 eliminada")
    editing.undo()
    assert editing.history.to_redo() is not None
    shown = store.paimef.load(2026)
    assert shown is not None
    editing.edit_programme(shown, lambda p: p.without_action("B.1"), "acción B.1 eliminada")
    assert editing.history.to_redo() is None
