"""A modified target's warning answered by the reason recorded with the change has nothing stored
to take back: «Quitar justificación» removed nothing and still said «Se quitó la justificación».

The reason lives in the meta's history (Cambio de meta registrado: …), not among the answers.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import TargetChangeReason
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.findings_model import FindingRow
from ism_desktop.gui.justify_dialog import JustifyDialog
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.paimef_window_driver import _discard_when_asked
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui

STUDIES = "ESTUDIOS SOCIOECONÓMICOS"
RECORDED = "Cambio de meta registrado: Reprogramación aprobada (documento OF-9/2024)"


def _modified_target_row(window: MainWindow, meta_id: str) -> FindingRow:
    model = window.findings.model
    rows = [model.row_at(i) for i in range(model.rowCount())]
    (row,) = [
        r for r in rows if r.finding.meta_id == meta_id and r.finding.rule == "META_MODIFICADA"
    ]
    return row


def test_the_reason_recorded_with_the_change_is_not_offered_to_withdraw(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(unit_profile("004"))
    studies = select(window, STUDIES)
    reason = TargetChangeReason("Reprogramación aprobada", "OF-9/2024")
    window.session.change_modified_target(
        studies.stable_id, Quarter.FIRST, Decimal(800), None, reason
    )
    row = _modified_target_row(window, studies.stable_id)
    assert row.justification is not None
    assert row.justification.text == RECORDED
    offered: list[bool] = []

    def withdraw_if_offered(dialog: JustifyDialog) -> int:
        offered.append(not dialog.withdraw_button.isHidden())
        if offered[-1]:
            dialog.withdraw_button.click()
        return int(dialog.result())

    monkeypatch.setattr(JustifyDialog, "exec", withdraw_if_offered)
    _discard_when_asked(monkeypatch)
    findings = window.findings
    model = findings.model
    place = [model.row_at(i) for i in range(model.rowCount())].index(row)
    findings.list.setCurrentIndex(findings.shown.mapFromSource(model.index(place)))
    qtbot.mouseClick(findings.justify_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()

    assert offered == [False]
    still = _modified_target_row(window, studies.stable_id).justification
    assert still is not None
    assert still.text == RECORDED
    assert not window.statusBar().currentMessage().startswith("Se quitó")
