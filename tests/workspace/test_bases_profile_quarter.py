"""The programme bases say the quarter the coordinating unit works on, not the last imported.

On the second quarter with only the first quarter's official report imported, the bases said
«trimestre 1»: a unit's PC set up from one started on the first quarter, already delivered.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from pathlib import Path

from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.receiver import IntakeOptions
from ism_desktop.store.store import Store
from ism_desktop.workspace import transfers
from tests.workspace.conftest import COORDINATOR, WorkspaceFactory


def _manifest_quarter(path: Path) -> int:
    with zipfile.ZipFile(path) as package:
        quarter = json.loads(package.read("manifest.json"))["trimestre"]
    assert isinstance(quarter, int)
    return quarter


def _bases_on_the_second_quarter(open_workspace: WorkspaceFactory, folder: Path) -> list[Path]:
    """The bases the coordinating unit writes while its profile is on the second quarter."""
    workspace = open_workspace(replace(COORDINATOR, quarter=Quarter.SECOND))
    workspace.export_bases(folder)
    return sorted(folder.iterdir())


def test_bases_written_on_the_second_quarter_say_the_second(
    open_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    written = _bases_on_the_second_quarter(open_workspace, tmp_path / "bases")

    assert written
    assert {_manifest_quarter(path) for path in written} == {2}


def test_a_new_unit_pc_taking_it_starts_on_the_second_quarter(
    open_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    written = _bases_on_the_second_quarter(open_workspace, tmp_path / "bases")
    (base,) = [path for path in written if path.name.endswith("_unidad_004.ismpaq")]

    with Store.open(tmp_path / "unidad.sqlite3") as store:
        outcomes, _backup = transfers.receive_files(store, [base], IntakeOptions())
        assert [outcome.applied for outcome in outcomes] == [True]
        assert store.reports.current_period() == (2024, Quarter.SECOND)
