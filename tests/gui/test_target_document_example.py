"""The example under «Documento que lo autoriza» is an oficio of the year being worked on.

It always said «ISM/DEST/123/2024»: working on 2025's programme, the example gave last year.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.gui.modified_target_dialog import ModifiedTargetDialog

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("year", [2025, 2031])
def test_the_example_document_carries_the_year_worked_on(
    qtbot: QtBot, seed_text: str, year: int
) -> None:
    meta = parse_etca_text(seed_text).report.metas[0]
    dialog = ModifiedTargetDialog(meta, Quarter.FIRST, year=year, request=True)
    qtbot.addWidget(dialog)
    example = dialog.document_edit.placeholderText()
    assert example.endswith(f"/{year}")
    assert "2024" not in example
