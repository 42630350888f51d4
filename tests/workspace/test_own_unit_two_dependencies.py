"""The coordinator's workspace on a report of two dependencies that each hold a unit 002.

By the code alone, the other dependency's 002 was the coordinator's own: its metas (which
come in that unit's package) could be typed into here, and no observation could be written
on them («no package would take it»).
"""

from __future__ import annotations

from pathlib import Path

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.store.store import Store
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
        # The other 002 is a unit like any: the coordinator observes its metas.
        changes = workspace.observe(other.stable_id, "Revise la cifra de T2.")
        assert changes.observation.meta_id == other.stable_id
