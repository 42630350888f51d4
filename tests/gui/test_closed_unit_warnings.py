"""The coordinator's «Justificar aviso…» is off for a unit whose quarter is closed here, saying why.

Its package closed the quarter at the coordinating unit: the answers in it are the unit's, read
only like its figures. The button was offered, and the unit's answer was rewritten or taken
back. The other units' warnings are answered as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.justification import JustificationKey
from ism_desktop.gui.findings_model import FindingRow
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.store.store import Store
from ism_desktop.workspace.changes import WorkspaceError
from ism_desktop.workspace.quarter_closing import close_quarter
from tests.gui.conftest import WindowFactory
from tests.gui.year_window_setup import COORDINATOR

pytestmark = pytest.mark.gui


def _choose(window: MainWindow, unit: str) -> FindingRow:
    model = window.findings.model
    for i in range(model.rowCount()):
        row = model.row_at(i)
        if row.unit == unit and not row.finding.is_error:
            window.findings.list.setCurrentIndex(
                window.findings.shown.mapFromSource(model.index(i))
            )
            return row
    raise AssertionError(f"no warning of unit {unit}")


def test_a_closed_units_warning_is_not_offered_and_not_answered(
    open_window: WindowFactory, db_path: Path, qtbot: QtBot
) -> None:
    with Store.open(db_path) as store:
        close_quarter(store, 2024, UnitCode("005"), Quarter.FIRST, Author("ana", "pc"))
    window = open_window(COORDINATOR)
    qtbot.waitUntil(lambda: window.session.checked, timeout=20_000)
    button = window.findings.justify_button

    row = _choose(window, "005")

    assert row.closed
    assert not button.isEnabled()
    assert button.toolTip() == (
        "El trimestre 1 de la unidad 005 está cerrado: para justificar un aviso, reábralo con "
        "un motivo (Año → Cerrar o reabrir un trimestre…)."
    )
    with pytest.raises(WorkspaceError, match="El trimestre 1 de la unidad 005 está cerrado"):
        window.session.justify(row.finding, "Aceptado.")
    key = JustificationKey.of(2024, row.finding)
    assert window.session.workspace.store.justifications.get(key) is None

    open_row = _choose(window, "004")

    assert not open_row.closed
    assert button.isEnabled()
    assert button.toolTip() == ""
