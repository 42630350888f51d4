"""The coordinator's workspace on a report of two dependencies that each hold a unit 002.

By the code alone, the other dependency's 002 was the coordinator's own: its metas (which
come in that unit's package) could be typed into here, and no observation could be written
on them («no package would take it»).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.exchange.export.observations import export_observations
from ism_desktop.exchange.package.writer import ExportError
from ism_desktop.store.store import Store
from ism_desktop.workspace.changes import WorkspaceError
from ism_desktop.workspace.workspace import Workspace
from tests.two_dependencies import AWAITED, DELIVERED, state_report

COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.SECOND)


def _first_002(workspace: Workspace, entity: str) -> Meta:
    return next(
        meta
        for meta in workspace.metas()
        if meta.key.unit.value == "002" and meta.key.entity == entity
    )


def test_only_the_own_dependency_s_002_is_edited_here(tmp_path: Path) -> None:
    with Store.open(tmp_path / "coordinadora.sqlite3") as store:
        import_etca_file(state_report(tmp_path), store.reports)
        workspace = Workspace(store, COORDINATOR)
        workspace.reload(validate=False)

        own, other = _first_002(workspace, DELIVERED), _first_002(workspace, AWAITED)

        assert workspace.can_edit(own)
        assert not workspace.can_edit(other)


def test_an_observation_no_package_could_carry_is_refused_saying_why(tmp_path: Path) -> None:
    """Observations travel by unit code, and 002's package is refused as the coordinator's
    own: stored on the other dependency's 002, one waited unsent with nothing said."""
    with Store.open(tmp_path / "coordinadora.sqlite3") as store:
        import_etca_file(state_report(tmp_path), store.reports)
        workspace = Workspace(store, COORDINATOR)
        workspace.reload(validate=False)
        other = _first_002(workspace, AWAITED)

        with pytest.raises(WorkspaceError) as refused:
            workspace.observe(other.stable_id, "Revise la cifra de T2.")

        said = str(refused.value)
        assert f"unidad 002 de la dependencia {AWAITED}" in said
        assert "ningún paquete de observaciones" in said
        assert store.observations.for_metas(2024, Quarter.SECOND, {other.stable_id: ""}) == []
        with pytest.raises(ExportError, match="esta unidad coordinadora"):  # why none could
            export_observations(store, UnitCode("002"), Quarter.SECOND, tmp_path / "out")
