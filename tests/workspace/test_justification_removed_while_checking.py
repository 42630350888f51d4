"""A justification taken back while the window still checks the metas is gone from the findings.

The window checks on a thread after it opens (a state-wide report takes seconds). Removed
meanwhile, the justification stayed in the findings being gathered: the warning still read
as justified until the next reload. Removed after the check, it re-ran every rule on every
meta, seconds on the window's own thread for the coordinating unit.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.justification import JustificationKey
from ism_desktop.workspace.changes import WorkspaceError
from ism_desktop.workspace.workspace import Workspace
from tests.workspace.conftest import STUDIES, WorkspaceFactory, by_name, unit


def _key(workspace: Workspace) -> JustificationKey:
    meta = by_name(workspace, STUDIES).stable_id
    return JustificationKey(2024, meta, Quarter.FIRST, "META_MODIFICADA")


def test_removed_during_the_check_in_parts(open_workspace: WorkspaceFactory) -> None:
    workspace = open_workspace(unit("004"))
    key = _key(workspace)
    workspace.justify(key, "Oficio 12.")
    assert workspace.begin_checking() is not None

    removed = workspace.remove_justification(key)

    assert removed.removed
    assert key not in workspace.validation.justifications


def test_removed_after_the_check_keeps_the_findings_without_checking_again(
    open_workspace: WorkspaceFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = open_workspace(unit("004"))
    workspace.validate_all()
    warning = next(f for item in workspace.validation.metas for f in item.findings)
    assert not warning.is_error
    key = JustificationKey.of(2024, warning)
    workspace.justify(key, "Oficio 12.")
    findings = workspace.validation.metas

    def not_again() -> None:
        raise AssertionError("every rule ran again on every meta")

    monkeypatch.setattr(workspace, "validate_all", not_again)
    removed = workspace.remove_justification(key)

    assert removed.removed
    assert removed.still_flagged
    assert key not in workspace.validation.justifications
    assert workspace.validation.metas == findings


@pytest.mark.timeout(60, method="thread")
def test_a_removal_refused_for_a_lock_is_said_and_keeps_it(
    open_workspace: WorkspaceFactory, db_path: Path
) -> None:
    # The window said a refusal only for a workspace error: the store's went out as a crash.
    workspace = open_workspace(unit("004"))
    key = _key(workspace)
    workspace.justify(key, "Oficio 12.")
    workspace.store.reports._db.execute("PRAGMA busy_timeout = 300")
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(WorkspaceError) as refused:
            workspace.remove_justification(key)
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    assert str(refused.value).startswith("No se quitó la justificación: ")
    assert workspace.store.justifications.get(key) is not None
