"""The files the coordinator's packages take in a folder, named before they are written.

The window asks before replacing one of the same name already there (a base not yet handed
out, observations not yet sent): nothing is written until the person says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ism_desktop.domain.codes import UnitCode

if TYPE_CHECKING:
    from ism_desktop.workspace.workspace import Workspace


def bases_written(workspace: Workspace, folder: Path) -> list[Path]:
    """The programme bases ``export_bases(folder)`` writes (none when it would refuse)."""
    from ism_desktop.exchange.export.base import base_paths

    return base_paths(workspace.store, folder, year=workspace.profile.year)


def observations_written(
    workspace: Workspace, unit: UnitCode, folder: Path, entity: str | None = None
) -> Path:
    """The return package ``export_observations(unit, folder, entity)`` writes."""
    from ism_desktop.exchange.export.observations import observations_path

    profile = workspace.profile
    several = len({held for held, _code in workspace.store.reports.year_units(profile.year)}) > 1
    return observations_path(
        unit, profile.year, profile.quarter, folder, entity if several else None
    )
