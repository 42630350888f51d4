"""A workspace knows when another connection saved in its database since it last read it.

``PRAGMA data_version`` on the workspace's own connection changes only when another one
commits: its own edits never make it read everything again.
"""

from __future__ import annotations

from decimal import Decimal

from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.quarter import Quarter
from ism_desktop.workspace.workspace import Workspace
from tests.workspace.conftest import STUDIES, WorkspaceFactory, by_name, unit


def _edit(workspace: Workspace, achieved: int) -> None:
    meta = by_name(workspace, STUDIES)
    workspace.edit_meta(with_achieved(meta, Quarter.FIRST, Decimal(achieved)))


def test_nothing_written_elsewhere_says_so(open_workspace: WorkspaceFactory) -> None:
    window = open_workspace(unit())
    assert not window.written_elsewhere()


def test_its_own_edits_are_not_written_elsewhere(open_workspace: WorkspaceFactory) -> None:
    window = open_workspace(unit())
    _edit(window, 855)
    assert not window.written_elsewhere()


def test_another_connection_commit_is_seen_until_read_again(
    open_workspace: WorkspaceFactory,
) -> None:
    window = open_workspace(unit())
    other = open_workspace(unit())
    _edit(other, 855)

    assert window.written_elsewhere()
    assert window.written_elsewhere()  # asking again does not forget it: reading does
    window.reload()
    assert not window.written_elsewhere()
    _edit(other, 856)
    assert window.written_elsewhere()


def test_a_closed_database_is_not_asked(open_workspace: WorkspaceFactory) -> None:
    # The window's watch asks on a timer; one tick came after its database was closed (a test
    # ending its ``with Store.open``, the window still shown) and raised from Qt's event loop.
    window = open_workspace(unit())
    window.store.close()

    assert not window.written_elsewhere()
