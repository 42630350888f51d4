"""On the coordinator's database, the window's export of a unit's package is refused too.

It wrote the package from the coordinator's copy, closed the unit's quarter there and used a
number, so the unit's own package was refused when it came.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.package.writer import ExportError
from tests.workspace.conftest import WorkspaceFactory, unit


def test_the_window_export_of_a_units_package_is_refused_on_the_coordinators_database(
    open_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    workspace = open_workspace(unit("004"))
    store = workspace.store
    store.identity.set(PcIdentity(Role.COORDINATOR, "30", UnitCode("002")))
    out = tmp_path / "paquetes"

    with pytest.raises(ExportError) as refused:
        workspace.export_package(out)

    assert "esta base de datos es de la unidad coordinadora (002)" in str(refused.value)
    assert not out.exists()
    assert not store.closures.is_closed(2024, "30", UnitCode("004"), Quarter.FIRST)
    assert store.packages.history(UnitCode("004")) == []  # no number used
