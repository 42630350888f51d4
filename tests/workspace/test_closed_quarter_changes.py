"""A closed quarter is closed to its warnings' justifications and its own target, too.

Its figures were already read-only; a justification or a modified target typed afterwards
changed what had been sent, and the next package was refused by the coordinating unit.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.audit import TargetChangeReason
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.justification import JustificationKey
from ism_desktop.workspace.changes import WorkspaceError
from ism_desktop.workspace.quarter_closing import close_quarter, reopen_quarter
from ism_desktop.workspace.workspace import Workspace
from tests.workspace.conftest import STUDIES, WorkspaceFactory, by_name, stored, unit

REASON = TargetChangeReason("Oficio de la coordinación", "OF-12")
CLOSED = (
    "El trimestre 1 de la unidad 004 está cerrado. Reábralo con un motivo para cambiarlo "
    "(Año → Cerrar o reabrir un trimestre…)."
)


def _closed_workspace(open_workspace: WorkspaceFactory) -> Workspace:
    workspace = open_workspace(unit("004"))
    close_quarter(workspace.store, 2024, UnitCode("004"), Quarter.FIRST, workspace.author)
    return workspace


def test_a_warning_of_a_closed_quarter_is_not_justified(
    open_workspace: WorkspaceFactory,
) -> None:
    workspace = _closed_workspace(open_workspace)
    meta = by_name(workspace, STUDIES)
    key = JustificationKey(2024, meta.stable_id, Quarter.FIRST, "META_MODIFICADA")

    with pytest.raises(WorkspaceError) as refused:
        workspace.justify(key, "Oficio OF-12.")

    assert str(refused.value) == CLOSED
    assert workspace.store.justifications.get(key) is None
    reopen_quarter(
        workspace.store, 2024, UnitCode("004"), Quarter.FIRST, "Corregir", workspace.author
    )
    assert workspace.justify(key, "Oficio OF-12.").justification is not None


def test_the_target_of_a_closed_quarter_does_not_change_and_a_later_one_does(
    open_workspace: WorkspaceFactory, db_path: Path
) -> None:
    workspace = _closed_workspace(open_workspace)
    meta = by_name(workspace, STUDIES)

    with pytest.raises(WorkspaceError) as refused:
        workspace.change_modified_target(meta.stable_id, Quarter.FIRST, Decimal(50), None, REASON)

    assert str(refused.value) == CLOSED
    assert stored(db_path, meta.stable_id) == meta
    workspace.change_modified_target(meta.stable_id, Quarter.SECOND, Decimal(700), None, REASON)
    assert stored(db_path, meta.stable_id).num.modified[1] == Decimal(700)


def _edited_then_closed(
    open_workspace: WorkspaceFactory,
    db_path: Path,
    edit: Callable[[Workspace, Meta], object],
) -> tuple[Workspace, Meta]:
    """Unit 004 edits a meta, its first quarter closes, and undo is refused, nothing written."""
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)
    edit(workspace, meta)
    edited = stored(db_path, meta.stable_id)
    close_quarter(workspace.store, 2024, UnitCode("004"), Quarter.FIRST, workspace.author)
    # Known before Deshacer is pressed: greyed out, saying why (it was enabled, only to refuse).
    assert workspace.replay_refusals() == (CLOSED, None)

    with pytest.raises(WorkspaceError) as refused:
        workspace.undo()

    assert str(refused.value) == CLOSED
    assert stored(db_path, meta.stable_id) == edited
    return workspace, meta


def test_undo_and_redo_do_not_change_the_target_of_a_quarter_closed_since(
    open_workspace: WorkspaceFactory, db_path: Path
) -> None:
    # Exporting closes the quarter but leaves the undo history: Ctrl+Z changed what was sent.
    workspace, meta = _edited_then_closed(
        open_workspace,
        db_path,
        lambda w, m: w.change_modified_target(
            m.stable_id, Quarter.FIRST, Decimal(880), None, REASON
        ),
    )
    reopen_quarter(
        workspace.store, 2024, UnitCode("004"), Quarter.FIRST, "Corregir", workspace.author
    )
    assert workspace.replay_refusals() == (None, None)
    workspace.undo()  # the step was kept: once reopened, it is undone
    assert stored(db_path, meta.stable_id).num.modified[0] == meta.num.modified[0]
    close_quarter(workspace.store, 2024, UnitCode("004"), Quarter.FIRST, workspace.author)
    assert workspace.replay_refusals() == (None, CLOSED)
    with pytest.raises(WorkspaceError, match="El trimestre 1 de la unidad 004 está cerrado"):
        workspace.redo()
    assert stored(db_path, meta.stable_id).num.modified[0] == meta.num.modified[0]


def test_undo_of_a_figure_of_a_quarter_closed_since_says_why_and_waits(
    open_workspace: WorkspaceFactory, db_path: Path
) -> None:
    # Exporting closes the quarter; Ctrl+Z then said «no se guardó nada: meta «…» (id)…».
    workspace, _meta = _edited_then_closed(
        open_workspace,
        db_path,
        lambda w, m: w.edit_meta(with_achieved(m, Quarter.FIRST, Decimal(700)), description="T1"),
    )

    assert workspace.history.to_undo() is not None


def test_a_justification_of_a_closed_quarter_is_not_removed(
    open_workspace: WorkspaceFactory,
) -> None:
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)
    key = JustificationKey(2024, meta.stable_id, Quarter.FIRST, "META_MODIFICADA")
    workspace.justify(key, "Oficio OF-12.")
    close_quarter(workspace.store, 2024, UnitCode("004"), Quarter.FIRST, workspace.author)

    with pytest.raises(WorkspaceError) as refused:
        workspace.remove_justification(key)

    assert str(refused.value) == CLOSED
    assert workspace.store.justifications.get(key) is not None
