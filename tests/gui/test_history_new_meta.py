"""A meta that came new in a programme base reads as new in its history, not as empty values.

The history of each meta a unit received in its year's base said «Meta nueva del programa
base | (vacío) | (vacío)»: as if it had come with no figures. The review of the package
already shows that line without values.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import AuditEntry
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.meta import Meta
from ism_desktop.exchange.export.base import export_base
from ism_desktop.exchange.intake.packages import receive_packages
from ism_desktop.gui.audit_dialog import AuditDialog
from ism_desktop.store.store import Store

pytestmark = pytest.mark.gui


def _received_in_a_base(db_path: Path, folder: Path) -> tuple[Meta, list[AuditEntry]]:
    """Unit 004's «ESTUDIOS SOCIOECONÓMICOS», received in a base, and its history there."""
    with Store.open(db_path) as coordinator:
        package = export_base(coordinator, UnitCode("004"), folder / "base").path
    with Store.open(folder / "unidad.sqlite3") as unit:
        receive_packages(unit, [package])
        metas = unit.reports.load(year=2024).metas  # type: ignore[union-attr]
        [meta] = [m for m in metas if m.description == "ESTUDIOS SOCIOECONÓMICOS"]
        return meta, unit.edits.history(2024, meta.stable_id)


def test_a_meta_new_in_a_base_shows_no_empty_before_and_after(
    qtbot: QtBot, tmp_path: Path, db_path: Path
) -> None:
    dialog = AuditDialog(*_received_in_a_base(db_path, tmp_path), [])
    qtbot.addWidget(dialog)

    rows = [
        [dialog.table.item(row, column).text() for column in (3, 4, 5)]  # type: ignore[union-attr]
        for row in range(dialog.table.rowCount())
    ]
    assert ["Meta nueva del programa base", "", ""] in rows
    # Nor under the pointer.
    tips = [dialog.table.item(row, 4).toolTip() for row in range(dialog.table.rowCount())]  # type: ignore[union-attr]
    assert "(vacío)" not in tips
