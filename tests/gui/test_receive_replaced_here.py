"""The window's review says which justification written here a unit's package replaces."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.packages import receive_packages
from ism_desktop.gui.receive_dialog import ReceiveDialog
from ism_desktop.workspace.transfers import export_unit_package
from tests.workspace.test_justification_written_here import CHANGED_TARGET, HERE
from tests.workspace.two_pcs import seed_workspace

pytestmark = pytest.mark.gui


def test_the_review_shows_the_justification_written_here_before_it_goes(
    qtbot: QtBot, tmp_path: Path, seed_path: Path
) -> None:
    at_unit = seed_workspace(tmp_path / "unidad.sqlite3", seed_path, at_unit=True)
    coordinator = seed_workspace(tmp_path / "coordinadora.sqlite3", seed_path, at_unit=False)
    coordinator.justify(CHANGED_TARGET, HERE)
    package = export_unit_package(
        at_unit.store, UnitCode("004"), Quarter.FIRST, tmp_path / "p", year=2024
    ).path
    checked = receive_packages(coordinator.store, [package], dry_run=True)

    dialog = ReceiveDialog(checked)
    qtbot.addWidget(dialog)

    package_row = dialog.tree.topLevelItem(0)
    assert package_row is not None
    notes = [
        row for i in range(package_row.childCount()) if (row := package_row.child(i)) is not None
    ]
    (said,) = [row for row in notes if "escrita aquí" in row.toolTip(0)]
    # Wrapped to the dialog's width, whole under the pointer; before anything is saved.
    assert f"«{HERE}» → (vacío)" in said.toolTip(0)
    assert all(len(line) <= 100 for line in said.text(0).splitlines())
    assert coordinator.store.justifications.get(CHANGED_TARGET) is not None
    at_unit.store.close()
    coordinator.store.close()
