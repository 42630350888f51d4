"""The report's PDF is offered under the name the package gives the same PDF.

The unit's report was offered as «…_T1_004.pdf» while its package wrote «…_T1_unidad_004.pdf»
beside it: the same document under two names, and two files where the person expected one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui


def _offered_name(
    window_factory: WindowFactory, profile: PcProfile, monkeypatch: pytest.MonkeyPatch
) -> str:
    offered: list[str] = []

    def save_dialog(_parent: QWidget, _title: str, start: str, _kinds: str) -> tuple[str, str]:
        offered.append(start)
        return "", ""  # cancelled: nothing written

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window_factory(profile).reports.choose_report_files()
    [start] = offered
    return Path(start).name


def test_the_unit_report_is_offered_under_the_package_pdf_name(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = _offered_name(open_window, unit_profile("004"), monkeypatch)

    # The package of unit 004, first quarter of 2024, writes ETCA-III-04_2024_T1_unidad_004.pdf.
    assert name == "ETCA-III-04_2024_T1_unidad_004.pdf"


def test_the_institution_report_keeps_its_name(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.SECOND)

    assert _offered_name(open_window, profile, monkeypatch) == "ETCA-III-04_2024_T2_instituto.pdf"
