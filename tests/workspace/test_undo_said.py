"""The sentence that says what Deshacer or Rehacer wrote, with the meta it was written on."""

from __future__ import annotations

from decimal import Decimal

from ism_desktop.domain.editing import with_achieved, with_evaluation
from ism_desktop.domain.quarter import Quarter
from ism_desktop.workspace.undo import replay_said
from tests.workspace.conftest import STUDIES, WorkspaceFactory, by_name, unit

T1 = Quarter.FIRST


def test_a_figure_undone_and_redone_is_said_as_people_write_it(
    open_workspace: WorkspaceFactory,
) -> None:
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)
    workspace.edit_meta(with_achieved(meta, T1, Decimal(800), None))

    undone = replay_said(workspace.undo(), undone=True)
    redone = replay_said(workspace.redo(), undone=False)

    assert undone == f"Se deshizo: Realizado T1 (NUM) de «{STUDIES}»: 800 → 761."
    assert redone == f"Se rehízo: Realizado T1 (NUM) de «{STUDIES}»: 761 → 800."


def test_a_percentage_meta_says_each_figure_of_the_step(
    open_workspace: WorkspaceFactory,
) -> None:
    workspace = open_workspace(unit("004"))
    meta = next(m for m in workspace.metas() if m.den is not None)
    workspace.edit_meta(with_achieved(meta, T1, Decimal(3), Decimal(4)))

    said = replay_said(workspace.undo(), undone=True)

    assert "(NUM) de «" in said
    assert "; T1 (DEN): 4 → " in said  # «Realizado» said once, for the whole step


def test_a_long_evaluation_is_said_from_where_it_changed(
    open_workspace: WorkspaceFactory,
) -> None:
    workspace = open_workspace(unit("004"))
    meta = by_name(workspace, STUDIES)
    original = meta.evaluation(T1)
    workspace.edit_meta(with_evaluation(meta, T1, f"{original} AVANCE DE ABRIL."))

    said = replay_said(workspace.undo(), undone=True)

    assert said.startswith(f"Se deshizo: Evaluación cualitativa T1 de «{STUDIES}»: «…")
    assert "AVANCE DE ABRIL." in said
    assert len(said) < 220  # a status bar's line, not the whole evaluation twice
