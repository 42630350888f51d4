"""The coordinator's packages are named before they are written, to ask about those there."""

from __future__ import annotations

from pathlib import Path

from ism_desktop.domain.codes import UnitCode
from ism_desktop.workspace.package_names import bases_written, observations_written
from tests.workspace.conftest import COORDINATOR, WorkspaceFactory


def test_the_bases_named_are_the_ones_written(
    open_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    workspace = open_workspace(COORDINATOR)
    out = tmp_path / "salida"

    named = bases_written(workspace, out)
    workspace.export_bases(out)

    assert len(named) > 1
    assert sorted(named) == sorted(out.iterdir())


def test_the_observations_named_are_the_ones_written(
    open_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    workspace = open_workspace(COORDINATOR)

    named = observations_written(workspace, UnitCode("004"), tmp_path)

    assert workspace.export_observations(UnitCode("004"), tmp_path).path == named


def test_no_base_is_named_for_a_year_without_programme(
    open_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    # The export refuses and says why: nothing to ask about before it.
    from dataclasses import replace

    workspace = open_workspace(replace(COORDINATOR, year=2031))

    assert bases_written(workspace, tmp_path) == []
