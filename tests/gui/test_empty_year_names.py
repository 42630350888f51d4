"""A year without metas yet still names the unit: in the title and in the configuration.

On a year the database has no metas of (the next one, before its programme base arrives),
the title read «Unidad 004 — 2026» and the configuration offered «004 (la unidad de esta
computadora)» and no other unit, though the database knows every unit's name.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.profile_dialog import ProfileDialog
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui

UNIT_2026 = PcProfile(Role.UNIT, UnitCode("004"), 2026, Quarter.FIRST)


def test_the_title_names_the_unit_in_a_year_without_metas(open_window: WindowFactory) -> None:
    window = open_window(UNIT_2026)

    assert window.session.metas() == []
    assert window.windowTitle() == (
        "ISM Avance 0.1.0 — Unidad 004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA — 2026, primer trimestre"
    )


def test_the_configuration_lists_the_units_in_a_year_without_metas(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(UNIT_2026)
    listed: list[list[str]] = []

    def look(dialog: ProfileDialog) -> int:
        box = dialog.unit_box
        listed.append([box.itemText(row) for row in range(box.count())])
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ProfileDialog, "exec", look)
    window.edit_profile()

    (items,) = listed
    assert "004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA" in items
    assert "009 ISM UNIDAD DE TRANSPARENCIA" in items
    assert not any("(la unidad de esta computadora)" in item for item in items)
