"""Every dialog that offers the units names each one the same way: «004 ISM DIRECCIÓN DE …».

The configuration, the first run and «Enviar observaciones» wrote «004 ISM …»; the workbook and
closing dialogs «004 — ISM …»: the same unit looked like two.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.profile_dialog import ProfileDialog
from tests.gui.conftest import WindowFactory
from tests.gui.unit_question import answer_unit

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
NAMED = "004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA"


def test_the_workbook_and_observations_dialogs_name_units_as_the_configuration(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    configured: list[str] = []

    def look(dialog: ProfileDialog) -> int:
        box = dialog.unit_box
        configured.extend(box.itemText(row) for row in range(box.count()))
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ProfileDialog, "exec", look)
    window.edit_profile()
    workbook: list[str] = []

    def choose_unit(items: list[str], _current: int) -> None:
        workbook.extend(items)
        return None

    answer_unit(monkeypatch, choose_unit)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: "")
    window.year_actions.workbook()
    observations: list[str] = []

    def offered(dialog: QInputDialog) -> int:
        observations.extend(dialog.comboBoxItems())
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QInputDialog, "exec", offered)
    window.coordination.choose_observations_unit()

    assert NAMED in configured
    assert NAMED in workbook
    # There each name is followed by how many observations the unit has.
    assert f"{NAMED} — sin observaciones" in observations
