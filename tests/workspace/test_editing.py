"""Editing a meta through the workspace: permission, audit, findings, field-level undo."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author, TargetChangeReason
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved, with_evaluation, with_modified
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from ism_desktop.workspace.changes import (
    UndoRefusedError,
    WorkspaceError,
)
from tests.workspace.conftest import COORDINATOR, STUDIES, WorkspaceFactory, by_name, stored, unit

T1, T2 = Quarter.FIRST, Quarter.SECOND


def test_an_edit_is_written_audited_and_returns_what_changed(
    open_workspace: WorkspaceFactory, db_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)

    changes = workspace.edit_meta(with_achieved(meta, T1, Decimal(855)), description="Realizado")

    assert [(c.field, c.old, c.new) for c in changes.fields] == [
        ("realizado.t1.num", "761.00", "855")
    ]
    assert stored(db_path, meta.stable_id).num.achieved[0] == Decimal(855)
    (entry,) = workspace.store.edits.history(2024, meta.stable_id)
    assert (entry.author, entry.change.new) == (Author("Unidad 004", "ana"), "855")
    assert changes.findings == workspace.validation.for_meta(meta.stable_id)
    assert workspace.history.to_undo() is not None


def test_an_edit_that_changes_nothing_leaves_no_step(open_workspace: WorkspaceFactory) -> None:
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)

    changes = workspace.edit_meta(meta)

    assert not changes.changed
    assert len(workspace.history) == 0


@pytest.mark.parametrize("profile", [unit("005"), COORDINATOR])
def test_another_units_meta_is_refused_and_nothing_written(
    open_workspace: WorkspaceFactory, db_path: Path, profile: object
) -> None:
    workspace = open_workspace(profile)  # type: ignore[arg-type]
    with Store.open(db_path) as store:
        report = store.reports.load()
        assert report is not None
        (meta,) = [m for m in report.metas if m.description == STUDIES]
    if profile is COORDINATOR:
        meta = workspace.meta(meta.stable_id)  # the coordinator sees it, may not edit it

    said = (
        r"^Esta computadora no puede modificar metas de otra unidad\.$"
        if profile is COORDINATOR
        else r"no está en el informe abierto"  # a unit's PC does not even hold it
    )
    with pytest.raises(WorkspaceError, match=said):
        workspace.edit_meta(with_achieved(meta, T1, Decimal(1)))

    assert stored(db_path, meta.stable_id).num.achieved[0] == Decimal(761)
    assert len(workspace.history) == 0


def test_the_coordinator_edits_its_own_metas(open_workspace: WorkspaceFactory) -> None:
    workspace = open_workspace(COORDINATOR)
    own = next(m for m in workspace.metas() if m.key.unit == UnitCode("002"))

    changes = workspace.edit_meta(with_evaluation(own, T1, "Se cumplió en tiempo."))

    assert [c.field for c in changes.fields] == ["evaluacion.t1"]


def test_a_failed_write_leaves_no_step_and_says_so(
    open_workspace: WorkspaceFactory, db_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)
    with sqlite3.connect(db_path) as other:
        other.execute(
            "CREATE TRIGGER refuse BEFORE UPDATE ON figure_rows "
            "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
        )

    with pytest.raises(WorkspaceError, match=r"^No se guardó el cambio: no se pudo escribir"):
        workspace.edit_meta(with_achieved(meta, T1, Decimal(900)))

    assert len(workspace.history) == 0
    assert workspace.meta(meta.stable_id) == meta
    assert stored(db_path, meta.stable_id) == meta


def test_a_modified_target_changes_with_its_reason_and_undoes_as_one(
    open_workspace: WorkspaceFactory, db_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)
    reason = TargetChangeReason("Oficio de la coordinación", "OF-12")

    changes = workspace.change_modified_target(meta.stable_id, T2, Decimal(700), None, reason)

    assert {c.field for c in changes.fields} == {"modificado.t2.num"}
    assert stored(db_path, meta.stable_id).num.modified[1] == Decimal(700)
    (change,) = workspace.store.edits.target_changes(2024, meta.stable_id)
    assert change.reason == reason

    workspace.undo()

    assert stored(db_path, meta.stable_id) == meta  # annual totals as first stored, too
    # Not sent yet: withdrawn, as if never asked (the audit log keeps both writes).
    assert workspace.store.edits.target_changes(2024, meta.stable_id) == []
    assert [e.change.new for e in workspace.store.edits.history(2024, meta.stable_id)] == [
        "700",
        "900.00",
    ]


def test_a_modified_target_without_a_reason_is_refused(open_workspace: WorkspaceFactory) -> None:
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)

    with pytest.raises(WorkspaceError, match="motivo"):
        workspace.edit_meta(with_modified(meta, T2, Decimal(1)))

    assert len(workspace.history) == 0


def test_undo_writes_back_only_the_fields_the_step_changed(
    open_workspace: WorkspaceFactory, db_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)
    workspace.edit_meta(with_achieved(meta, T1, Decimal(900)))
    # Something else (here a second PC) changes another field of the same meta meanwhile.
    later = with_evaluation(workspace.meta(meta.stable_id), T1, "Texto de otra persona.")
    workspace.store.edits.save(2024, workspace.meta(meta.stable_id), later, Author("Otra", "b"))
    workspace.reload()

    changes = workspace.undo()

    assert [(c.field, c.old, c.new) for c in changes.fields] == [
        ("realizado.t1.num", "900", "761.00")
    ]
    now = stored(db_path, meta.stable_id)
    assert now.num.achieved[0] == Decimal(761)
    assert now.evaluation(T1) == "Texto de otra persona."

    workspace.redo()
    assert stored(db_path, meta.stable_id).num.achieved[0] == Decimal(900)
    assert stored(db_path, meta.stable_id).evaluation(T1) == "Texto de otra persona."


def test_undo_is_refused_when_the_field_no_longer_holds_what_the_step_wrote(
    open_workspace: WorkspaceFactory, db_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)
    workspace.edit_meta(with_achieved(meta, T1, Decimal(900)))
    current = workspace.meta(meta.stable_id)
    workspace.store.edits.save(
        2024, current, with_achieved(current, T1, Decimal(850)), Author("Paquete", "x")
    )
    workspace.reload()
    before = db_path.read_bytes()

    with pytest.raises(UndoRefusedError, match=r"No se puede deshacer.*No se cambió nada"):
        workspace.undo()

    assert stored(db_path, meta.stable_id).num.achieved[0] == Decimal(850)
    assert db_path.read_bytes() == before
    assert workspace.history.to_undo() is None


def test_each_saved_evaluation_is_its_own_undo_step(
    open_workspace: WorkspaceFactory, db_path: Path
) -> None:
    # Two saves of the same evaluation, seconds apart, were merged into one step: Undo went
    # straight back to the text before the first one.
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)
    original = meta.evaluation(T1)
    first, second = f"{original} AVANCE UNO.", f"{original} AVANCE UNO. AVANCE DOS."
    for text in (first, second):
        current = workspace.meta(meta.stable_id)
        workspace.edit_meta(with_evaluation(current, T1, text))

    assert len(workspace.history) == 2
    workspace.undo()
    assert stored(db_path, meta.stable_id).evaluation(T1) == first
    workspace.undo()
    assert stored(db_path, meta.stable_id).evaluation(T1) == original
    workspace.redo()
    workspace.redo()
    assert stored(db_path, meta.stable_id).evaluation(T1) == second


def test_a_percentage_meta_undoes_num_den_and_met_together(
    open_workspace: WorkspaceFactory, db_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    meta = next(m for m in workspace.metas() if m.den is not None)
    workspace.edit_meta(with_achieved(meta, T1, Decimal(3), Decimal(4)))
    assert stored(db_path, meta.stable_id).met.achieved[0] == Decimal(75)

    workspace.undo()

    assert stored(db_path, meta.stable_id) == replace(meta)
