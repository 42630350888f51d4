"""Undoing a modified-target request withdraws it while unsent; a sent one is not withdrawn.

Undo of «Solicitar cambio de meta modificada…» wrote a request back with the reason
«Deshacer: …», and Redo a third one: the package carried all three, and the coordinating unit
received a request nobody asked for.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ism_desktop.domain.audit import TargetChangeReason
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.finding import Finding
from ism_desktop.workspace.changes import UndoRefusedError
from ism_desktop.workspace.undo import replay_said
from ism_desktop.workspace.workspace import Workspace
from tests.exchange.package_builders import members
from tests.workspace.conftest import WorkspaceFactory, by_name, stored, unit

T1, T2 = Quarter.FIRST, Quarter.SECOND
# Unit 004: its modified target differs from the original, with no reason recorded.
EVENTS = "EVENTOS DE PROMOCIÓN Y ATENCIÓN EN ASESORÍAS PSICOLÓGICAS"
RULE = "META_MODIFICADA"
ATTENTION = "ATENCIÓN PSICOLÓGICA INDIVIDUAL"  # unit 004: modified T1 1600 (NUM)
REASON = TargetChangeReason("Ajuste autorizado por la dirección.", "OF-7")


def _asked(workspace: Workspace) -> str:
    meta = by_name(workspace, ATTENTION)
    assert meta.num.modified[0] == Decimal(1600)
    workspace.change_modified_target(meta.stable_id, T1, Decimal(1700), None, REASON)
    return meta.stable_id


def _carried(workspace: Workspace, folder: Path, stable_id: str) -> list[dict[str, Any]]:
    """The requests of the meta in the package exported now, read back from the file."""
    exported = workspace.export_package(folder)
    data = json.loads(members(exported.path)["datos.json"])
    (item,) = [m for m in data["metas"] if m["id"] == stable_id]
    return list(item["cambios_meta_modificada"])


def test_an_unsent_request_undone_is_withdrawn_and_not_carried(
    open_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    stable_id = _asked(workspace)

    workspace.undo()

    assert _carried(workspace, tmp_path, stable_id) == []


def test_an_unsent_request_undone_and_redone_is_carried_once(
    open_workspace: WorkspaceFactory, tmp_path: Path, db_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    stable_id = _asked(workspace)

    workspace.undo()
    workspace.redo()

    carried = _carried(workspace, tmp_path, stable_id)
    assert [(c["campo"], c["antes"], c["despues"], c["motivo"]) for c in carried] == [
        ("modificado.t1.num", "1600.00", "1700", "Ajuste autorizado por la dirección.")
    ]
    assert stored(db_path, stable_id).num.modified[0] == Decimal(1700)


def test_a_sent_request_is_not_withdrawn_by_undo(
    open_workspace: WorkspaceFactory, tmp_path: Path, db_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    stable_id = _asked(workspace)
    assert len(_carried(workspace, tmp_path / "primero", stable_id)) == 1

    with pytest.raises(UndoRefusedError) as refused:
        workspace.undo()

    message = str(refused.value)
    assert "ya se exportó en el paquete" in message
    assert "Solicitar cambio de meta modificada" in message
    assert stored(db_path, stable_id).num.modified[0] == Decimal(1700)
    assert len(_carried(workspace, tmp_path / "segundo", stable_id)) == 1


def test_a_sent_request_says_before_undo_is_pressed_why_it_cannot_be_undone(
    open_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    # Deshacer stayed enabled; only pressing it said the request could not be taken back.
    workspace = open_workspace(unit("004"))
    stable_id = _asked(workspace)
    assert workspace.replay_refusals()[0] is None  # unsent: undoing it withdraws it

    _carried(workspace, tmp_path, stable_id)

    refusal = workspace.replay_refusals()[0]
    assert refusal is not None
    assert "ya se exportó en el paquete 1 para la unidad coordinadora" in refusal
    with pytest.raises(UndoRefusedError) as refused:
        workspace.undo()
    assert str(refused.value) == refusal


def test_undo_of_a_request_names_every_figure_it_took_back(
    open_workspace: WorkspaceFactory,
) -> None:
    workspace = open_workspace(unit("004"))
    _asked(workspace)

    said = replay_said(workspace.undo(), undone=True)

    # A tipo A meta's MET is its NUM: named together, the sentence fits a status bar.
    assert said.startswith(f"Se deshizo: Modificado T1 (NUM y MET) de «{ATTENTION}»: 1700 → 1600")
    assert "; anual (NUM y MET): 6500 → 6400." in said
    assert "(MET): " not in said


def test_undo_of_an_unsent_request_says_it_was_withdrawn(
    open_workspace: WorkspaceFactory,
) -> None:
    # «Se deshizo: Modificado T1…» alone did not say that the request was gone from the package.
    workspace = open_workspace(unit("004"))
    _asked(workspace)

    undone = replay_said(workspace.undo(), undone=True)
    redone = replay_said(workspace.redo(), undone=False)

    assert undone.endswith(
        "; anual (NUM y MET): 6500 → 6400. Solicitud retirada: no va en el paquete."
    )
    assert redone.startswith(f"Se rehízo: Modificado T1 (NUM y MET) de «{ATTENTION}»: 1600 → 1700")
    assert redone.endswith(
        "; anual (NUM y MET): 6400 → 6500. La solicitud vuelve al próximo paquete."
    )


def test_a_withdrawn_request_no_longer_justifies_the_warning(
    open_workspace: WorkspaceFactory,
) -> None:
    workspace = open_workspace(unit("004"))
    workspace.validate_all()
    (meta,) = [m for m in workspace.metas() if m.description.startswith(EVENTS)]

    def warning(seen: Workspace) -> Finding:
        (found,) = [f for f in seen.validation.for_meta(meta.stable_id) if f.rule == RULE]
        return found

    assert workspace.validation.justification_for(warning(workspace)) is None
    workspace.change_modified_target(meta.stable_id, T2, Decimal(25), None, REASON)
    assert workspace.validation.justification_for(warning(workspace)) is not None

    workspace.undo()

    assert workspace.validation.justification_for(warning(workspace)) is None
    reopened = open_workspace(unit("004"))
    assert reopened.validation.justification_for(warning(reopened)) is None


def test_a_withdrawn_request_stays_in_the_history_with_its_reason(
    open_workspace: WorkspaceFactory, db_path: Path
) -> None:
    # Deleted with the undo, the request left only two figure changes in the history: nobody
    # could read that it was asked, why, and taken back.
    workspace = open_workspace(unit("004"))
    stable_id = _asked(workspace)

    workspace.undo()

    reopened = open_workspace(unit("004"))
    (kept,) = reopened.store.edits.target_change_history(2024, stable_id)
    assert (kept.field, kept.old, kept.new) == ("modificado.t1.num", "1600.00", "1700")
    assert kept.reason == REASON
    assert kept.withdrawn_at is not None
    assert reopened.store.edits.target_changes(2024, stable_id) == []
    assert reopened.store.edits.target_changes_for_year(2024).get(stable_id, []) == []


def test_a_request_redone_is_asked_again_after_the_withdrawn_one(
    open_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    stable_id = _asked(workspace)
    edits = workspace.store.edits

    workspace.undo()
    workspace.redo()

    withdrawn, asked = edits.target_change_history(2024, stable_id)
    assert withdrawn.withdrawn_at is not None
    assert asked.withdrawn_at is None
    assert (asked.old, asked.new, asked.reason) == ("1600.00", "1700", REASON)
    assert edits.target_changes(2024, stable_id) == [asked]

    workspace.undo()

    history = edits.target_change_history(2024, stable_id)
    assert [change.withdrawn_at is not None for change in history] == [True, True]
    assert edits.target_changes(2024, stable_id) == []

    workspace.redo()

    carried = _carried(workspace, tmp_path, stable_id)
    assert [(c["antes"], c["despues"], c["motivo"]) for c in carried] == [
        ("1600.00", "1700", REASON.text)
    ]
    history = edits.target_change_history(2024, stable_id)
    assert [change.withdrawn_at is not None for change in history] == [True, True, False]
