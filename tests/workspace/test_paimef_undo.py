"""Deshacer and Rehacer of the PAIMEF window's edits, on a real database file.

Each round trip is checked against a dump read with sqlite3 itself (every PAIMEF table but the
audit trail, which grows with each undo as with any edit) and the days file's bytes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.business_calendar import NonWorkingDay
from ism_desktop.domain.paimef.findings import PaimefFinding, Severity
from ism_desktop.domain.paimef.programme import DEFAULT_INSTITUTION, AnnualProgramme
from ism_desktop.exchange.paimef.non_working_days import FILE_NAME
from ism_desktop.store.store import Store
from ism_desktop.workspace.changes import UndoRefusedError, WorkspaceError
from ism_desktop.workspace.paimef_programme import latest_programme, with_action_checked
from ism_desktop.workspace.paimef_undo import PaimefEditing
from tests.paimef_builders import action, programme

AUTHOR = Author("Enlace PAIMEF", "mlopez")
TODAY = date(2026, 3, 20)
WARNING = PaimefFinding("3.5.1", Severity.WARNING, "A.2", "programado", "Revise el monto.")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "datos.sqlite3") as opened:
        opened.paimef.replace(programme(), AUTHOR, "prueba", [])
        yield opened


def dump(store: Store) -> str:
    """The PAIMEF data as stored: every table but the audit, every column but the write time."""
    assert store.path is not None
    lines = []
    with sqlite3.connect(store.path) as db:
        tables = [
            r[0]
            for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'paimef%' "
                "AND name != 'paimef_audit' ORDER BY name"
            )
        ]
        for table in tables:
            columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
            kept = ", ".join(c for c in columns if c != "updated_at")
            for row in db.execute(f"SELECT {kept} FROM {table} ORDER BY {kept}"):
                lines.append(f"{table}: {row!r}")
    days = store.path.with_name(FILE_NAME)
    lines.append(days.read_text("utf-8") if days.exists() else "(sin archivo de días)")
    return "\n".join(lines)


def shown(store: Store) -> AnnualProgramme:
    loaded = store.paimef.load(2026)
    assert loaded is not None
    return loaded


def test_an_amount_overwritten_comes_back_and_goes_again(store: Store) -> None:
    editing = PaimefEditing(store, AUTHOR, TODAY)
    before = dump(store)
    changed = action("A.1", "A", "A-I", "45000.00")
    editing.edit_programme(
        shown(store), lambda p: with_action_checked(p, changed, "A.1"), "acción A.1 guardada"
    )
    after = dump(store)
    step = editing.history.to_undo()
    assert step is not None
    assert step.description == "acción A.1: monto programado"
    undone = editing.undo()
    assert dump(store) == before
    assert undone.said == ("Se deshizo: Acción A.1, monto programado: «$45,000.00» → «$30,000.00».")
    assert undone.action_keys == ("A.1",)
    redone = editing.redo()
    assert dump(store) == after
    assert redone.said.startswith("Se rehízo: Acción A.1, monto programado: «$30,000.00» → ")


def test_an_action_deleted_comes_back_in_its_place(store: Store) -> None:
    editing = PaimefEditing(store, AUTHOR, TODAY)
    before = dump(store)
    editing.edit_programme(shown(store), lambda p: p.without_action("A.2"), "acción A.2 eliminada")
    assert [a.key for a in shown(store).actions] == ["A.1", "B.1", "C.1"]
    assert editing.history.to_undo() is not None
    editing.undo()
    assert [a.key for a in shown(store).actions] == ["A.1", "A.2", "B.1", "C.1"]
    assert dump(store) == before
    editing.redo()
    assert [a.key for a in shown(store).actions] == ["A.1", "B.1", "C.1"]


def test_an_action_added_goes_and_a_clave_changed_goes_back(store: Store) -> None:
    editing = PaimefEditing(store, AUTHOR, TODAY)
    before = dump(store)
    new = action("B.2", "B", "B-II", "1000.00")
    editing.edit_programme(shown(store), lambda p: with_action_checked(p, new, None), "nueva")
    renamed = replace(shown(store).actions[0], key="A.9")
    editing.edit_programme(
        shown(store), lambda p: with_action_checked(p, renamed, "A.1"), "acción A.9 guardada"
    )
    steps = [editing.history.to_undo()]
    assert steps[0] is not None
    assert steps[0].description == "acción A.1: clave A.1 → A.9"
    editing.undo()
    assert [a.key for a in shown(store).actions] == ["A.1", "A.2", "B.1", "B.2", "C.1"]
    editing.undo()
    assert dump(store) == before
    with pytest.raises(WorkspaceError, match="No hay nada que deshacer"):
        editing.undo()
    editing.redo()
    editing.redo()
    assert [a.key for a in shown(store).actions] == ["A.2", "A.9", "B.1", "B.2", "C.1"]


def test_a_date_comes_back(store: Store) -> None:
    editing = PaimefEditing(store, AUTHOR, TODAY)
    before = dump(store)
    editing.edit_programme(
        shown(store), lambda p: p.with_date("firma_instrumento", date(2026, 3, 20)), "fechas"
    )
    editing.edit_programme(shown(store), lambda p: p.with_date("firma_instrumento", None), "fechas")
    step = editing.history.to_undo()
    assert step is not None
    assert step.description.startswith("fecha «")
    editing.undo()
    assert shown(store).dates["firma_instrumento"] == date(2026, 3, 20)
    editing.undo()
    assert dump(store) == before


def test_an_indicator_capture_comes_back_and_goes(store: Store) -> None:
    editing = PaimefEditing(store, AUTHOR, TODAY)
    empty = dump(store)
    editing.capture(1, "2026", ["80", "100"])
    first = dump(store)
    editing.capture(1, "2026", ["90", "100"])
    assert editing.undo().said == "Se deshizo: Indicador 1, año 2026: 80; 100."
    assert dump(store) == first
    editing.undo()
    assert dump(store) == empty
    editing.redo()
    assert dump(store) == first


def test_a_justification_comes_back_with_its_author_and_time(store: Store) -> None:
    store.paimef.save_justification(
        2026, WARNING.key, "Autorizado por oficio 12/2026.", Author("Otra", "luis"), "2026-03-01"
    )
    before = dump(store)
    editing = PaimefEditing(store, AUTHOR, TODAY)
    editing.justify(2026, WARNING, "Ya se corrigió el convenio.")
    after = dump(store)
    step = editing.history.to_undo()
    assert step is not None
    assert step.description == "justificación del aviso del numeral 3.5.1 (acción A.2, programado)"
    editing.undo()
    assert dump(store) == before
    assert "Otra (luis)" in before
    editing.redo()
    assert dump(store) == after


def test_non_working_days_come_back(store: Store) -> None:
    thursday = NonWorkingDay(date(2026, 4, 2), "Jueves Santo")
    friday = NonWorkingDay(date(2026, 4, 3), "Viernes Santo")
    editing = PaimefEditing(store, AUTHOR, TODAY)
    editing.change_days([thursday], 2026)
    one = dump(store)
    editing.change_days([thursday, friday], 2026)
    editing.undo()
    assert dump(store) == one
    assert editing.undo().said.startswith("Se deshizo: día inhábil 02/04/2026 ")


def test_an_undo_is_written_as_any_edit_in_the_history(store: Store) -> None:
    editing = PaimefEditing(store, AUTHOR, TODAY)
    editing.edit_programme(shown(store), lambda p: p.without_action("B.1"), "acción B.1 eliminada")
    editing.undo()
    last = store.paimef.history(2026)[-1]
    assert last.what == "deshacer: acción B.1 eliminada"
    assert last.detail.startswith("Acción B.1 agregada: ")


def test_a_step_overwritten_since_by_an_import_is_refused_and_nothing_changes(
    store: Store,
) -> None:
    editing = PaimefEditing(store, AUTHOR, TODAY)
    changed = action("A.1", "A", "A-I", "45000.00")
    editing.edit_programme(
        shown(store), lambda p: with_action_checked(p, changed, "A.1"), "acción A.1 guardada"
    )
    # A command imports a programme meanwhile: A.1 holds another amount.
    imported = shown(store).with_action(action("A.1", "A", "A-I", "50000.00"), "A.1")
    store.paimef.replace(imported, AUTHOR, "importación de otro.json", [])
    before = dump(store)
    with pytest.raises(UndoRefusedError) as refused:
        editing.undo()
    assert str(refused.value) == (
        "No se puede deshacer «acción A.1: monto programado»: la acción A.1 cambió después de "
        "ese paso (otra acción, una importación del Programa Anual o un comando), y deshacerlo "
        "perdería ese cambio. No se cambió nada."
    )
    assert dump(store) == before
    assert editing.history.to_undo() is None  # forgotten: it can never apply again


def test_the_history_keeps_only_its_newest_steps(store: Store) -> None:
    editing = PaimefEditing(store, AUTHOR, TODAY, limit=3)
    for amount in ("1.00", "2.00", "3.00", "4.00", "5.00"):
        changed = action("A.1", "A", "A-I", amount)
        editing.edit_programme(
            shown(store), partial(with_action_checked, action=changed, replacing="A.1"), "guardada"
        )
    for _ in range(3):
        editing.undo()
    a1 = shown(store).action("A.1")
    assert a1 is not None
    assert a1.programmed == Decimal("2.00")
    with pytest.raises(WorkspaceError, match="No hay nada que deshacer"):
        editing.undo()


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
