"""What the year-window tests share: the coordinator's profile, a meta of unit 004, quiet boxes.

``_quiet_boxes`` takes every information and warning box; a test module imports it to have it.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter

COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"


@pytest.fixture(autouse=True)
def _quiet_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *_a: shown.append(text))
