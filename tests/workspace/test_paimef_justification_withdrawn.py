"""A PAIMEF warning justified by mistake is taken back, as one undoable step, on a real file.

It could only be rewritten: the window had no «Quitar justificación» and the command line no
``--quitar``. Ctrl+Z brings the reason back with whoever signed it and when.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.findings import PaimefFinding, Severity
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_justifications import withdrawal_refused
from ism_desktop.workspace.paimef_undo import PaimefEditing
from tests.paimef_builders import programme

AUTHOR = Author("Enlace PAIMEF", "mlopez")
WARNING = PaimefFinding("3.5.1", Severity.WARNING, "A.2", "programado", "Revise el monto.")
KEY = ("3.5.1", "A.2", "programado")
SIGNED = ("Autorizado por oficio 12/2026.", "Otra (luis)", "2026-03-01T09:30:00-07:00")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "datos.sqlite3"


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    with Store.open(db) as opened:
        opened.paimef.replace(programme(), AUTHOR, "prueba", [])
        opened.paimef.save_justification(
            2026, KEY, SIGNED[0], Author("Otra", "luis"), "2026-03-01T09:30:00-07:00"
        )
        yield opened


def _rows(db: Path) -> list[tuple[str, ...]]:
    with sqlite3.connect(db) as raw:
        return list(
            raw.execute("SELECT rule, action, field, text, author, at FROM paimef_justifications")
        )


def test_the_removal_is_undone_with_its_author_and_time(store: Store, db: Path) -> None:
    editing = PaimefEditing(store, AUTHOR, date(2026, 3, 20))

    removed = editing.unjustify(2026, WARNING)

    assert removed is not None
    assert removed.text == SIGNED[0]
    assert _rows(db) == []
    last = store.paimef.history(2026)[-1]
    assert (last.what, last.author) == ("justificación 3.5.1 A.2 programado", AUTHOR)
    assert last.detail == "Se quitó la justificación: «Autorizado por oficio 12/2026.»."
    step = editing.history.to_undo()
    assert step is not None
    assert step.description == (
        "quitar la justificación del aviso del numeral 3.5.1 (acción A.2, programado)"
    )

    said = editing.undo().said

    assert _rows(db) == [(*KEY, *SIGNED)]
    assert said == (
        "Se deshizo: Justificación del aviso del numeral 3.5.1 (acción A.2, programado): "
        "«Autorizado por oficio 12/2026.»."
    )
    editing.redo()
    assert _rows(db) == []


def test_nothing_stored_is_no_step_and_no_history_line(store: Store, db: Path) -> None:
    editing = PaimefEditing(store, AUTHOR, date(2026, 3, 20))
    editing.unjustify(2026, WARNING)
    lines = len(store.paimef.history(2026))

    assert editing.unjustify(2026, WARNING) is None

    assert len(store.paimef.history(2026)) == lines
    editing.undo()
    assert editing.history.to_undo() is None  # the first removal was the only step


@pytest.mark.timeout(60, method="thread")
def test_a_removal_the_busy_database_refuses_is_said_and_keeps_it(store: Store, db: Path) -> None:
    editing = PaimefEditing(store, AUTHOR, date(2026, 3, 20))
    store._db.execute("PRAGMA busy_timeout = 0")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        refused = withdrawal_refused(editing.unjustify, 2026, WARNING)
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    assert refused == (
        "No se quitó la justificación: Otro programa está usando la base de datos; intente de "
        "nuevo en un momento. No se cambió nada."
    )
    assert _rows(db) == [(*KEY, *SIGNED)]
    assert editing.history.to_undo() is None
